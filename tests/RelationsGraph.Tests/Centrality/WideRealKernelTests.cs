using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>
/// The eight-source kernel for real-valued lengths (<see cref="WideRealWorker"/>, AVX-512) against the one-source
/// kernel (<see cref="ShortestPathWorker"/>): the same node and slot dependencies with |w| and 1/|w| lengths in steps of
/// 0.1 (so that many paths are equal only within the tolerance, like 0.1 + 0.2 and 0.3), different target weights per
/// lane, cutoffs, endpoints, zero weights (infinite inverse lengths), directed and undirected graphs, partial batches
/// and repeated searches on one worker; and the same bytes on 1, 2 and 8 workers.
/// </summary>
public class WideRealKernelTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A random graph with weights ±0.1..1.0 in steps of 0.1, some of them 0 when <paramref name="zeros"/>.</summary>
    private static SignedGraph RandomGraph(int seed, int n, int m, bool directed, bool zeros = false)
    {
        var random = new Random(seed);
        var sources = new int[m];
        var targets = new int[m];
        var weights = new double[m];
        for (var e = 0; e < m; e++)
        {
            sources[e] = random.Next(n);
            targets[e] = (sources[e] + 1 + random.Next(n - 1)) % n;
            weights[e] = zeros && random.Next(20) == 0 ? 0 : random.Next(1, 11) * 0.1 * (random.NextDouble() < 0.7 ? 1 : -1);
        }

        return SignedGraph.Create(TestGraphs.Names(n), sources, targets, weights, directed, EdgeAggregation.Max);
    }

    [Theory]
    [InlineData(1, false, double.PositiveInfinity, false, false)]
    [InlineData(2, true, double.PositiveInfinity, false, false)]
    [InlineData(3, false, double.PositiveInfinity, true, true)]
    [InlineData(4, true, double.PositiveInfinity, true, true)]
    [InlineData(5, false, 1.3, true, false)]
    [InlineData(6, true, 0.9, false, false)]
    [InlineData(7, false, 12, false, true)]
    [InlineData(8, true, 7.5, true, true)]
    [InlineData(9, false, 0.3, false, false)]
    public void MatchesTheOneSourceKernel(int seed, bool directed, double cutoff, bool endpoints, bool inverse)
    {
        Assert.SkipUnless(WideRealWorker.IsSupported, "needs AVX-512");
        var graph = RandomGraph(seed, 120, 300, directed, zeros: inverse);
        var adjacency = PathAdjacency.Out(graph, inverse ? EdgeLength.InverseStrength : EdgeLength.WeightAsDistance);
        // |w| in steps of 0.1 are whole numbers of the quantum 1/10 (the engine would take Dial's kernel, see
        // WideDialKernelTests); 1/|w| here has infinite lengths. The real-valued kernel runs on both when asked.
        Assert.Equal(inverse ? 0 : 10, adjacency.IntegralLengthBound);
        Assert.True(WideRealWorker.Applies(adjacency, out _, out _));
        BatchedKernelHarness.AssertMatchesOneSource(new WideRealWorker(adjacency, directed ? RenumberedAdjacency.Reverse(adjacency) : null), WideRealWorker.Lanes, adjacency, directed, cutoff, endpoints, seed);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void SameBytesOnOneTwoAndEightWorkers(bool directed, bool inverse)
    {
        var graph = RandomGraph(21, 400, 1200, directed, zeros: inverse);
        var length = inverse ? EdgeLength.InverseStrength : EdgeLength.WeightAsDistance;
        var options = new BetweennessOptions { Length = length, MaxDegreeOfParallelism = 1 };
        var one = new Betweenness(options).Compute(graph, null, Token);
        var oneEdges = new EdgeBetweenness(options).Compute(graph, null, Token);
        Assert.Contains(one.Values, v => v > 0);
        foreach (var workers in new[] { 2, 8 })
        {
            var many = new Betweenness(options with { MaxDegreeOfParallelism = workers }).Compute(graph, null, Token);
            foreach (var (id, value) in one)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(many[id]));
            }

            var manyEdges = new EdgeBetweenness(options with { MaxDegreeOfParallelism = workers }).Compute(graph, null, Token);
            Assert.Equal(oneEdges.Edges.Count, manyEdges.Edges.Count);
            for (var i = 0; i < oneEdges.Edges.Count; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(oneEdges.Edges[i].Value), BitConverter.DoubleToInt64Bits(manyEdges.Edges[i].Value));
            }
        }
    }

    [Fact]
    public void AMemoryBudgetRunsFewerWorkersWithTheSameBytes()
    {
        Assert.SkipUnless(WideRealWorker.IsSupported, "needs AVX-512 (the kernels whose sizes the budget is set from)");

        // Hops (sixteen-lane kernel) and real lengths: a budget for one worker's state runs one worker and says so;
        // the results are bit-identical to four workers within an ample budget.
        var graph = RandomGraph(5, 300, 900, directed: false);
        foreach (var length in new[] { EdgeLength.Hops, EdgeLength.WeightAsDistance })
        {
            var options = new BetweennessOptions { Length = length, MaxDegreeOfParallelism = 4 };
            var perWorker = BetweennessEngine.BytesPerWorker(
                length.IsHops ? BetweennessEngine.KernelKind.Wide : BetweennessEngine.KernelKind.Real, graph.NodeCount, graph.NodeCount);
            Assert.True(perWorker >= 160 * graph.NodeCount);
            var tight = new Betweenness(options with { WorkingMemoryBudget = perWorker + 1 }).Compute(graph, null, Token);
            var ample = new Betweenness(options with { WorkingMemoryBudget = 1L << 40 }).Compute(graph, null, Token);
            Assert.Contains(tight.Notes, note => note.StartsWith("1 worker(s) instead of 4", StringComparison.Ordinal));
            Assert.DoesNotContain(ample.Notes, note => note.Contains("worker(s) instead of", StringComparison.Ordinal));
            foreach (var (id, value) in ample)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(tight[id]));
            }
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-300)]
    [InlineData(0.3)]
    [InlineData(1.3)]
    [InlineData(2.0000000001)]
    [InlineData(7.5)]
    [InlineData(123456.789)]
    public void CutoffBoundIsTheFirstLengthBeyondTheCutoff(double cutoff)
    {
        var bound = WideRealWorker.CutoffBound(cutoff);
        Assert.False(PathTolerance.WithinCutoff(bound, cutoff));
        Assert.True(PathTolerance.WithinCutoff(Math.BitDecrement(bound), cutoff));
        Assert.Equal(double.PositiveInfinity, WideRealWorker.CutoffBound(double.PositiveInfinity));
        Assert.Equal(0, WideRealWorker.CutoffBound(-1));
    }

    [Fact]
    public void AppliesOnlyToSeparatedLengthsWithinTheRatio()
    {
        Assert.True(WideRealWorker.Applies(TestGraphs.Chain(0.25, 1.0 / 3, 4), out var min, out var max));
        Assert.Equal(0.25, min);
        Assert.Equal(4, max);
        Assert.True(WideRealWorker.Applies(TestGraphs.Chain(1, double.PositiveInfinity, 2.5), out _, out _));
        Assert.False(WideRealWorker.Applies(TestGraphs.Chain(1e-3, 5), out _, out _));
        Assert.False(WideRealWorker.Applies(TestGraphs.Chain(1e-12, 1), out _, out _));
        Assert.False(WideRealWorker.Applies(TestGraphs.Chain(double.PositiveInfinity), out _, out _));
    }
}
