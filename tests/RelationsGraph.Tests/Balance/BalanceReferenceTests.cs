using System.Text.Json;
using RelationsGraph.Balance;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Balance;

/// <summary>
/// Every value in <c>fixtures/balance/*.json</c> (made by <c>make_fixtures.py</c> with numpy and exhaustive search):
/// triangle census per graph and node, triangle and walk balance (unit, weighted, scaled), frustration index (unit and
/// weighted, exact) with a partition attaining it, PN centrality, signed eigenvector centrality, status consistency.
/// </summary>
public sealed class BalanceReferenceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "balance");

    public static TheoryData<string> Undirected() => Files(directed: false);

    public static TheoryData<string> Directed() => Files(directed: true);

    private static TheoryData<string> Files(bool directed)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "k*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            if (json.RootElement.GetProperty("directed").GetBoolean() == directed)
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    private static (JsonDocument Json, SignedGraph Graph) Load(string file)
    {
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var root = json.RootElement;
        var graph = SignedGraph.Create(
            root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!),
            root.GetProperty("edges").EnumerateArray().Select(e => new SignedEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble())),
            root.GetProperty("directed").GetBoolean());
        return (json, graph);
    }

    private static void Close(double expected, double actual, string what, double tolerance = 1e-9)
    {
        Assert.True(Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
    }

    private static void Census(JsonElement expected, TriangleCensus actual, string what)
    {
        Assert.True(expected.GetProperty("+++").GetInt64() == actual.AllPositive, $"{what} +++");
        Assert.True(expected.GetProperty("++-").GetInt64() == actual.OneNegative, $"{what} ++-");
        Assert.True(expected.GetProperty("+--").GetInt64() == actual.TwoNegative, $"{what} +--");
        Assert.True(expected.GetProperty("---").GetInt64() == actual.AllNegative, $"{what} ---");
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Triangles_CensusAndBalanceIndex(string file)
    {
        var (json, graph) = Load(file);
        using var _ = json;
        var root = json.RootElement;

        var triangles = SignedTriangles.Count(graph);

        Census(root.GetProperty("triangles"), triangles.Graph, file);
        foreach (var node in root.GetProperty("triangles_per_node").EnumerateObject())
        {
            Census(node.Value, triangles[node.Name], $"{file} {node.Name}");
        }

        var index = root.GetProperty("triangle_balance");
        if (index.ValueKind == JsonValueKind.Null)
        {
            Assert.True(double.IsNaN(triangles.Graph.BalanceIndex));
        }
        else
        {
            Close(index.GetDouble(), triangles.Graph.BalanceIndex, $"{file} triangle balance", 1e-15);
        }
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void WalkBalance_UnitWeightedAndScaled(string file)
    {
        var (json, graph) = Load(file);
        using var _ = json;
        var root = json.RootElement;

        foreach (var (key, strength) in new[] { ("unit", TieStrength.Unit), ("weighted", TieStrength.Absolute) })
        {
            var result = WalkBalance.Compute(graph, strength);
            Close(root.GetProperty("walk_balance").GetProperty(key).GetDouble(), result.Value, $"{file} walk {key}");
            Close(root.GetProperty("spectral_radius").GetProperty(key).GetDouble(), result.SpectralRadius, $"{file} rho {key}");
            var scaled = root.GetProperty("walk_balance_scaled").GetProperty(key);
            if (scaled.ValueKind == JsonValueKind.Null)
            {
                Assert.True(double.IsNaN(result.Scaled));
            }
            else
            {
                Close(scaled.GetDouble(), result.Scaled, $"{file} walk scaled {key}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Frustration_ExactIndexAndAPartitionAttainingIt(string file)
    {
        var (json, graph) = Load(file);
        using var _ = json;
        var root = json.RootElement;

        foreach (var (key, strength) in new[] { ("unit", TieStrength.Unit), ("weighted", TieStrength.Absolute) })
        {
            var expected = root.GetProperty("frustration").GetProperty(key);
            var result = Frustration.Compute(graph, new FrustrationOptions { Strength = strength });

            Assert.True(result.IsExact);
            Close(expected.GetProperty("index").GetDouble(), result.Index, $"{file} frustration {key}", 1e-12);

            // The partition covers every node once and its frustrated ties are exactly the ones reported.
            Assert.Equal(graph.NodeCount, result.SideA.Count + result.SideB.Count);
            var sideB = result.SideB.ToHashSet(StringComparer.Ordinal);
            var recount = graph.EdgesById().Where(e => e.Weight != 0 && (e.Weight < 0) == (sideB.Contains(e.Source) == sideB.Contains(e.Target))).ToList();
            Assert.Equal(recount, result.FrustratedEdges);
            Close(result.Index, recount.Sum(e => strength == TieStrength.Unit ? 1 : Math.Abs(e.Weight)), $"{file} recount {key}", 1e-12);
            Close(result.Index, result.PerNode.Values.Sum(), $"{file} per-node sum {key}", 1e-12);

            // With a single optimum, it is the reference's partition.
            if (expected.GetProperty("optimal_bipartitions").GetInt32() == 1)
            {
                var reference = expected.GetProperty("partition").EnumerateArray().Select(side => side.EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal).ToArray()).ToArray();
                var ours = new[] { result.SideA.Order(StringComparer.Ordinal).ToArray(), result.SideB.Order(StringComparer.Ordinal).ToArray() };
                Assert.Contains(ours[0], reference);
                Assert.Contains(ours[1], reference);
            }

            // The heuristic finds the optimum on these small graphs too, but does not claim it.
            var heuristic = Frustration.Compute(graph, new FrustrationOptions { Strength = strength, Method = FrustrationMethod.Heuristic });
            Assert.False(heuristic.IsExact && graph.EdgeCount > 0);
            Close(result.Index, heuristic.Index, $"{file} heuristic {key}", 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Pn_MatchesSolve(string file)
    {
        var (json, graph) = Load(file);
        using var _ = json;

        var pn = new PnCentrality().Compute(graph);

        foreach (var node in json.RootElement.GetProperty("pn").EnumerateObject())
        {
            Close(node.Value.GetDouble(), pn[node.Name], $"{file} pn {node.Name}", 1e-10);
        }
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void SignedEigenvector_MatchesDominantEigenvector(string file)
    {
        var (json, graph) = Load(file);
        using var _ = json;
        var expected = json.RootElement.GetProperty("signed_eigenvector");

        var scores = new SignedEigenvector().Compute(graph);

        if (!expected.GetProperty("dominant_unique").GetBoolean())
        {
            Assert.All(scores.Values, v => Assert.True(double.IsNaN(v)));
            Assert.Contains(scores.Notes, n => n.Contains("not unique", StringComparison.Ordinal));
            return;
        }

        foreach (var node in expected.GetProperty("values").EnumerateObject())
        {
            // Isolated nodes are 0 up to rounding noise in either solver: compare absolutely.
            Assert.True(Math.Abs(node.Value.GetDouble() - scores[node.Name]) <= 1e-8, $"{file} {node.Name}: expected {node.Value.GetDouble():R}, got {scores[node.Name]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Directed))]
    public void Status_ConsistentTriads(string file)
    {
        var (json, graph) = Load(file);
        using var _ = json;
        var root = json.RootElement;

        var status = StatusConsistency.Count(graph);

        Assert.Equal(root.GetProperty("status").GetProperty("consistent").GetInt64(), status.Graph.Consistent);
        Assert.Equal(root.GetProperty("status").GetProperty("triads").GetInt64(), status.Graph.Triads);
        var scores = new StatusConsistency().Compute(graph);
        foreach (var node in root.GetProperty("status_per_node").EnumerateObject())
        {
            Assert.Equal(node.Value.GetProperty("consistent").GetInt64(), status[node.Name].Consistent);
            Assert.Equal(node.Value.GetProperty("triads").GetInt64(), status[node.Name].Triads);
            var c = node.Value.GetProperty("consistency");
            Assert.True(c.ValueKind == JsonValueKind.Null ? double.IsNaN(scores[node.Name]) : Math.Abs(c.GetDouble() - scores[node.Name]) < 1e-15);
        }
    }
}
