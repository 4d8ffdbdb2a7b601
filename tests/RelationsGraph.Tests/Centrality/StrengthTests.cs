using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

public class StrengthTests
{
    // Undirected: a–b +2, a–c −1, b–c +0.5, c–d −3; e isolated.
    private static readonly SignedGraph Undirected =
        TestGraphs.Undirected(["a", "b", "c", "d", "e"], ("a", "b", 2), ("a", "c", -1), ("b", "c", 0.5), ("c", "d", -3));

    // Directed: a→b +2, b→a −1, a→c +1, c→b −0.5; d isolated.
    private static readonly SignedGraph Directed =
        TestGraphs.Directed(["a", "b", "c", "d"], ("a", "b", 2), ("b", "a", -1), ("a", "c", 1), ("c", "b", -0.5));

    private static double[] Compute(SignedGraph graph, TieFilter ties = TieFilter.All, NeighborMode mode = NeighborMode.All, TieStrength strength = TieStrength.Absolute) =>
        new Strength(new StrengthOptions { Ties = ties, Mode = mode, Strength = strength }).Compute(graph).AsSpan().ToArray();

    [Theory]
    [InlineData(TieFilter.All, new[] { 3.0, 2.5, 4.5, 3, 0 })]
    [InlineData(TieFilter.Positive, new[] { 2.0, 2.5, 0.5, 0, 0 })]
    [InlineData(TieFilter.Negative, new[] { 1.0, 0, 4, 3, 0 })]
    public void Compute_Undirected_SumsMagnitudesOfSelectedTies(TieFilter ties, double[] expected)
    {
        Assert.Equal(expected, Compute(Undirected, ties));
    }

    [Theory]
    [InlineData(NeighborMode.In)]
    [InlineData(NeighborMode.Out)]
    public void Compute_Undirected_IgnoresMode(NeighborMode mode)
    {
        Assert.Equal([3.0, 2.5, 4.5, 3, 0], Compute(Undirected, mode: mode));
    }

    [Theory]
    [InlineData(TieFilter.All, NeighborMode.Out, new[] { 3.0, 1, 0.5, 0 })]
    [InlineData(TieFilter.All, NeighborMode.In, new[] { 1.0, 2.5, 1, 0 })]
    [InlineData(TieFilter.All, NeighborMode.All, new[] { 4.0, 3.5, 1.5, 0 })]
    [InlineData(TieFilter.Positive, NeighborMode.Out, new[] { 3.0, 0, 0, 0 })]
    [InlineData(TieFilter.Positive, NeighborMode.In, new[] { 0.0, 2, 1, 0 })]
    [InlineData(TieFilter.Positive, NeighborMode.All, new[] { 3.0, 2, 1, 0 })]
    [InlineData(TieFilter.Negative, NeighborMode.Out, new[] { 0.0, 1, 0.5, 0 })]
    [InlineData(TieFilter.Negative, NeighborMode.In, new[] { 1.0, 0.5, 0, 0 })]
    [InlineData(TieFilter.Negative, NeighborMode.All, new[] { 1.0, 1.5, 0.5, 0 })]
    public void Compute_Directed_SumsMagnitudesByMode(TieFilter ties, NeighborMode mode, double[] expected)
    {
        Assert.Equal(expected, Compute(Directed, ties, mode));
    }

    [Theory]
    [InlineData(TieFilter.All, new[] { 2.0, 2, 3, 1, 0 })]
    [InlineData(TieFilter.Positive, new[] { 1.0, 2, 1, 0, 0 })]
    [InlineData(TieFilter.Negative, new[] { 1.0, 0, 2, 1, 0 })]
    public void Compute_UnitStrengthUndirected_EqualsDegree(TieFilter ties, double[] expected)
    {
        Assert.Equal(expected, Compute(Undirected, ties, strength: TieStrength.Unit));
        Assert.Equal(Undirected.Degree(ties).AsSpan().ToArray(), Compute(Undirected, ties, strength: TieStrength.Unit));
    }

    [Theory]
    [InlineData(TieFilter.All, NeighborMode.Out, new[] { 2.0, 1, 1, 0 })]
    [InlineData(TieFilter.All, NeighborMode.In, new[] { 1.0, 2, 1, 0 })]
    [InlineData(TieFilter.Positive, NeighborMode.All, new[] { 2.0, 1, 1, 0 })]
    [InlineData(TieFilter.Negative, NeighborMode.In, new[] { 1.0, 1, 0, 0 })]
    public void Compute_UnitStrengthDirected_CountsTies(TieFilter ties, NeighborMode mode, double[] expected)
    {
        Assert.Equal(expected, Compute(Directed, ties, mode, TieStrength.Unit));
    }

    [Fact]
    public void Compute_ZeroWeightTie_AddsNothingButCountsAsUnit()
    {
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 0), ("b", "c", -2));

        Assert.Equal([0.0, 2, 2], Compute(g));
        Assert.Equal([1.0, 2, 1], Compute(g, strength: TieStrength.Unit));
        Assert.Equal([0.0, 0, 0], Compute(g, TieFilter.Positive, strength: TieStrength.Unit));
    }

    [Fact]
    public void Compute_NegativeTies_AddMagnitudeNotSignedWeight()
    {
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 2), ("a", "c", -2));

        Assert.Equal(4, new Strength().Compute(g, cancellationToken: TestContext.Current.CancellationToken)["a"]);
    }

    [Fact]
    public void Compute_IsolatedNodes_ScoreZero()
    {
        var scores = new Strength().Compute(TestGraphs.Isolated(3, directed: false), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([0.0, 0, 0], scores.Values);
        Assert.Equal(0.0, Compute(Directed)[3]);
    }

    [Fact]
    public void Compute_Result_CarriesNameOptionsAndIds()
    {
        var options = new StrengthOptions { Ties = TieFilter.Negative, Strength = TieStrength.Unit };

        var scores = new Strength(options).Compute(Undirected, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("strength", scores.Metric);
        Assert.Same(options, scores.Options);
        Assert.Equal(Undirected.NodeIds, scores.Ids);
    }

    [Fact]
    public void Constructor_NoOptions_DefaultsToAllTiesInPlusOutAbsolute()
    {
        var strength = new Strength();

        Assert.Equal(TieFilter.All, strength.Options.Ties);
        Assert.Equal(NeighborMode.All, strength.Options.Mode);
        Assert.Equal(TieStrength.Absolute, strength.Options.Strength);
        Assert.Equal(Strength.MetricName, strength.Name);
    }

    [Fact]
    public void Options_Describe_ListsAllSettings()
    {
        var described = new StrengthOptions { Ties = TieFilter.Positive, Mode = NeighborMode.Out, Strength = TieStrength.Unit }.Describe();

        Assert.Equal(["mode", "strength", "ties"], described.Keys);
        Assert.Equal("positive", described["ties"]);
        Assert.Equal("out", described["mode"]);
        Assert.Equal("unit", described["strength"]);
        Assert.Equal("abs", new StrengthOptions().Describe()["strength"]);
    }

    [Fact]
    public void Extension_Strength_MatchesMetric()
    {
        var direct = Compute(Directed, TieFilter.Positive, NeighborMode.In, TieStrength.Unit);

        var facade = Directed.Strength(TieFilter.Positive, NeighborMode.In, TieStrength.Unit).AsSpan().ToArray();

        Assert.Equal(direct, facade);
    }
}
