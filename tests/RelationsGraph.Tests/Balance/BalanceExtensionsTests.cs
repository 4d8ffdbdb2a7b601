using RelationsGraph.Balance;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using Xunit;

namespace RelationsGraph.Tests.Balance;

/// <summary>The extension methods of the balance family: the static computations, with options, progress and cancellation.</summary>
public sealed class BalanceExtensionsTests
{
    private static readonly SignedGraph Graph = TestGraphs.Random(24, 70, 3, directed: false);

    [Fact]
    public void Extensions_SameResultsAsTheStaticComputations()
    {
        var frustration = new FrustrationOptions { Strength = TieStrength.Absolute, Seed = 4 };

        Assert.Equal(Frustration.Compute(Graph, frustration).Index, Graph.Frustration(frustration).Index);
        Assert.Equal(WalkBalance.Compute(Graph, TieStrength.Absolute), Graph.WalkBalance(new WalkBalanceOptions { Strength = TieStrength.Absolute }));
        Assert.Equal(SignedTriangles.Count(Graph).Graph, Graph.SignedTriangles().Graph);
        Assert.Equal(Factions.Compute(Graph).Factions, Graph.Factions().Factions);
        Assert.Equal(new PnCentrality().Compute(Graph).Values, Graph.PnCentrality().Values);
    }

    [Fact]
    public void Results_CarryTheirOptions()
    {
        var walk = new WalkBalanceOptions { Strength = TieStrength.Absolute };
        var factions = new FactionsOptions { K = 3 };

        Assert.Same(walk, Graph.WalkBalance(walk).Options);
        Assert.Same(factions, Graph.Factions(factions).Options);
        Assert.Equal(TieStrength.Unit, Graph.WalkBalance().Options.Strength);
    }

    [Fact]
    public void Frustration_ProgressCountsEveryNode()
    {
        var reports = new List<MetricProgress>();

        Graph.Frustration(progress: new Reports(reports));

        Assert.Equal(new MetricProgress(Graph.NodeCount, Graph.NodeCount), reports[^1]);
    }

    [Fact]
    public void Frustration_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Graph.Frustration(cancellationToken: cancelled.Token));
    }

    private sealed class Reports(List<MetricProgress> reports) : IProgress<MetricProgress>
    {
        public void Report(MetricProgress value) => reports.Add(value);
    }
}
