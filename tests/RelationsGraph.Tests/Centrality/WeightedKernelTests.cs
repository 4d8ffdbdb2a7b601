using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>
/// The three Dijkstra variants of the path kernel agree: whole-number lengths (bucket queue, exact comparisons),
/// other separated lengths (heap, tolerance without settle-order checks) and lengths with tiny ones (heap, every
/// check). The same lengths scaled by π/10 (no quantum: the heap and the real-valued kernel) leave every shortest path shortest within the tolerance, so betweenness,
/// edge betweenness, cutoffs and the approximation's sampled paths must not change.
/// </summary>
public class WeightedKernelTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A preferential-attachment graph with many equal-length paths: weights ±1..4, and an extra pair far away.</summary>
    private static SignedGraph Graph(bool directed, double extraWeight)
    {
        var random = new Random(11);
        const int n = 300;
        var names = TestGraphs.Names(n + 2);
        var edges = new List<SignedEdge>();
        var endpoints = new List<int> { 0, 1 };
        edges.Add(new SignedEdge(names[0], names[1], 1));
        for (var u = 2; u < n; u++)
        {
            var chosen = new HashSet<int>();
            while (chosen.Count < Math.Min(3, u))
            {
                chosen.Add(endpoints[random.Next(endpoints.Count)]);
            }

            foreach (var v in chosen.Order())
            {
                var weight = random.Next(1, 5) * (random.NextDouble() < 0.7 ? 1 : -1);
                edges.Add(random.Next(2) == 0 ? new SignedEdge(names[u], names[v], weight) : new SignedEdge(names[v], names[u], weight));
                endpoints.Add(u);
                endpoints.Add(v);
            }
        }

        edges.Add(new SignedEdge(names[n], names[n + 1], extraWeight));
        return SignedGraph.Create(names, edges, directed);
    }

    /// <summary>Lengths scaled by π/10: no whole number of any quantum, so the one-source heap and the real-valued kernel run.</summary>
    private const double Factor = Math.PI / 10;

    private static readonly EdgeLength Scaled = EdgeLength.Custom("scaled", w => Factor * Math.Abs(w));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AdjacencyPicksTheKernel(bool directed)
    {
        var graph = Graph(directed, 2);
        var integral = PathAdjacency.Out(graph, EdgeLength.WeightAsDistance);
        Assert.Equal(4, integral.IntegralLengthBound);
        Assert.NotNull(integral.PackedArcs);
        Assert.Equal(0, PathAdjacency.Out(graph, Scaled).IntegralLengthBound);
        Assert.True(PathAdjacency.Out(graph, Scaled).LengthsSeparated);
        Assert.False(PathAdjacency.Out(Graph(directed, 1e-12), EdgeLength.WeightAsDistance).LengthsSeparated);
        Assert.Equal(0, PathAdjacency.Out(graph, EdgeLength.Hops).IntegralLengthBound);
    }

    [Theory]
    [InlineData(false, double.PositiveInfinity, false)]
    [InlineData(true, double.PositiveInfinity, false)]
    [InlineData(false, 7, true)]
    [InlineData(true, 5, false)]
    public void BetweennessAgreesAcrossKernels(bool directed, double cutoff, bool endpoints)
    {
        var graph = Graph(directed, 2);
        var tiny = Graph(directed, 1e-12);
        var options = new BetweennessOptions { Length = EdgeLength.WeightAsDistance, Endpoints = endpoints, Cutoff = double.IsPositiveInfinity(cutoff) ? null : cutoff };
        var integral = new Betweenness(options).Compute(graph, null, Token);
        var scaled = new Betweenness(options with { Length = Scaled, Cutoff = options.Cutoff * Factor }).Compute(graph, null, Token);
        var tinyScores = new Betweenness(options).Compute(tiny, null, Token);
        Assert.Contains(integral.Values, v => v > 0);
        foreach (var (id, value) in integral)
        {
            Assert.Equal(value, scaled[id], 1e-9 * Math.Max(1, Math.Abs(value)));
            Assert.Equal(value, tinyScores[id], 1e-9 * Math.Max(1, Math.Abs(value)));
        }

        var edgeOptions = options with { Endpoints = false };
        var edgesIntegral = new EdgeBetweenness(edgeOptions).Compute(graph, null, Token);
        var edgesScaled = new EdgeBetweenness(edgeOptions with { Length = Scaled, Cutoff = options.Cutoff * Factor }).Compute(graph, null, Token);
        var scaledByPair = edgesScaled.Edges.ToDictionary(e => (e.Source, e.Target), e => e.Value);
        foreach (var e in edgesIntegral.Edges)
        {
            Assert.Equal(e.Value, scaledByPair[(e.Source, e.Target)], 1e-9 * Math.Max(1, Math.Abs(e.Value)));
        }
    }

    [Fact]
    public void ApproximationSamplesTheSamePaths()
    {
        var graph = Graph(directed: false, 2);
        var options = new BetweennessOptions { Length = EdgeLength.WeightAsDistance, Approximation = new BetweennessApproximation(0.1, Seed: 5) };
        var integral = new Betweenness(options).Compute(graph, null, Token);
        var scaled = new Betweenness(options with { Length = Scaled }).Compute(graph, null, Token);
        foreach (var (id, value) in integral)
        {
            Assert.Equal(value, scaled[id], 1e-12);
        }
    }

    [Fact]
    public void ClosenessAgreesAcrossKernels()
    {
        var graph = Graph(directed: false, 2);
        var integral = new Closeness(new ClosenessOptions { Length = EdgeLength.WeightAsDistance }).Compute(graph, null, Token);
        var scaled = new Closeness(new ClosenessOptions { Length = Scaled }).Compute(graph, null, Token);
        foreach (var (id, value) in integral)
        {
            Assert.Equal(value, Factor * scaled[id], 1e-9 * Math.Max(1, Math.Abs(value)));
        }
    }
}
