using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>
/// The eight-source kernel for whole-number lengths (<see cref="WideDialWorker"/>, AVX-512) against the one-source
/// kernel (<see cref="ShortestPathWorker"/>): the same node and slot dependencies, with different target weights per
/// lane, cutoffs, endpoints, directed and undirected graphs, partial batches and repeated searches on one worker.
/// </summary>
public class WideDialKernelTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A random graph with whole-number lengths 1..<paramref name="maxLength"/> (weights of both signs).</summary>
    private static SignedGraph RandomGraph(int seed, int n, int m, int maxLength, bool directed)
    {
        var random = new Random(seed);
        var sources = new int[m];
        var targets = new int[m];
        var weights = new double[m];
        for (var e = 0; e < m; e++)
        {
            sources[e] = random.Next(n);
            targets[e] = (sources[e] + 1 + random.Next(n - 1)) % n;
            weights[e] = random.Next(1, maxLength + 1) * (random.NextDouble() < 0.7 ? 1 : -1);
        }

        return SignedGraph.Create(TestGraphs.Names(n), sources, targets, weights, directed, EdgeAggregation.Max);
    }

    [Theory]
    [InlineData(1, false, double.PositiveInfinity, false, 4)]
    [InlineData(2, true, double.PositiveInfinity, false, 4)]
    [InlineData(3, false, 6, true, 4)]
    [InlineData(4, true, 5, true, 3)]
    [InlineData(5, false, double.PositiveInfinity, true, 1)]
    [InlineData(6, true, 9, false, 17)]
    [InlineData(7, false, 1, true, 2)]
    [InlineData(8, true, 2.0000000001, true, 2)]
    public void MatchesTheOneSourceKernel(int seed, bool directed, double cutoff, bool endpoints, int maxLength)
    {
        Assert.SkipUnless(WideDialWorker.IsSupported, "needs AVX-512");
        var graph = RandomGraph(seed, 120, 300, maxLength, directed);
        var adjacency = PathAdjacency.Out(graph, EdgeLength.WeightAsDistance);
        Assert.True(adjacency.IntegralLengthBound > 0);
        BatchedKernelHarness.AssertMatchesOneSource(new WideDialWorker(adjacency, directed ? RenumberedAdjacency.Reverse(adjacency) : null), WideDialWorker.Lanes, adjacency, directed, cutoff, endpoints, seed);
    }

    [Theory]
    [InlineData(false, double.PositiveInfinity, false)]
    [InlineData(true, double.PositiveInfinity, true)]
    [InlineData(false, 1.25, true)]
    [InlineData(true, 0.75000000001, false)]
    public void QuarterStepsRunOnQuanta(bool directed, double cutoff, bool endpoints)
    {
        // Weights in steps of 0.25: |w| lengths are whole numbers of the quantum 0.25, exact in doubles, so the Dial
        // kernels run on them; the real-valued kernel, which knows nothing of quanta, must agree.
        Assert.SkipUnless(WideDialWorker.IsSupported, "needs AVX-512");
        var whole = RandomGraph(40 + (directed ? 1 : 0), 120, 300, 4, directed);
        var edges = whole.EdgesById().Select(e => e with { Weight = e.Weight * 0.25 }).ToList();
        var graph = SignedGraph.Create(whole.NodeIds, edges, directed);
        var adjacency = PathAdjacency.Out(graph, EdgeLength.WeightAsDistance);
        Assert.Equal(4, adjacency.IntegralLengthBound);
        Assert.Equal(0.25, adjacency.LengthQuantum);
        Assert.True(adjacency.ExactQuantum);
        AssertKernelsAgree(adjacency, directed, cutoff, endpoints, single =>
        {
            for (var v = 0; v < adjacency.NodeCount; v++)
            {
                // Distances in real units, whole numbers of quanta.
                var d = single.Distance(v);
                Assert.True(double.IsPositiveInfinity(d) || d * 4 == Math.Floor(d * 4));
            }
        });

        // Closeness reads the one-source kernel's distances: in real units, a quarter of the whole-number graph's.
        var quarter = new Closeness(new ClosenessOptions { Length = EdgeLength.WeightAsDistance }).Compute(graph, null, Token);
        var wholeCloseness = new Closeness(new ClosenessOptions { Length = EdgeLength.WeightAsDistance }).Compute(whole, null, Token);
        foreach (var (id, value) in wholeCloseness)
        {
            Assert.Equal(4 * value, quarter[id], 1e-12 * Math.Max(1, Math.Abs(quarter[id])));
        }
    }

    [Theory]
    [InlineData(false, double.PositiveInfinity, false, true)]
    [InlineData(true, double.PositiveInfinity, true, true)]
    [InlineData(false, 2.6666666666666665, true, true)]
    [InlineData(true, 3.3333333333, false, true)]
    [InlineData(false, double.PositiveInfinity, true, false)]
    [InlineData(true, double.PositiveInfinity, false, false)]
    [InlineData(false, 0.6, false, false)]
    [InlineData(true, 0.30000000001, true, false)]
    public void RationalQuantaRunOnDial(bool directed, double cutoff, bool endpoints, bool inverse)
    {
        // 1/|w| on weights in steps of 0.25 (4, 2, 4/3, 1: thirds) and |w| in steps of 0.1 (tenths): neither quantum is
        // a double, the lengths are a rounding step off their multiples, and many paths are equal only within the
        // tolerance (0.1 + 0.2 and 0.3; 4/3 + 4/3 + 4/3 and 4). Dial's kernel on whole numbers of quanta must find the
        // same shortest paths as the one-source heap and the real-valued kernel, which compare with the tolerance.
        Assert.SkipUnless(WideDialWorker.IsSupported, "needs AVX-512");
        var whole = RandomGraph(50 + (directed ? 1 : 0), 120, 300, inverse ? 4 : 10, directed);
        var step = inverse ? 0.25 : 0.1;
        var edges = whole.EdgesById().Select(e => e with { Weight = e.Weight * step }).ToList();
        var graph = SignedGraph.Create(whole.NodeIds, edges, directed);
        var adjacency = PathAdjacency.Out(graph, inverse ? EdgeLength.InverseStrength : EdgeLength.WeightAsDistance);
        Assert.Equal(inverse ? 3 : 10, adjacency.LengthDenominator);
        Assert.Equal(inverse ? 12 : 10, adjacency.IntegralLengthBound);
        Assert.False(adjacency.ExactQuantum);
        Assert.Same(BetweennessKernel.WideDial, BetweennessKernel.Choose(adjacency, adversaries: false, sourceCount: 2));
        AssertKernelsAgree(adjacency, directed, cutoff, endpoints, _ => { });
    }

    [Fact]
    public void QuantaAreDetectedWithinARoundingStep()
    {
        static (int Denominator, int Bound) Quanta(params double[] lengths)
        {
            var adjacency = TestGraphs.Chain(lengths);
            return (adjacency.LengthDenominator, adjacency.IntegralLengthBound);
        }

        Assert.Equal((4, 4), Quanta(0.25, 0.5, 0.75, 1));
        Assert.Equal((3, 12), Quanta(1 / 0.25, 1 / 0.5, 1 / 0.75, 1));
        Assert.Equal((10, 10), Quanta(0.1, 0.2, 3 * 0.1, 0.7, 1));
        Assert.Equal((12, 24), Quanta(1.0 / 3, 0.25, 2));
        Assert.Equal((1024, 1024), Quanta(1.0 / 1024, 1));
        Assert.Equal((0, 0), Quanta(Math.PI, 1));
        Assert.Equal((0, 0), Quanta(0.3333333, 1));             // seven digits of 1/3: not within a rounding step
        Assert.Equal((0, 0), Quanta(1.0 / 3, 1.0 / 5, 1.0 / 7)); // 1/105: finer than 1/64 and not a power of two
        Assert.Equal((0, 0), Quanta(1.0 / 2048, 1));            // 2^-11
        Assert.Equal((0, 0), Quanta(1.0 / 3, 4096.0 / 3));      // 4096 quanta
        Assert.Equal((0, 0), Quanta(1, double.PositiveInfinity));
        Assert.Equal(3, PathAdjacency.LeastDenominator(4.0 / 3));
        Assert.Equal(0, PathAdjacency.LeastDenominator(Math.E));
        Assert.True(TestGraphs.Chain(0.25, 1).ExactQuantum);
        Assert.False(TestGraphs.Chain(0.5, 1.0 / 3).ExactQuantum);
    }

    /// <summary>
    /// Dial's eight lanes, the real-valued eight lanes and the one-source kernel, over every full batch of
    /// <paramref name="adjacency"/>: the same node and slot dependencies to 1e-12. <paramref name="checkSingle"/> sees
    /// the one-source kernel after each of its searches.
    /// </summary>
    private static void AssertKernelsAgree(PathAdjacency adjacency, bool directed, double cutoff, bool endpoints, Action<ShortestPathWorker> checkSingle)
    {
        var n = adjacency.NodeCount;
        var reverse = directed ? RenumberedAdjacency.Reverse(adjacency) : null;
        var dial = new WideDialWorker(adjacency, reverse);
        var real = new WideRealWorker(adjacency, reverse);
        var single = new ShortestPathWorker(adjacency);
        var weights = new double[n];
        Array.Fill(weights, directed ? 1 : 0.5);
        var lanes = new double[WideDialWorker.Lanes][];
        Array.Fill(lanes, weights);
        var slots = adjacency.Targets.Length;
        double[] dialNodes = new double[n], realNodes = new double[n], singleNodes = new double[n];
        double[] dialSlots = new double[slots], realSlots = new double[slots], singleSlots = new double[slots];
        for (var start = 0; start + WideDialWorker.Lanes <= n; start += WideDialWorker.Lanes)
        {
            var batch = Enumerable.Range(start, WideDialWorker.Lanes).ToArray();
            Assert.True(dial.Run(batch, cutoff));
            dial.Accumulate(lanes, dialNodes, dialSlots, endpoints);
            real.Run(batch, cutoff);
            real.Accumulate(lanes, realNodes, realSlots, endpoints);
            foreach (var s in batch)
            {
                single.Run(s, cutoff);
                single.Accumulate(weights, singleNodes, singleSlots, endpoints);
                checkSingle(single);
            }
        }

        Assert.Contains(singleNodes, v => v > 0);
        for (var v = 0; v < n; v++)
        {
            Assert.Equal(singleNodes[v], dialNodes[v], 1e-12 * Math.Max(1, Math.Abs(singleNodes[v])));
            Assert.Equal(singleNodes[v], realNodes[v], 1e-12 * Math.Max(1, Math.Abs(singleNodes[v])));
        }

        for (var k = 0; k < slots; k++)
        {
            Assert.Equal(singleSlots[k], dialSlots[k], 1e-12 * Math.Max(1, Math.Abs(singleSlots[k])));
            Assert.Equal(singleSlots[k], realSlots[k], 1e-12 * Math.Max(1, Math.Abs(singleSlots[k])));
        }
    }

    [Fact]
    public void FarSearchesFallBackToTheOneSourceKernel()
    {
        // A path whose distances pass the wide kernel's 16-bit range: 30 ties of length 4000 (120,000 in all).
        const int n = 31;
        var names = TestGraphs.Names(n);
        var edges = new List<SignedEdge>();
        for (var v = 0; v + 1 < n; v++)
        {
            edges.Add(new SignedEdge(names[v], names[v + 1], 4000));
        }

        var graph = SignedGraph.Create(names, edges, isDirected: false);
        Assert.Equal(4000, PathAdjacency.Out(graph, EdgeLength.WeightAsDistance).IntegralLengthBound);
        var weighted = new Betweenness(new BetweennessOptions { Length = EdgeLength.WeightAsDistance }).Compute(graph, null, Token);
        var hops = new Betweenness(new BetweennessOptions()).Compute(graph, null, Token);
        foreach (var (id, value) in hops)
        {
            Assert.Equal(value, weighted[id], 1e-9);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BetweennessIsTheSameOnAnyNumberOfCores(bool directed)
    {
        var graph = RandomGraph(21, 400, 1200, 4, directed);
        var options = new BetweennessOptions { Length = EdgeLength.WeightAsDistance, MaxDegreeOfParallelism = 1 };
        var thirds = SignedGraph.Create(graph.NodeIds, graph.EdgesById().Select(e => e with { Weight = e.Weight * 0.25 }).ToList(), directed);
        var inverse = options with { Length = EdgeLength.InverseStrength };
        foreach (var (g, o) in new[] { (graph, options), (thirds, inverse) })
        {
            var one = new Betweenness(o).Compute(g, null, Token);
            foreach (var workers in new[] { 2, 8 })
            {
                var many = new Betweenness(o with { MaxDegreeOfParallelism = workers }).Compute(g, null, Token);
                foreach (var (id, value) in one)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(many[id]));
                }
            }
        }
    }
}
