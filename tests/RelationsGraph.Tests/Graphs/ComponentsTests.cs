using QuikGraph;
using QuikGraph.Algorithms;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Graphs;

public class ComponentsTests
{
    /// <summary>Renumbers labels in order of first appearance so that two labelings of the same partition compare equal.</summary>
    private static int[] Canonical(IEnumerable<int> labels)
    {
        var map = new Dictionary<int, int>();
        return [.. labels.Select(l => map.TryGetValue(l, out var c) ? c : map[l] = map.Count)];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Count_EmptyGraph_IsZero(bool directed)
    {
        var g = TestGraphs.Empty(directed);

        Assert.Equal(0, Components.Count(g));
        Assert.Empty(Components.Labels(g));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Count_IsolatedNodes_EachIsAComponent(bool directed)
    {
        var g = TestGraphs.Isolated(4, directed);

        Assert.Equal(4, Components.Count(g));
        Assert.Equal([0, 1, 2, 3], Components.Labels(g));
    }

    [Fact]
    public void Labels_Undirected_NumbersComponentsBySmallestNode()
    {
        // {a, c, e} and {b, d} and {f}
        var g = TestGraphs.Undirected(["a", "b", "c", "d", "e", "f"], ("e", "c", 1), ("a", "c", -1), ("d", "b", 2));

        Assert.Equal([0, 1, 0, 1, 0, 2], Components.Labels(g));
        Assert.Equal(3, Components.Count(g));
    }

    [Fact]
    public void Count_DirectedArcsIntoSink_IsOneWeakComponent()
    {
        // a → b ← c: not strongly connected, but one weakly connected component.
        var g = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("c", "b", -1));

        Assert.Equal(1, Components.Count(g));
        Assert.Equal([0, 0, 0], Components.Labels(g));
    }

    [Fact]
    public void Labels_DirectedReachedOnlyBackwards_JoinsComponent()
    {
        // c → a: from a, c is reachable only through the in-adjacency.
        var g = TestGraphs.Directed(["a", "b", "c"], ("c", "a", 1));

        Assert.Equal([0, 1, 0], Components.Labels(g));
    }

    [Fact]
    public void Count_SignsIgnored_NegativeTiesConnect()
    {
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", -1), ("b", "c", 0));

        Assert.Equal(1, Components.Count(g));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Labels_RandomUndirectedGraph_MatchesQuikGraphConnectedComponents(int seed)
    {
        var g = TestGraphs.Random(nodes: 60, arcs: 45, seed, directed: false);
        var reference = new UndirectedGraph<int, Edge<int>>();
        reference.AddVertexRange(Enumerable.Range(0, g.NodeCount));
        reference.AddEdgeRange(g.Edges().Select(e => new Edge<int>(e.Source, e.Target)));
        var components = new Dictionary<int, int>();

        var count = reference.ConnectedComponents(components);

        Assert.Equal(count, Components.Count(g));
        Assert.Equal(Canonical(Enumerable.Range(0, g.NodeCount).Select(v => components[v])), Components.Labels(g));
        Assert.True(count > 1, "the random graph should be disconnected to make the check meaningful");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Labels_RandomDirectedGraph_MatchesQuikGraphWeaklyConnectedComponents(int seed)
    {
        var g = TestGraphs.Random(nodes: 60, arcs: 45, seed, directed: true);
        var reference = new AdjacencyGraph<int, Edge<int>>();
        reference.AddVertexRange(Enumerable.Range(0, g.NodeCount));
        reference.AddEdgeRange(g.Edges().Select(e => new Edge<int>(e.Source, e.Target)));
        var components = new Dictionary<int, int>();

        var count = reference.WeaklyConnectedComponents(components);

        Assert.Equal(count, Components.Count(g));
        Assert.Equal(Canonical(Enumerable.Range(0, g.NodeCount).Select(v => components[v])), Components.Labels(g));
        Assert.True(count > 1, "the random graph should be disconnected to make the check meaningful");
    }

    [Fact]
    public void Labels_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Components.Labels(null!));
    }
}
