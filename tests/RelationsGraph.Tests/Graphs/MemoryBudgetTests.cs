using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Graphs;

/// <summary>
/// The analysis graph's memory budget, by array sizes (deterministic, no timing): an undirected CSR costs 24 bytes per
/// edge (both directions, a 4-byte index and an 8-byte weight each) plus 4 bytes per node of offsets.
/// </summary>
public sealed class MemoryBudgetTests
{
    [Fact]
    public void UndirectedCsr_24BytesPerEdge_FromTheIndexRoute()
    {
        const int Nodes = 20_000;
        const int Edges = 100_000;
        var random = new Random(9);
        var ids = Enumerable.Range(0, Nodes).Select(i => $"n{i}").ToArray();
        var src = new int[Edges];
        var dst = new int[Edges];
        var w = new double[Edges];
        for (var e = 0; e < Edges; e++)
        {
            src[e] = random.Next(Nodes);
            dst[e] = (src[e] + 1 + random.Next(Nodes - 1)) % Nodes;
            w[e] = random.Next(2) == 0 ? -1 : 1;
        }

        var graph = SignedGraph.Create(ids, src, dst, w, isDirected: false);

        var adjacency = (graph.OutTargets.Length * 4L) + (graph.OutWeights.Length * 8L);
        Assert.Equal(24L * graph.EdgeCount, adjacency);
        Assert.Equal(Nodes + 1, graph.OutOffsets.Length);
        Assert.Same(graph.OutTargets, graph.InSources); // undirected: one adjacency serves both directions
    }

    [Fact]
    public void IndexRoute_ValidatesLikeTheIdRoute()
    {
        string[] ids = ["a", "b", "c"];

        Assert.Throws<ArgumentException>(() => SignedGraph.Create(ids, [0], [3], [1.0], false));
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(ids, [1], [1], [1.0], false));
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(ids, [0], [1], [double.NaN], false));
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(ids, [0, 1], [1], [1.0], false));
        var g = SignedGraph.Create(ids, [0, 1, 1], [1, 0, 2], [1.0, 2.0, -1.0], false);
        Assert.Equal(2, g.EdgeCount);
        Assert.True(g.TryGetWeight(0, 1, out var ab) && ab == 3);
    }
}
