using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Graphs;

public class SignedGraphTests
{
    private static readonly string[] Abcde = ["a", "b", "c", "d", "e"];

    // a–b +2, a–c −1, b–c +0.5, c–d −3; e isolated. Edges given out of order to exercise sorting.
    private static SignedGraph UndirectedSample() =>
        TestGraphs.Undirected(Abcde, ("c", "d", -3), ("b", "a", 2), ("c", "b", 0.5), ("a", "c", -1));

    // a→b +2, b→a −1, a→c +1, c→b −0.5, d→a +3; e isolated.
    private static SignedGraph DirectedSample() =>
        TestGraphs.Directed(Abcde, ("d", "a", 3), ("c", "b", -0.5), ("a", "c", 1), ("b", "a", -1), ("a", "b", 2));

    private static void AssertRowsSorted(SignedGraph g)
    {
        for (var v = 0; v < g.NodeCount; v++)
        {
            var outRow = g.OutNeighbors(v).ToArray();
            var inRow = g.InNeighbors(v).ToArray();
            Assert.Equal(outRow.Order(), outRow);
            Assert.Equal(outRow.Length, outRow.Distinct().Count());
            Assert.Equal(inRow.Order(), inRow);
            Assert.Equal(inRow.Length, inRow.Distinct().Count());
        }
    }

    [Fact]
    public void Create_Undirected_StoresEveryEdgeInBothRows()
    {
        var g = UndirectedSample();

        Assert.False(g.IsDirected);
        Assert.Equal(5, g.NodeCount);
        Assert.Equal(4, g.EdgeCount);
        Assert.Equal([1, 2], g.OutNeighbors(g.IndexOf("a")).ToArray());
        Assert.Equal([2.0, -1.0], g.OutWeightsOf(g.IndexOf("a")).ToArray());
        Assert.Equal([0, 2], g.OutNeighbors(g.IndexOf("b")).ToArray());
        Assert.Equal([2.0, 0.5], g.OutWeightsOf(g.IndexOf("b")).ToArray());
        Assert.Equal([0, 1, 3], g.OutNeighbors(g.IndexOf("c")).ToArray());
        Assert.Equal([-1.0, 0.5, -3.0], g.OutWeightsOf(g.IndexOf("c")).ToArray());
        Assert.Equal([2], g.OutNeighbors(g.IndexOf("d")).ToArray());
        Assert.Empty(g.OutNeighbors(g.IndexOf("e")).ToArray());
    }

    [Fact]
    public void Create_Undirected_InAdjacencyEqualsOutAdjacency()
    {
        var g = UndirectedSample();

        for (var v = 0; v < g.NodeCount; v++)
        {
            Assert.Equal(g.OutNeighbors(v).ToArray(), g.InNeighbors(v).ToArray());
            Assert.Equal(g.OutWeightsOf(v).ToArray(), g.InWeightsOf(v).ToArray());
            Assert.Equal(g.OutDegree(v), g.InDegree(v));
        }
    }

    [Fact]
    public void Create_EdgesInAnyOrder_RowsAreSorted()
    {
        AssertRowsSorted(UndirectedSample());
        AssertRowsSorted(DirectedSample());
        AssertRowsSorted(TestGraphs.Random(40, 300, seed: 7, directed: false));
        AssertRowsSorted(TestGraphs.Random(40, 300, seed: 7, directed: true));
    }

    [Fact]
    public void Create_Undirected_CountsEdgesBySign()
    {
        var g = UndirectedSample();

        Assert.Equal(4, g.EdgeCount);
        Assert.Equal(2, g.PositiveEdgeCount);
        Assert.Equal(2, g.NegativeEdgeCount);
    }

    [Fact]
    public void Create_Directed_CountsArcsBySign()
    {
        var g = DirectedSample();

        Assert.Equal(5, g.EdgeCount);
        Assert.Equal(3, g.PositiveEdgeCount);
        Assert.Equal(2, g.NegativeEdgeCount);
    }

    [Fact]
    public void Create_Directed_BuildsOutAndInAdjacency()
    {
        var g = DirectedSample();
        int a = g.IndexOf("a"), b = g.IndexOf("b"), c = g.IndexOf("c"), d = g.IndexOf("d"), e = g.IndexOf("e");

        Assert.True(g.IsDirected);
        Assert.Equal([b, c], g.OutNeighbors(a).ToArray());
        Assert.Equal([2.0, 1.0], g.OutWeightsOf(a).ToArray());
        Assert.Equal([b, d], g.InNeighbors(a).ToArray());
        Assert.Equal([-1.0, 3.0], g.InWeightsOf(a).ToArray());
        Assert.Equal([a], g.OutNeighbors(b).ToArray());
        Assert.Equal([a, c], g.InNeighbors(b).ToArray());
        Assert.Equal([2.0, -0.5], g.InWeightsOf(b).ToArray());
        Assert.Equal([b], g.OutNeighbors(c).ToArray());
        Assert.Equal([a], g.InNeighbors(c).ToArray());
        Assert.Equal([a], g.OutNeighbors(d).ToArray());
        Assert.Empty(g.InNeighbors(d).ToArray());
        Assert.Equal(0, g.OutDegree(e));
        Assert.Equal(0, g.InDegree(e));
        Assert.Equal(2, g.OutDegree(a));
        Assert.Equal(2, g.InDegree(a));
    }

    [Fact]
    public void TryGetWeight_Undirected_FindsEdgeBothWays()
    {
        var g = UndirectedSample();
        int a = g.IndexOf("a"), c = g.IndexOf("c"), d = g.IndexOf("d");

        Assert.True(g.TryGetWeight(a, c, out var ac));
        Assert.True(g.TryGetWeight(c, a, out var ca));
        Assert.Equal(-1, ac);
        Assert.Equal(-1, ca);
        Assert.False(g.TryGetWeight(a, d, out var ad));
        Assert.Equal(0, ad);
        Assert.True(g.HasEdge(d, c));
        Assert.False(g.HasEdge(d, a));
    }

    [Fact]
    public void TryGetWeight_Directed_FindsArcOneWayOnly()
    {
        var g = DirectedSample();
        int a = g.IndexOf("a"), b = g.IndexOf("b"), c = g.IndexOf("c"), d = g.IndexOf("d");

        Assert.True(g.TryGetWeight(a, c, out var ac));
        Assert.Equal(1, ac);
        Assert.False(g.TryGetWeight(c, a, out _));
        Assert.True(g.TryGetWeight(a, b, out var ab));
        Assert.True(g.TryGetWeight(b, a, out var ba));
        Assert.Equal(2, ab);
        Assert.Equal(-1, ba);
        Assert.True(g.HasEdge(d, a));
        Assert.False(g.HasEdge(a, d));
    }

    [Theory]
    [InlineData(EdgeAggregation.Sum, 3.5)]
    [InlineData(EdgeAggregation.Mean, 3.5 / 3)]
    [InlineData(EdgeAggregation.Min, -1.0)]
    [InlineData(EdgeAggregation.Max, 2.5)]
    public void Create_ParallelEdges_Aggregate(EdgeAggregation aggregation, double expected)
    {
        SignedEdge[] edges = [new("a", "b", 2.5), new("b", "a", -1), new("a", "b", 2)];

        var g = SignedGraph.Create(["a", "b"], edges, isDirected: false, aggregation);

        Assert.Equal(1, g.EdgeCount);
        Assert.True(g.TryGetWeight(0, 1, out var w));
        Assert.Equal(expected, w, 15);
    }

    [Theory]
    [InlineData(EdgeAggregation.Sum, 4.5, -1.0)]
    [InlineData(EdgeAggregation.Mean, 2.25, -1.0)]
    [InlineData(EdgeAggregation.Min, 2.0, -1.0)]
    [InlineData(EdgeAggregation.Max, 2.5, -1.0)]
    public void Create_DirectedParallelArcs_AggregatePerOrderedPair(EdgeAggregation aggregation, double ab, double ba)
    {
        SignedEdge[] edges = [new("a", "b", 2.5), new("b", "a", -1), new("a", "b", 2)];

        var g = SignedGraph.Create(["a", "b"], edges, isDirected: true, aggregation);

        Assert.Equal(2, g.EdgeCount);
        Assert.True(g.TryGetWeight(0, 1, out var wab));
        Assert.True(g.TryGetWeight(1, 0, out var wba));
        Assert.Equal(ab, wab);
        Assert.Equal(ba, wba);
    }

    [Fact]
    public void Create_DefaultAggregation_IsSum()
    {
        var g = SignedGraph.Create(["a", "b"], [new("a", "b", 1), new("a", "b", 2)], isDirected: false);

        Assert.True(g.TryGetWeight(0, 1, out var w));
        Assert.Equal(3, w);
    }

    [Fact]
    public void Create_ParallelEdgesCancelling_KeepsZeroWeightEdgeOfNoSign()
    {
        var g = SignedGraph.Create(["a", "b", "c"], [new("a", "b", 1), new("b", "a", -1), new("b", "c", 1)], isDirected: false);

        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(1, g.PositiveEdgeCount);
        Assert.Equal(0, g.NegativeEdgeCount);
        Assert.True(g.TryGetWeight(1, 0, out var w));
        Assert.Equal(0, w);
        Assert.False(g.Positive.HasEdge(0, 1));
        Assert.False(g.Negative.HasEdge(0, 1));
        Assert.Equal(1, g.Positive.EdgeCount);
        Assert.Equal(0, g.Negative.EdgeCount);
    }

    [Fact]
    public void Create_ZeroWeightEdge_IsKeptAndCountedAsNeitherSign()
    {
        var g = SignedGraph.Create(["a", "b"], [new("a", "b", 0)], isDirected: true);

        Assert.Equal(1, g.EdgeCount);
        Assert.Equal(0, g.PositiveEdgeCount);
        Assert.Equal(0, g.NegativeEdgeCount);
        Assert.True(g.HasEdge(0, 1));
    }

    [Fact]
    public void Create_SelfLoop_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(["a", "b"], [new("a", "a", 1)], isDirected: false));
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(["a", "b"], [new("b", "b", 1)], isDirected: true));
    }

    [Theory]
    [InlineData("a", "z")]
    [InlineData("z", "a")]
    [InlineData("A", "b")]
    public void Create_UnknownEndpoint_ThrowsArgumentException(string source, string target)
    {
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(["a", "b"], [new(source, target, 1)], isDirected: false));
    }

    [Fact]
    public void Create_DefaultEdgeWithNullIds_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(["a", "b"], [default(SignedEdge)], isDirected: false));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Create_NonFiniteWeight_ThrowsArgumentException(double weight)
    {
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(["a", "b"], [new("a", "b", weight)], isDirected: false));
    }

    [Fact]
    public void Create_DuplicateNodeId_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(["a", "b", "a"], [], isDirected: false));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" a")]
    public void Create_InvalidNodeId_ThrowsArgumentException(string id)
    {
        Assert.Throws<ArgumentException>(() => SignedGraph.Create(["a", id], [], isDirected: false));
    }

    [Fact]
    public void Create_NodeIdsDifferingInCase_AreDistinct()
    {
        var g = SignedGraph.Create(["a", "A"], [new("a", "A", 1)], isDirected: false);

        Assert.Equal(2, g.NodeCount);
        Assert.Equal(1, g.EdgeCount);
    }

    [Fact]
    public void Create_NoNodes_IsEmpty()
    {
        var g = TestGraphs.Empty(directed: false);

        Assert.Equal(0, g.NodeCount);
        Assert.Equal(0, g.EdgeCount);
        Assert.Empty(g.Edges());
        Assert.Equal(0, g.Positive.NodeCount);
        Assert.Equal(0, g.Negative.EdgeCount);
    }

    [Fact]
    public void IndexOf_Ids_MatchNodeOrder()
    {
        var g = UndirectedSample();

        Assert.Equal(Abcde, g.NodeIds);
        Assert.Equal(3, g.IndexOf("d"));
        Assert.Equal("d", g.IdOf(3));
        Assert.True(g.TryGetIndex("e", out var e));
        Assert.Equal(4, e);
        Assert.False(g.TryGetIndex("z", out _));
        Assert.Throws<KeyNotFoundException>(() => g.IndexOf("z"));
    }

    [Fact]
    public void Edges_Undirected_ListsEachEdgeOnceWithSourceBelowTarget()
    {
        var g = UndirectedSample();

        GraphEdge[] expected = [new(0, 1, 2), new(0, 2, -1), new(1, 2, 0.5), new(2, 3, -3)];
        Assert.Equal(expected, g.Edges());
        SignedEdge[] byId = [new("a", "b", 2), new("a", "c", -1), new("b", "c", 0.5), new("c", "d", -3)];
        Assert.Equal(byId, g.EdgesById());
    }

    [Fact]
    public void Edges_Directed_ListsArcsOrderedBySourceThenTarget()
    {
        var g = DirectedSample();

        GraphEdge[] expected = [new(0, 1, 2), new(0, 2, 1), new(1, 0, -1), new(2, 1, -0.5), new(3, 0, 3)];
        Assert.Equal(expected, g.Edges());
    }

    [Fact]
    public void Positive_View_KeepsNodesAndOnlyPositiveTies()
    {
        var g = UndirectedSample();

        var p = g.Positive;

        Assert.Equal(g.NodeIds, p.NodeIds);
        Assert.False(p.IsDirected);
        SignedEdge[] expected = [new("a", "b", 2), new("b", "c", 0.5)];
        Assert.Equal(expected, p.EdgesById());
        Assert.Equal(2, p.EdgeCount);
        Assert.Equal(2, p.PositiveEdgeCount);
        Assert.Equal(0, p.NegativeEdgeCount);
        Assert.True(p.HasEdge(2, 1));
    }

    [Fact]
    public void Negative_View_KeepsNodesAndNegativeSigns()
    {
        var g = DirectedSample();

        var n = g.Negative;

        Assert.Equal(g.NodeIds, n.NodeIds);
        Assert.True(n.IsDirected);
        SignedEdge[] expected = [new("b", "a", -1), new("c", "b", -0.5)];
        Assert.Equal(expected, n.EdgesById());
        Assert.Equal(0, n.PositiveEdgeCount);
        Assert.Equal(2, n.NegativeEdgeCount);
        Assert.Equal([n.IndexOf("b")], n.InNeighbors(n.IndexOf("a")).ToArray());
        Assert.Equal([-1.0], n.InWeightsOf(n.IndexOf("a")).ToArray());
    }

    [Fact]
    public void Views_RequestedTwice_AreCached()
    {
        var g = UndirectedSample();

        Assert.Same(g.Positive, g.Positive);
        Assert.Same(g.Negative, g.Negative);
        Assert.Same(g.Positive, g.View(TieFilter.Positive));
        Assert.Same(g.Negative, g.View(TieFilter.Negative));
        Assert.Same(g, g.View(TieFilter.All));
    }

    [Fact]
    public void Positive_AllTiesPositive_IsTheGraphItself()
    {
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", 2));

        Assert.Same(g, g.Positive);
        Assert.Equal(0, g.Negative.EdgeCount);
        Assert.Equal(3, g.Negative.NodeCount);
    }

    [Fact]
    public void View_UnknownFilter_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UndirectedSample().View((TieFilter)42));
    }

    [Fact]
    public void Create_UnknownAggregationWithParallelEdges_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SignedGraph.Create(["a", "b"], [new("a", "b", 1), new("a", "b", 1)], isDirected: false, (EdgeAggregation)42));
    }

    [Fact]
    public void Create_DuplicateNodeId_ParamNameIsNodeIds()
    {
        var e = Assert.Throws<ArgumentException>(() => SignedGraph.Create(["a", "a"], [], isDirected: false));

        Assert.Equal("nodeIds", e.ParamName);
    }

    [Fact]
    public void Create_MeanOfLargeParallelWeights_StaysFinite()
    {
        // The mean of two finite weights is finite; summing first and dividing after overflows to +∞.
        var g = SignedGraph.Create(["a", "b"], [new("a", "b", double.MaxValue), new("a", "b", double.MaxValue)], isDirected: false, EdgeAggregation.Mean);

        Assert.True(g.TryGetWeight(0, 1, out var w));
        Assert.Equal(double.MaxValue, w);
    }

    [Fact]
    public void Create_SumOverflowingDouble_ThrowsOrKeepsWeightsFinite()
    {
        // The graph promises finite weights; a sum past double.MaxValue must be rejected, not stored as +∞.
        SignedEdge[] edges = [new("a", "b", double.MaxValue), new("b", "a", double.MaxValue)];

        var error = Record.Exception(() =>
        {
            var g = SignedGraph.Create(["a", "b"], edges, isDirected: false);
            Assert.All(g.Edges(), e => Assert.True(double.IsFinite(e.Weight), $"edge {e.Source}-{e.Target} has weight {e.Weight}"));
        });

        Assert.True(error is null or ArgumentException, error?.Message);
    }
}
