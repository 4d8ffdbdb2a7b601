using RelationsGraph.Centrality;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>The guard that refuses exact all-pairs computations whose estimated time is absurd, unless forced.</summary>
public sealed class ExactComputationGuardTests
{
    [Fact]
    public void MillionNodesTenMillionEdges_IsRefused_UnlessForced()
    {
        // 1,000,000 sources × 20,000,000 arcs × 5 ns on 2 cores ≈ 14 hours.
        var options = new BetweennessOptions { MaxDegreeOfParallelism = 2 };

        var e = Assert.Throws<ComputationTooLargeException>(() => options.GuardExact("betweenness", 1_000_000, 20_000_000, weighted: false));

        Assert.InRange(e.EstimatedSeconds / 3600, 13, 15);
        Assert.Contains("approximation", e.Message, StringComparison.Ordinal);
        (options with { Force = true }).GuardExact("betweenness", 1_000_000, 20_000_000, weighted: false);
        options.GuardExact("betweenness", 20_000, 200_000, weighted: true); // the 20k benchmark graph: minutes, allowed
    }

    [Fact]
    public void Metrics_RunNormallyOnOrdinaryGraphs()
    {
        var g = TestGraphs.Random(200, 800, seed: 3, directed: false);

        Assert.Equal(200, new Betweenness().Compute(g).Count);
        Assert.Equal(200, new Closeness().Compute(g).Count);
    }
}
