using System.Globalization;
using System.Text.Json;
using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using Xunit;

namespace RelationsGraph.Tests.Brokerage;

/// <summary>
/// Every result in <c>fixtures/holes/*.json</c> (made by <c>make_fixtures.py</c> with networkx 2.8.8 and igraph 0.10.2)
/// reproduced to 1e-9: constraint (networkx; igraph on undirected graphs) and effective size (networkx).
/// </summary>
public sealed class StructuralHolesReferenceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "holes");

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(Folder, "h*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            for (var i = 0; i < json.RootElement.GetProperty("results").GetArrayLength(); i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }

        return data;
    }

    private static SignedGraph Load(JsonElement root) =>
        SignedGraph.Create(
            root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!),
            root.GetProperty("edges").EnumerateArray().Select(e => new SignedEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble())),
            root.GetProperty("directed").GetBoolean());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_MatchesReference(string file, int index)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var graph = Load(json.RootElement);
        var r = json.RootElement.GetProperty("results")[index];
        var options = new StructuralHolesOptions
        {
            Ties = Enum.Parse<TieFilter>(r.GetProperty("ties").GetString()!, ignoreCase: true),
            Strength = r.GetProperty("strength").GetString() == "unit" ? TieStrength.Unit : TieStrength.Absolute,
        };
        NodeScores scores = r.GetProperty("metric").GetString() == "constraint"
            ? new Constraint(options).Compute(graph)
            : new EffectiveSize(options).Compute(graph);
        var view = graph.View(options.Ties);

        foreach (var p in r.GetProperty("values").EnumerateObject())
        {
            var actual = scores[p.Name];
            var label = $"{file} #{index} {r.GetProperty("metric").GetString()} {r.GetProperty("reference").GetString()} node {p.Name}";
            if (p.Value.ValueKind == JsonValueKind.Null)
            {
                // networkx gives NaN to a directed node with in-ties only (it looks for ties among successors);
                // by Burt's definition, and in igraph, such a node has contacts and a value.
                var node = view.IndexOf(p.Name);
                var sinkWithContacts = graph.IsDirected && view.OutDegree(node) == 0 && view.InDegree(node) > 0;
                Assert.True(sinkWithContacts ? double.IsFinite(actual) : double.IsNaN(actual), $"{label}: got {actual}");
                continue;
            }

            var expected = p.Value.GetDouble();
            Assert.True(
                Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
                $"{label}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    [Fact]
    public void Constraint_DirectedSink_MatchesIgraph()
    {
        // igraph 0.10.2 Graph.constraint on h06 (make_fixtures.py prints it): node 11, a sink, has 0.352109375.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "h06-er-directed.json")));
        var graph = Load(json.RootElement);

        Assert.Equal(0.352109375, new Constraint().Compute(graph)["11"], 9);
        Assert.Equal(0.352109375, new Constraint(new StructuralHolesOptions { Strength = TieStrength.Unit }).Compute(graph)["11"], 9);
    }
}
