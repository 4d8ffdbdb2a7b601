using QuikGraph;
using RelationsGraph.Graphs;
using RelationsGraph.Interop;
using Xunit;

namespace RelationsGraph.Tests.Interop;

public class QuikGraphInteropTests
{
    // Node order deliberately not alphabetical; "iso" is isolated.
    private static readonly string[] Nodes = ["zeta", "alpha", "iso", "mid", "beta"];

    private static SignedGraph UndirectedSample() =>
        TestGraphs.Undirected(Nodes, ("zeta", "alpha", 2), ("alpha", "mid", -1.5), ("mid", "beta", 0.1), ("zeta", "beta", -1e-300), ("alpha", "beta", 0));

    private static SignedGraph DirectedSample() =>
        TestGraphs.Directed(Nodes, ("zeta", "alpha", 2), ("alpha", "zeta", -3), ("alpha", "mid", -1.5), ("beta", "mid", 0.1), ("mid", "zeta", 1e300));

    private static void AssertSameGraph(SignedGraph expected, SignedGraph actual)
    {
        Assert.Equal(expected.IsDirected, actual.IsDirected);
        Assert.Equal(expected.NodeIds, actual.NodeIds);
        Assert.Equal(expected.EdgesById().ToArray(), actual.EdgesById().ToArray());
    }

    [Fact]
    public void RoundTrip_Undirected_KeepsNodeOrderEdgesAndWeights()
    {
        var graph = UndirectedSample();

        var quik = graph.ToQuikGraphUndirected();
        var back = QuikGraphInterop.FromQuikGraph(quik, e => e.Tag);

        AssertSameGraph(graph, back);
    }

    [Fact]
    public void RoundTrip_Directed_KeepsNodeOrderArcsAndWeights()
    {
        var graph = DirectedSample();

        var quik = graph.ToQuikGraphBidirectional();
        var back = QuikGraphInterop.FromQuikGraph(quik, e => e.Tag);

        AssertSameGraph(graph, back);
    }

    [Fact]
    public void ToQuikGraphUndirected_HoldsEveryNodeAndTaggedEdge()
    {
        var quik = UndirectedSample().ToQuikGraphUndirected();

        Assert.Equal(Nodes, quik.Vertices);
        Assert.Equal(5, quik.EdgeCount);
        Assert.True(quik.IsAdjacentEdgesEmpty("iso"));
        Assert.True(quik.TryGetEdge("alpha", "mid", out var e));
        Assert.Equal(-1.5, e.Tag);
        Assert.True(quik.TryGetEdge("alpha", "beta", out var zero));
        Assert.Equal(0.0, zero.Tag);
    }

    [Fact]
    public void ToQuikGraphBidirectional_HoldsEveryNodeAndArcBothWays()
    {
        var quik = DirectedSample().ToQuikGraphBidirectional();

        Assert.Equal(Nodes, quik.Vertices);
        Assert.Equal(5, quik.EdgeCount);
        Assert.True(quik.TryGetEdge("zeta", "alpha", out var forward));
        Assert.True(quik.TryGetEdge("alpha", "zeta", out var backward));
        Assert.Equal(2.0, forward.Tag);
        Assert.Equal(-3.0, backward.Tag);
        Assert.False(quik.TryGetEdge("mid", "alpha", out _));
        Assert.Equal(1, quik.InDegree("alpha"));
        Assert.Equal(2, quik.InDegree("mid"));
    }

    [Fact]
    public void ToQuikGraphUndirected_DirectedGraph_ThrowsUnsupportedGraph()
    {
        var e = Assert.Throws<UnsupportedGraphException>(() => DirectedSample().ToQuikGraphUndirected());

        Assert.Contains("ToQuikGraphBidirectional", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToQuikGraphBidirectional_UndirectedGraph_ThrowsUnsupportedGraph()
    {
        var e = Assert.Throws<UnsupportedGraphException>(() => UndirectedSample().ToQuikGraphBidirectional());

        Assert.Contains("ToQuikGraphUndirected", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromQuikGraph_ParallelEdges_AggregatedBySumByDefault()
    {
        var quik = new BidirectionalGraph<string, TaggedEdge<string, double>>(allowParallelEdges: true);
        quik.AddVertexRange(["a", "b"]);
        quik.AddEdge(new TaggedEdge<string, double>("a", "b", 1));
        quik.AddEdge(new TaggedEdge<string, double>("a", "b", -3));

        var graph = QuikGraphInterop.FromQuikGraph(quik, e => e.Tag);

        Assert.Equal([new SignedEdge("a", "b", -2)], graph.EdgesById().ToArray());
    }

    [Fact]
    public void FromQuikGraph_SelfLoop_ThrowsArgumentException()
    {
        var quik = new AdjacencyGraph<string, TaggedEdge<string, double>>();
        quik.AddVertex("a");
        quik.AddEdge(new TaggedEdge<string, double>("a", "a", 1));

        Assert.Throws<ArgumentException>(() => QuikGraphInterop.FromQuikGraph(quik, e => e.Tag));
    }

    [Fact]
    public void FromQuikGraph_NonFiniteWeight_ThrowsArgumentException()
    {
        var quik = new UndirectedGraph<string, TaggedEdge<string, double>>();
        quik.AddVertexRange(["a", "b"]);
        quik.AddEdge(new TaggedEdge<string, double>("a", "b", double.NaN));

        Assert.Throws<ArgumentException>(() => QuikGraphInterop.FromQuikGraph(quik, e => e.Tag));
    }

    [Fact]
    public void RoundTrip_EmptyGraphs_StayEmpty()
    {
        AssertSameGraph(TestGraphs.Empty(false), QuikGraphInterop.FromQuikGraph(TestGraphs.Empty(false).ToQuikGraphUndirected(), e => e.Tag));
        AssertSameGraph(TestGraphs.Empty(true), QuikGraphInterop.FromQuikGraph(TestGraphs.Empty(true).ToQuikGraphBidirectional(), e => e.Tag));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RoundTrip_RandomGraphs_Identical(int seed)
    {
        var undirected = TestGraphs.Random(30, 120, seed, directed: false);
        var directed = TestGraphs.Random(30, 120, seed, directed: true);

        AssertSameGraph(undirected, QuikGraphInterop.FromQuikGraph(undirected.ToQuikGraphUndirected(), e => e.Tag));
        AssertSameGraph(directed, QuikGraphInterop.FromQuikGraph(directed.ToQuikGraphBidirectional(), e => e.Tag));
    }
}
