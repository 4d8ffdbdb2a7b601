using RelationsGraph.Centrality;
using RelationsGraph.Metrics;
using Xunit;

namespace RelationsGraph.Tests.Metrics;

public class NodeScoresTests
{
    private static readonly DegreeOptions Options = new();

    private static NodeScores Scores(string[] ids, double[] values) => new("test", Options, ids, values);

    [Fact]
    public void Ranking_Scores_DescendingWithOneBasedRanks()
    {
        var scores = Scores(["a", "b", "c"], [1, 3, 2]);

        RankedNode[] expected = [new(1, "b", 3), new(2, "c", 2), new(3, "a", 1)];
        Assert.Equal(expected, scores.Ranking());
    }

    [Fact]
    public void Ranking_NaN_ComesLast()
    {
        var scores = Scores(["a", "b", "c", "d"], [double.NaN, -1, double.NaN, double.NegativeInfinity]);

        Assert.Equal(["b", "d", "a", "c"], scores.Ranking().Select(r => r.Id));
        Assert.True(double.IsNaN(scores.Ranking()[3].Score));
    }

    [Fact]
    public void Ranking_Ties_BrokenByOrdinalId()
    {
        // Ordinal: upper case before lower case, "B" < "a" < "aa" < "b".
        var scores = Scores(["b", "aa", "a", "B", "z"], [1, 1, 1, 1, 2]);

        Assert.Equal(["z", "B", "a", "aa", "b"], scores.Ranking().Select(r => r.Id));
        Assert.Equal([1, 2, 3, 4, 5], scores.Ranking().Select(r => r.Rank));
    }

    [Fact]
    public void Ranking_PositiveAndNegativeZero_AreTiedAndBrokenById()
    {
        var scores = Scores(["b", "a"], [0.0, -0.0]);

        Assert.Equal(["a", "b"], scores.Ranking().Select(r => r.Id));
    }

    [Fact]
    public void Ranking_CalledTwice_ReturnsSameResult()
    {
        var scores = Scores(["a", "b"], [1, 2]);

        Assert.Same(scores.Ranking(), scores.Ranking());
    }

    [Fact]
    public void Top_KAboveCount_ReturnsAll()
    {
        var scores = Scores(["a", "b", "c"], [1, 3, 2]);

        Assert.Equal(scores.Ranking(), scores.Top(10));
        Assert.Equal(scores.Ranking(), scores.Top(3));
    }

    [Fact]
    public void Top_KBelowCount_ReturnsFirstK()
    {
        var scores = Scores(["a", "b", "c"], [1, 3, 2]);

        Assert.Equal(["b", "c"], scores.Top(2).Select(r => r.Id));
        Assert.Empty(scores.Top(0));
    }

    [Fact]
    public void Top_Negative_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Scores(["a"], [1]).Top(-1));
    }

    [Fact]
    public void Indexer_UnknownId_ThrowsKeyNotFound()
    {
        var scores = Scores(["a", "b"], [1, 2]);

        Assert.Equal(2, scores["b"]);
        Assert.Throws<KeyNotFoundException>(() => scores["z"]);
        Assert.Throws<KeyNotFoundException>(() => scores["A"]);
    }

    [Fact]
    public void Dictionary_Members_FollowGraphOrder()
    {
        var scores = Scores(["b", "a"], [5, 7]);

        Assert.Equal(2, scores.Count);
        Assert.Equal(["b", "a"], scores.Keys);
        Assert.Equal(["b", "a"], scores.Ids);
        Assert.Equal([5.0, 7.0], scores.Values);
        Assert.Equal([5.0, 7.0], scores.AsSpan().ToArray());
        Assert.Equal([new KeyValuePair<string, double>("b", 5), new KeyValuePair<string, double>("a", 7)], scores);
        Assert.True(scores.ContainsKey("a"));
        Assert.False(scores.ContainsKey("c"));
        Assert.True(scores.TryGetValue("a", out var a));
        Assert.Equal(7, a);
        Assert.False(scores.TryGetValue("c", out _));
    }

    [Fact]
    public void Constructor_CopiesInputs()
    {
        string[] ids = ["a", "b"];
        double[] values = [1, 2];

        var scores = Scores(ids, values);
        ids[0] = "x";
        values[0] = 99;

        Assert.Equal(1, scores["a"]);
        Assert.False(scores.ContainsKey("x"));
    }

    [Fact]
    public void Constructor_MetricAndOptions_AreKept()
    {
        var options = new DegreeOptions { Mode = RelationsGraph.Graphs.NeighborMode.In };

        var scores = new NodeScores("degree", options, ["a"], [1]);

        Assert.Equal("degree", scores.Metric);
        Assert.Same(options, scores.Options);
    }

    [Fact]
    public void Constructor_LengthMismatch_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Scores(["a", "b"], [1]));
    }

    [Fact]
    public void Constructor_DuplicateId_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Scores(["a", "a"], [1, 2]));
    }

    [Fact]
    public void Constructor_EmptyMetricName_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new NodeScores(string.Empty, Options, ["a"], [1]));
    }

    [Fact]
    public void Constructor_NoNodes_IsEmpty()
    {
        var scores = Scores([], []);

        Assert.Empty(scores);
        Assert.Empty(scores.Ranking());
        Assert.Empty(scores.Top(5));
    }
}
