using System.Text.Json;
using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Brokerage;

/// <summary>
/// Every figure in <c>fixtures/brokerage/*.json</c> (made by <c>make_fixtures.R</c> with R sna 2.7-1's
/// <c>brokerage(g, cl)</c>): per node and role raw, expected, sd and z; per group expected and sd of one member; for
/// the graph raw, expected, sd and z — raw counts exactly, the rest to 1e-9 relative; sna's NaN is our NaN.
/// </summary>
public sealed class BrokerageReferenceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "brokerage");

    public static TheoryData<string> Files() =>
        [.. Directory.GetFiles(Folder, "b*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Analyze_MatchesRSna(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var root = json.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        var labels = root.GetProperty("groups").EnumerateArray().Select(n => n.GetString()!).ToArray();
        var graph = SignedGraph.Create(
            nodes,
            root.GetProperty("edges").EnumerateArray().Select(e => new SignedEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble())),
            root.GetProperty("directed").GetBoolean());
        var options = new BrokerageOptions
        {
            Ties = Enum.Parse<TieFilter>(root.GetProperty("ties").GetString()!, ignoreCase: true),
            Groups = NodeGroups.FromLabels(nodes.Zip(labels, KeyValuePair.Create)),
        };

        var result = new GouldFernandezBrokerage(options).Analyze(graph);

        var sna = root.GetProperty("sna");
        var checkedFigures = 0;
        foreach (var node in sna.GetProperty("nodes").EnumerateObject())
        {
            foreach (var role in node.Value.EnumerateObject())
            {
                var ours = result[node.Name, Role(role.Name)];
                checkedFigures += Compare($"{file} {node.Name} {role.Name}", role.Value, ours.Raw, ours.Expected, ours.StandardDeviation, ours.Z);
            }
        }

        foreach (var role in sna.GetProperty("graph").EnumerateObject())
        {
            var ours = result.Graph(Role(role.Name));
            checkedFigures += Compare($"{file} graph {role.Name}", role.Value, ours.Raw, ours.Expected, ours.StandardDeviation, ours.Z);
        }

        foreach (var group in sna.GetProperty("groups").EnumerateObject())
        {
            foreach (var role in group.Value.EnumerateObject())
            {
                var ours = result.Group(group.Name, Role(role.Name));
                checkedFigures += Compare($"{file} group {group.Name} {role.Name}", role.Value, double.NaN, ours.MemberExpected, ours.MemberStandardDeviation, double.NaN);
            }
        }

        Assert.True(checkedFigures >= nodes.Length * 6 * 4, $"{file}: only {checkedFigures} figures compared");
    }

    private static BrokerageRole Role(string name) => Enum.Parse<BrokerageRole>(name, ignoreCase: true);

    private static int Compare(string what, JsonElement reference, double raw, double expected, double sd, double z)
    {
        var count = 0;
        foreach (var (name, ours) in new[] { ("raw", raw), ("expected", expected), ("sd", sd), ("z", z) })
        {
            if (!reference.TryGetProperty(name, out var value))
            {
                continue;
            }

            count++;
            if (value.ValueKind == JsonValueKind.Null)
            {
                Assert.True(double.IsNaN(ours), $"{what} {name}: sna NaN, ours {ours}");
                continue;
            }

            var theirs = value.GetDouble();
            if (name == "raw")
            {
                Assert.True(theirs == ours, $"{what} raw: sna {theirs}, ours {ours}");
                continue;
            }

            Assert.True(Math.Abs(theirs - ours) <= 1e-9 * Math.Max(1, Math.Abs(theirs)), $"{what} {name}: sna {theirs:R}, ours {ours:R}");
        }

        return count;
    }
}
