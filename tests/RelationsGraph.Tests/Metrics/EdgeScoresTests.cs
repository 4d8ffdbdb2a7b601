using RelationsGraph.Centrality;
using RelationsGraph.Metrics;
using Xunit;

namespace RelationsGraph.Tests.Metrics;

public class EdgeScoresTests
{
    private static readonly StrengthOptions Options = new();

    private static EdgeScores Scores(bool directed, params EdgeScore[] edges) => new("test-edge", Options, directed, edges);

    [Fact]
    public void Indexer_Undirected_FindsEdgeEitherOrder()
    {
        var scores = Scores(false, new("a", "b", 1.5), new("b", "c", 2));

        Assert.Equal(1.5, scores["a", "b"]);
        Assert.Equal(1.5, scores["b", "a"]);
        Assert.Equal(2, scores["c", "b"]);
        Assert.Throws<KeyNotFoundException>(() => scores["a", "c"]);
    }

    [Fact]
    public void Indexer_UndirectedStoredWithLargerIdFirst_FindsEdgeEitherOrder()
    {
        // A graph orders an undirected edge by node index, which need not match the ordinal order of the ids.
        var scores = Scores(false, new EdgeScore("z", "a", 4));

        Assert.Equal(4, scores["z", "a"]);
        Assert.Equal(4, scores["a", "z"]);
    }

    [Fact]
    public void Indexer_Directed_FindsArcOneWayOnly()
    {
        var scores = Scores(true, new("a", "b", 1), new("c", "a", 3));

        Assert.Equal(1, scores["a", "b"]);
        Assert.Throws<KeyNotFoundException>(() => scores["b", "a"]);
        Assert.Equal(3, scores["c", "a"]);
    }

    [Fact]
    public void Constructor_DirectedOppositeArcs_AreDistinct()
    {
        var scores = Scores(true, new("a", "b", 1), new("b", "a", 2));

        Assert.Equal(2, scores.Count);
        Assert.Equal(2, scores["b", "a"]);
    }

    [Fact]
    public void Constructor_UndirectedSameEdgeBothWays_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Scores(false, new("a", "b", 1), new("b", "a", 2)));
    }

    [Fact]
    public void Constructor_DirectedRepeatedArc_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Scores(true, new("a", "b", 1), new("a", "b", 2)));
    }

    [Fact]
    public void Ranking_Scores_DescendingNaNLastTiesByIds()
    {
        var scores = Scores(
            true,
            new("b", "a", 1),
            new("a", "c", double.NaN),
            new("a", "b", 1),
            new("c", "a", 5),
            new("a", "d", 1));

        RankedEdge[] expected =
        [
            new(1, "c", "a", 5),
            new(2, "a", "b", 1),
            new(3, "a", "d", 1),
            new(4, "b", "a", 1),
            new(5, "a", "c", double.NaN),
        ];
        Assert.Equal(expected, scores.Ranking());
    }

    [Fact]
    public void Top_KAboveCount_ReturnsAll()
    {
        var scores = Scores(false, new("a", "b", 1), new("b", "c", 2));

        Assert.Equal(scores.Ranking(), scores.Top(5));
        Assert.Equal([("b", "c")], scores.Top(1).Select(e => (e.Source, e.Target)));
        Assert.Throws<ArgumentOutOfRangeException>(() => scores.Top(-1));
    }

    [Fact]
    public void Edges_KeepInputOrderAndMetadata()
    {
        EdgeScore[] edges = [new("b", "c", 2), new("a", "b", 1)];

        var scores = new EdgeScores("test-edge", Options, isDirected: false, edges);
        edges[0] = new("x", "y", 0);

        Assert.Equal([new EdgeScore("b", "c", 2), new EdgeScore("a", "b", 1)], scores.Edges);
        Assert.Equal("test-edge", scores.Metric);
        Assert.Same(Options, scores.Options);
        Assert.False(scores.IsDirected);
    }
}
