using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

public class DegreeTests
{
    // Undirected: a–b +2, a–c −1, b–c +0.5, c–d −3; e isolated.
    private static readonly SignedGraph Undirected =
        TestGraphs.Undirected(["a", "b", "c", "d", "e"], ("a", "b", 2), ("a", "c", -1), ("b", "c", 0.5), ("c", "d", -3));

    // Directed: a→b +2, b→a −1, a→c +1, c→b −0.5; d isolated.
    private static readonly SignedGraph Directed =
        TestGraphs.Directed(["a", "b", "c", "d"], ("a", "b", 2), ("b", "a", -1), ("a", "c", 1), ("c", "b", -0.5));

    private static double[] Compute(SignedGraph graph, TieFilter ties = TieFilter.All, NeighborMode mode = NeighborMode.All) =>
        new Degree(new DegreeOptions { Ties = ties, Mode = mode }).Compute(graph).AsSpan().ToArray();

    [Theory]
    [InlineData(TieFilter.All, new[] { 2.0, 2, 3, 1, 0 })]
    [InlineData(TieFilter.Positive, new[] { 1.0, 2, 1, 0, 0 })]
    [InlineData(TieFilter.Negative, new[] { 1.0, 0, 2, 1, 0 })]
    public void Compute_Undirected_CountsSelectedTies(TieFilter ties, double[] expected)
    {
        Assert.Equal(expected, Compute(Undirected, ties));
    }

    [Theory]
    [InlineData(NeighborMode.All)]
    [InlineData(NeighborMode.In)]
    [InlineData(NeighborMode.Out)]
    public void Compute_Undirected_IgnoresMode(NeighborMode mode)
    {
        Assert.Equal([2.0, 2, 3, 1, 0], Compute(Undirected, mode: mode));
    }

    [Theory]
    [InlineData(TieFilter.All, NeighborMode.Out, new[] { 2.0, 1, 1, 0 })]
    [InlineData(TieFilter.All, NeighborMode.In, new[] { 1.0, 2, 1, 0 })]
    [InlineData(TieFilter.All, NeighborMode.All, new[] { 3.0, 3, 2, 0 })]
    [InlineData(TieFilter.Positive, NeighborMode.Out, new[] { 2.0, 0, 0, 0 })]
    [InlineData(TieFilter.Positive, NeighborMode.In, new[] { 0.0, 1, 1, 0 })]
    [InlineData(TieFilter.Positive, NeighborMode.All, new[] { 2.0, 1, 1, 0 })]
    [InlineData(TieFilter.Negative, NeighborMode.Out, new[] { 0.0, 1, 1, 0 })]
    [InlineData(TieFilter.Negative, NeighborMode.In, new[] { 1.0, 1, 0, 0 })]
    [InlineData(TieFilter.Negative, NeighborMode.All, new[] { 1.0, 2, 1, 0 })]
    public void Compute_Directed_CountsSelectedTiesByMode(TieFilter ties, NeighborMode mode, double[] expected)
    {
        Assert.Equal(expected, Compute(Directed, ties, mode));
    }

    [Fact]
    public void Compute_DirectedMutualPair_CountsTwiceForEachEndpoint()
    {
        var g = TestGraphs.Directed(["a", "b"], ("a", "b", 1), ("b", "a", 1));

        Assert.Equal([2.0, 2], Compute(g));
    }

    [Fact]
    public void Compute_ZeroWeightTie_CountsOnlyUnderAll()
    {
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 0), ("b", "c", 1));

        Assert.Equal([1.0, 2, 1], Compute(g));
        Assert.Equal([0.0, 1, 1], Compute(g, TieFilter.Positive));
        Assert.Equal([0.0, 0, 0], Compute(g, TieFilter.Negative));
    }

    [Fact]
    public void Compute_IsolatedNodes_ScoreZero()
    {
        var scores = new Degree().Compute(TestGraphs.Isolated(3, directed: true), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([0.0, 0, 0], scores.Values);
    }

    [Fact]
    public void Compute_Result_CarriesNameOptionsAndIds()
    {
        var options = new DegreeOptions { Ties = TieFilter.Positive, Mode = NeighborMode.Out };

        var scores = new Degree(options).Compute(Directed, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("degree", scores.Metric);
        Assert.Same(options, scores.Options);
        Assert.Equal(Directed.NodeIds, scores.Ids);
        Assert.Equal(2, scores["a"]);
    }

    [Fact]
    public void Compute_Ranking_TiesBrokenById()
    {
        var ranking = new Degree().Compute(Undirected, cancellationToken: TestContext.Current.CancellationToken).Ranking();

        Assert.Equal(["c", "a", "b", "d", "e"], ranking.Select(r => r.Id));
    }

    [Fact]
    public void Constructor_NoOptions_DefaultsToAllTiesInPlusOut()
    {
        var degree = new Degree();

        Assert.Equal(TieFilter.All, degree.Options.Ties);
        Assert.Equal(NeighborMode.All, degree.Options.Mode);
        Assert.Equal(Degree.MetricName, degree.Name);
    }

    [Fact]
    public void Options_Describe_ListsTiesAndModeInLowerCase()
    {
        var described = new DegreeOptions { Ties = TieFilter.Negative, Mode = NeighborMode.In }.Describe();

        Assert.Equal(["mode", "ties"], described.Keys);
        Assert.Equal("negative", described["ties"]);
        Assert.Equal("in", described["mode"]);
    }

    [Fact]
    public void Extension_Degree_MatchesMetric()
    {
        var direct = Compute(Directed, TieFilter.Negative, NeighborMode.In);

        var facade = Directed.Degree(TieFilter.Negative, NeighborMode.In).AsSpan().ToArray();

        Assert.Equal(direct, facade);
    }

    [Fact]
    public void Compute_NullGraph_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new Degree().Compute(null!, cancellationToken: TestContext.Current.CancellationToken));
    }
}
