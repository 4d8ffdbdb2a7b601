using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>The extension methods of the centrality family are the metric classes, with progress and cancellation.</summary>
public sealed class CentralityExtensionsTests
{
    private static readonly SignedGraph Graph = TestGraphs.Random(60, 200, 7, directed: false);

    [Fact]
    public void Extensions_SameScoresAsTheMetricClasses()
    {
        var betweenness = new BetweennessOptions { Length = EdgeLength.InverseStrength, Normalized = true };
        var closeness = new ClosenessOptions { Convention = ClosenessConvention.IGraph };
        var harmonic = new HarmonicOptions { Normalized = true };

        Assert.Equal(new Betweenness(betweenness).Compute(Graph).Values, Graph.Betweenness(betweenness).Values);
        Assert.Equal(new Closeness(closeness).Compute(Graph).Values, Graph.Closeness(closeness).Values);
        Assert.Equal(new Harmonic(harmonic).Compute(Graph).Values, Graph.Harmonic(harmonic).Values);
        Assert.Equal(new Degree(new DegreeOptions { Ties = TieFilter.Negative }).Compute(Graph).Values, Graph.Degree(new DegreeOptions { Ties = TieFilter.Negative }).Values);
        Assert.Equal(Graph.Strength().Values, Graph.Strength(new StrengthOptions()).Values);
        Assert.Equal(new EdgeBetweenness().Compute(Graph).Edges.Select(e => e.Value), Graph.EdgeBetweenness().Edges.Select(e => e.Value));
        Assert.Same(betweenness, Graph.Betweenness(betweenness).Options);
    }

    [Fact]
    public void Betweenness_ProgressReachesTheTotal()
    {
        var reports = new List<MetricProgress>();

        Graph.Betweenness(progress: new SynchronousProgress<MetricProgress>(reports.Add));

        Assert.Contains(new MetricProgress(Graph.NodeCount, Graph.NodeCount), reports);
    }

    [Fact]
    public void Betweenness_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Graph.Betweenness(cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Betweenness_OptionsThatDoNotFit_InvalidOptionsWithPlainProblem()
    {
        var e = Assert.Throws<InvalidOptionsException>(() => Graph.Betweenness(new BetweennessOptions { Cutoff = 2, Approximation = new BetweennessApproximation(0.1) }));

        Assert.DoesNotContain("(Parameter", e.Problem, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(e);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
