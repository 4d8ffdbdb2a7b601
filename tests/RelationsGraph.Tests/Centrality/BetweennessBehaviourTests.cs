using System.Globalization;
using System.Text.RegularExpressions;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.IO;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>The approximation's guarantee and determinism, bad input, cancellation and progress of the shortest-path metrics.</summary>
public class BetweennessBehaviourTests
{
    private const double Epsilon = 0.05;
    private const double Delta = 0.1;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Records every report synchronously (unlike <see cref="Progress{T}"/>) and optionally reacts to it.</summary>
    private sealed class Recorder(Action<MetricProgress>? onReport = null) : IProgress<MetricProgress>
    {
        private readonly List<MetricProgress> reports = [];

        public MetricProgress[] Reports
        {
            get
            {
                lock (reports)
                {
                    return [.. reports];
                }
            }
        }

        public void Report(MetricProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }

            onReport?.Invoke(value);
        }
    }

    private static SignedGraph Highland()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "highland-tribes.edges.csv");
        return GraphProjection.Project(CsvNetworkReader.Read(path).Network).Graph;
    }

    /// <summary>A reproducible signed graph without parallel edges; weights ±(0.5 .. 4), a quarter of them negative.</summary>
    private static SignedGraph RandomGraph(int nodes, int edges, int seed, bool directed)
    {
        var random = new Random(seed);
        var names = TestGraphs.Names(nodes);
        var seen = new HashSet<(int, int)>();
        var list = new List<SignedEdge>();
        while (list.Count < edges)
        {
            var s = random.Next(nodes);
            var t = random.Next(nodes);
            if (s != t && seen.Add(directed ? (s, t) : (Math.Min(s, t), Math.Max(s, t))))
            {
                list.Add(new SignedEdge(names[s], names[t], (random.Next(4) == 0 ? -1 : 1) * (0.5 + (random.NextDouble() * 3.5))));
            }
        }

        return SignedGraph.Create(names, list, directed);
    }

    private static double[] Values(INodeMetric metric, SignedGraph graph) => metric.Compute(graph, null, Token).AsSpan().ToArray();

    // ------------------------------------------------------------------ approximation

    public static TheoryData<string> ApproximationGraphs => ["highland", "highland-positive", "random-undirected", "random-directed", "random-inverse"];

    private static (SignedGraph Graph, BetweennessOptions Options) ApproximationCase(string name) => name switch
    {
        "highland" => (Highland(), new BetweennessOptions()),
        "highland-positive" => (Highland(), new BetweennessOptions { Ties = TieFilter.Positive }),
        "random-undirected" => (RandomGraph(200, 500, seed: 1, directed: false), new BetweennessOptions()),
        "random-directed" => (RandomGraph(200, 800, seed: 2, directed: true), new BetweennessOptions()),
        _ => (RandomGraph(200, 500, seed: 3, directed: false), new BetweennessOptions { Length = EdgeLength.InverseStrength }),
    };

    [Theory]
    [MemberData(nameof(ApproximationGraphs))]
    public void Approximation_EveryNodeWithinEpsilonOnTheUnorderedOrOrderedScale(string name)
    {
        var (graph, options) = ApproximationCase(name);
        var n = graph.NodeCount;
        var exact = Values(new Betweenness(options), graph);
        var approx = Values(new Betweenness(options with { Approximation = new BetweennessApproximation(Epsilon, Delta, Seed: 12345) }), graph);

        // The estimate is of betweenness / (n(n−1)) over ordered pairs; an undirected score counts each pair once.
        var pairs = graph.IsDirected ? n * (n - 1.0) : n * (n - 1.0) / 2;
        Assert.Contains(exact, x => x > 0);
        for (var v = 0; v < n; v++)
        {
            var error = Math.Abs(approx[v] - exact[v]) / pairs;
            Assert.True(error <= Epsilon, $"{name}: {graph.IdOf(v)}: exact {exact[v]}, approximate {approx[v]}, error {error} on the normalized scale");
        }

        // The totals (Σ over pairs of the internal nodes of a path) agree closely: a wrong scale (×2, ×½) would show here.
        var ratio = approx.Sum() / exact.Sum();
        Assert.True(Math.Abs(ratio - 1) <= 0.1, $"{name}: total approximate / exact = {ratio}");
    }

    [Theory]
    [MemberData(nameof(ApproximationGraphs))]
    public void Approximation_SameSeed_IdenticalResult(string name)
    {
        var (graph, options) = ApproximationCase(name);
        var approximate = options with { Approximation = new BetweennessApproximation(Epsilon, Delta, Seed: 7) };

        Assert.Equal(Values(new Betweenness(approximate), graph), Values(new Betweenness(approximate), graph));
    }

    [Fact]
    public void Approximation_DifferentSeeds_UsuallyDiffer()
    {
        var graph = Highland();
        double[] Run(int seed) => Values(new Betweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(Epsilon, Delta, seed) }), graph);

        var first = Run(0);
        Assert.Contains(new[] { 1, 2, 3, 4 }, seed => !Run(seed).SequenceEqual(first));
    }

    [Fact]
    public void Approximation_Normalized_ExactScaleTimesNetworkxFactor()
    {
        var graph = Highland();
        var n = graph.NodeCount;
        var approximation = new BetweennessApproximation(Epsilon, Delta, Seed: 5);
        var raw = Values(new Betweenness(new BetweennessOptions { Approximation = approximation }), graph);
        var normalized = Values(new Betweenness(new BetweennessOptions { Approximation = approximation, Normalized = true }), graph);

        var factor = 2.0 / ((n - 1.0) * (n - 2.0));
        for (var v = 0; v < n; v++)
        {
            Assert.Equal(raw[v] * factor, normalized[v], 12);
        }
    }

    [Fact]
    public void Approximation_Notes_GiveTheSampleCountAndTheProgressCountsSamples()
    {
        var graph = Highland();
        var n = graph.NodeCount;
        var progress = new Recorder();
        var scores = new Betweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(Epsilon, Delta, Seed: 1) }).Compute(graph, progress, Token);

        var note = Assert.Single(scores.Notes);
        var match = Regex.Match(note, @"(\d+) sampled pairs");
        Assert.True(match.Success, note);
        var samples = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

        // r = ⌈(0.5/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ with 3 ≤ VD ≤ n.
        static int R(int vd) => (int)Math.Ceiling(0.5 / (Epsilon * Epsilon) * (Math.Floor(Math.Log2(vd - 2)) + 1 + Math.Log(1 / Delta)));
        Assert.InRange(samples, R(3), R(n));
        Assert.Equal(new MetricProgress(samples, samples), progress.Reports[^1]);
    }

    [Fact]
    public void Approximation_NoInternalNodesPossible_ZerosAndANote()
    {
        var pair = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1));

        var scores = new Betweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(Epsilon) }).Compute(pair, null, Token);

        Assert.Equal([0.0, 0, 0], scores.AsSpan().ToArray());
        Assert.Single(scores.Notes);
    }

    // ------------------------------------------------------------------ bad lengths

    public static TheoryData<double> BadLengths => [0.0, -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    /// <summary>Every path metric, with <paramref name="length"/>, as a function that runs it on a graph.</summary>
    private static IEnumerable<(string Name, Action<SignedGraph> Run)> PathMetrics(EdgeLength length) =>
    [
        ("betweenness", g => new Betweenness(new BetweennessOptions { Length = length }).Compute(g, null, Token)),
        ("edge-betweenness", g => new EdgeBetweenness(new BetweennessOptions { Length = length }).Compute(g, null, Token)),
        ("closeness", g => new Closeness(new ClosenessOptions { Length = length }).Compute(g, null, Token)),
        ("closeness-out", g => new Closeness(new ClosenessOptions { Length = length, Mode = NeighborMode.Out }).Compute(g, null, Token)),
        ("closeness-all", g => new Closeness(new ClosenessOptions { Length = length, Mode = NeighborMode.All }).Compute(g, null, Token)),
        ("harmonic", g => new Harmonic(new HarmonicOptions { Length = length }).Compute(g, null, Token)),
        ("approximate", g => new Betweenness(new BetweennessOptions { Length = length, Approximation = new BetweennessApproximation(0.2) }).Compute(g, null, Token)),
    ];

    [Theory]
    [MemberData(nameof(BadLengths))]
    public void CustomLength_NotFinitePositive_InvalidLengthExceptionNamingTheTie(double bad)
    {
        // Only the tie of weight −2 (alpha–beta) gets the bad length.
        var length = EdgeLength.Custom("odd", w => w == -2 ? bad : 1);
        foreach (var directed in new[] { false, true })
        {
            var graph = SignedGraph.Create(
                ["gamma", "alpha", "beta", "delta"],
                [new SignedEdge("gamma", "alpha", 1), new SignedEdge("alpha", "beta", -2), new SignedEdge("beta", "delta", 3)],
                directed);
            foreach (var (name, run) in PathMetrics(length))
            {
                var e = Assert.Throws<InvalidLengthException>(() => run(graph));

                Assert.Contains("alpha", e.Message, StringComparison.Ordinal);
                Assert.Contains("beta", e.Message, StringComparison.Ordinal);
                Assert.Contains("odd", e.Message, StringComparison.Ordinal);
                if (directed)
                {
                    Assert.True(e.SourceId == "alpha" && e.TargetId == "beta", $"{name}: named {e.SourceId}→{e.TargetId}");
                }
                else
                {
                    Assert.Equal(["alpha", "beta"], new[] { e.SourceId, e.TargetId }.Order(StringComparer.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void WeightAsDistance_ZeroWeightTie_InvalidLengthException()
    {
        var graph = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 0), ("b", "c", 1));

        foreach (var (_, run) in PathMetrics(EdgeLength.WeightAsDistance))
        {
            var e = Assert.Throws<InvalidLengthException>(() => run(graph));
            Assert.Contains("a", new[] { e.SourceId, e.TargetId });
            Assert.Contains("b", new[] { e.SourceId, e.TargetId });
        }
    }

    [Fact]
    public void WeightAsDistance_ZeroWeightTieFilteredOut_NoException()
    {
        var graph = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 0), ("b", "c", 1), ("a", "c", 1));

        var scores = new Betweenness(new BetweennessOptions { Length = EdgeLength.WeightAsDistance, Ties = TieFilter.Positive }).Compute(graph, null, Token);

        // Over the positive ties a–c–b is the only route from a to b.
        Assert.Equal([0.0, 0, 1], scores.AsSpan().ToArray());
    }

    [Fact]
    public void InverseStrength_ZeroWeightTie_CarriesNoPath()
    {
        // a–b has weight 0: with 1/|w| it is infinitely long, so a reaches b through c. In hops it is a direct tie.
        var graph = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 0), ("a", "c", 1), ("c", "b", 1));
        var inverse = new BetweennessOptions { Length = EdgeLength.InverseStrength };

        Assert.Equal([0.0, 0, 1], Values(new Betweenness(inverse), graph));
        Assert.Equal([0.0, 0, 0], Values(new Betweenness(), graph));

        var edges = new EdgeBetweenness(inverse).Compute(graph, null, Token);
        Assert.Equal(0, edges["a", "b"]);
        Assert.Equal(2, edges["a", "c"]);

        // Closeness and harmonic: a is at distance 1 from c and 2 from b.
        Assert.Equal(1.5, Values(new Harmonic(new HarmonicOptions { Length = EdgeLength.InverseStrength }), graph)[0]);
        Assert.Equal(2.0 / 3, Values(new Closeness(new ClosenessOptions { Length = EdgeLength.InverseStrength }), graph)[0], 12);
    }

    [Fact]
    public void InverseStrength_OnlyZeroWeightTies_NothingReached()
    {
        var graph = TestGraphs.Directed(["a", "b"], ("a", "b", 0));

        Assert.Equal([0.0, 0], Values(new Harmonic(new HarmonicOptions { Length = EdgeLength.InverseStrength }), graph));
        Assert.Equal([double.NaN, double.NaN], Values(new Closeness(new ClosenessOptions { Length = EdgeLength.InverseStrength, Convention = ClosenessConvention.IGraph }), graph));
    }

    // ------------------------------------------------------------------ bad options

    [Theory]
    [InlineData(true, "Zed")]
    [InlineData(false, "Zed")]
    [InlineData(true, "a ")]
    public void UnknownSourceOrTarget_UnknownActorExceptionNamingTheId(bool inSources, string id)
    {
        var graph = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1));
        var options = inSources
            ? new BetweennessOptions { Sources = ["a", id] }
            : new BetweennessOptions { Targets = ["b", id] };

        var vertex = Assert.Throws<UnknownActorException>(() => new Betweenness(options).Compute(graph, null, Token));
        var edge = Assert.Throws<UnknownActorException>(() => new EdgeBetweenness(options).Compute(graph, null, Token));

        foreach (var e in new[] { vertex, edge })
        {
            Assert.Equal(id, e.ActorId);
            Assert.Contains($"'{id}'", e.Message, StringComparison.Ordinal);
            Assert.Contains(inSources ? "sources" : "targets", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Adversaries_NoNegativeTies_ZerosAndANote()
    {
        var graph = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", 1), ("b", "c", 2), ("c", "d", 1));
        var options = new BetweennessOptions { Adversaries = true };

        var vertex = new Betweenness(options).Compute(graph, null, Token);
        var edges = new EdgeBetweenness(options).Compute(graph, null, Token);

        Assert.All(vertex.Values, v => Assert.Equal(0, v));
        Assert.All(edges.Edges, e => Assert.Equal(0, e.Value));
        Assert.Contains("negative", Assert.Single(vertex.Notes), StringComparison.Ordinal);
        Assert.Contains("negative", Assert.Single(edges.Notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 0.1)]
    [InlineData(1.0, 0.1)]
    [InlineData(-0.1, 0.1)]
    [InlineData(1.5, 0.1)]
    [InlineData(double.NaN, 0.1)]
    [InlineData(0.1, 0.0)]
    [InlineData(0.1, 1.0)]
    [InlineData(0.1, 2.0)]
    [InlineData(0.1, double.NaN)]
    public void Approximation_EpsilonOrDeltaOutsideUnitInterval_ArgumentOutOfRangeAtConstruction(double epsilon, double delta)
    {
        var options = new BetweennessOptions { Approximation = new BetweennessApproximation(epsilon, delta) };

        Assert.Throws<ArgumentOutOfRangeException>(() => new Betweenness(options));
    }

    public static TheoryData<string> ApproximationConflicts => ["sources", "targets", "adversaries", "cutoff", "endpoints"];

    [Theory]
    [MemberData(nameof(ApproximationConflicts))]
    public void Approximation_WithExactOnlyOption_ArgumentException(string conflict)
    {
        var approximate = new BetweennessOptions { Approximation = new BetweennessApproximation(0.1) };
        var options = conflict switch
        {
            "sources" => approximate with { Sources = ["a"] },
            "targets" => approximate with { Targets = ["a"] },
            "adversaries" => approximate with { Adversaries = true },
            "cutoff" => approximate with { Cutoff = 2 },
            _ => approximate with { Endpoints = true },
        };

        Assert.Throws<InvalidOptionsException>(() => new Betweenness(options));
    }

    [Fact]
    public void EdgeBetweenness_EndpointsOrApproximation_ArgumentException()
    {
        Assert.Throws<InvalidOptionsException>(() => new EdgeBetweenness(new BetweennessOptions { Endpoints = true }));
        Assert.Throws<InvalidOptionsException>(() => new EdgeBetweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(0.1) }));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1e-9)]
    [InlineData(double.NaN)]
    public void Cutoff_NegativeOrNaN_ArgumentOutOfRangeWhenComputing(double cutoff)
    {
        var graph = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1));

        // Construction accepts the options; the computation rejects them.
        var betweenness = new Betweenness(new BetweennessOptions { Cutoff = cutoff });
        var edges = new EdgeBetweenness(new BetweennessOptions { Cutoff = cutoff });
        var closeness = new Closeness(new ClosenessOptions { Cutoff = cutoff });
        var harmonic = new Harmonic(new HarmonicOptions { Cutoff = cutoff });

        Assert.Throws<ArgumentOutOfRangeException>(() => betweenness.Compute(graph, null, Token));
        Assert.Throws<ArgumentOutOfRangeException>(() => edges.Compute(graph, null, Token));
        Assert.Throws<ArgumentOutOfRangeException>(() => closeness.Compute(graph, null, Token));
        Assert.Throws<ArgumentOutOfRangeException>(() => harmonic.Compute(graph, null, Token));
    }

    [Fact]
    public void Cutoff_Zero_NoPairCounts()
    {
        var graph = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1));

        Assert.Equal([0.0, 0, 0], Values(new Betweenness(new BetweennessOptions { Cutoff = 0, Endpoints = true }), graph));
        Assert.Equal([0.0, 0, 0], Values(new Harmonic(new HarmonicOptions { Cutoff = 0 }), graph));
    }

    [Fact]
    public void CustomLength_BadArguments_Rejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => EdgeLength.Custom("", w => 1));
        Assert.Throws<ArgumentNullException>(() => EdgeLength.Custom("x", null!));
        Assert.Throws<ArgumentException>(() => EdgeLength.Parse("foo"));
    }

    // ------------------------------------------------------------------ cancellation and progress

    private static IEnumerable<(string Name, Action<SignedGraph, IProgress<MetricProgress>?, CancellationToken> Run)> Cancellable() =>
    [
        ("betweenness", (g, p, t) => new Betweenness().Compute(g, p, t)),
        ("betweenness-inverse", (g, p, t) => new Betweenness(new BetweennessOptions { Length = EdgeLength.InverseStrength }).Compute(g, p, t)),
        ("edge-betweenness", (g, p, t) => new EdgeBetweenness().Compute(g, p, t)),
        ("closeness", (g, p, t) => new Closeness().Compute(g, p, t)),
        ("harmonic", (g, p, t) => new Harmonic().Compute(g, p, t)),
        ("approximate", (g, p, t) => new Betweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(0.01) }).Compute(g, p, t)),
    ];

    [Fact]
    public void Compute_PreCancelledToken_OperationCanceled()
    {
        var graph = RandomGraph(50, 100, seed: 4, directed: false);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        foreach (var (_, run) in Cancellable())
        {
            Assert.ThrowsAny<OperationCanceledException>(() => run(graph, null, cts.Token));
        }
    }

    [Fact]
    public void Compute_CancelledFromFirstProgressReport_StopsWithOperationCanceled()
    {
        var graph = RandomGraph(3000, 9000, seed: 6, directed: false);
        foreach (var (name, run) in Cancellable())
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(Token);
            var progress = new Recorder(_ => cts.Cancel());

            Assert.ThrowsAny<OperationCanceledException>(() => run(graph, progress, cts.Token));

            var reports = progress.Reports;
            Assert.NotEmpty(reports);
            Assert.True(reports[^1].Done < reports[^1].Total, $"{name}: ran to the end ({reports[^1]}) despite the cancellation");
        }
    }

    [Fact]
    public void Progress_AllPairs_LastReportIsEverySource()
    {
        var graph = RandomGraph(100, 300, seed: 8, directed: true);
        var progress = new Recorder();

        new Betweenness().Compute(graph, progress, Token);

        Assert.Equal(new MetricProgress(100, 100), progress.Reports[^1]);
        Assert.True(progress.Reports.Zip(progress.Reports.Skip(1)).All(p => p.First.Done <= p.Second.Done), "reports go backwards");
    }

    [Fact]
    public void Progress_SubsetAndAdversaries_LastReportCountsTheSources()
    {
        var graph = RandomGraph(100, 300, seed: 8, directed: false);
        var sources = graph.NodeIds.Take(37).ToArray();
        var subset = new Recorder();
        var edges = new Recorder();
        var hostile = new Recorder();

        new Betweenness(new BetweennessOptions { Sources = sources }).Compute(graph, subset, Token);
        new EdgeBetweenness(new BetweennessOptions { Sources = sources }).Compute(graph, edges, Token);
        new Betweenness(new BetweennessOptions { Adversaries = true, Ties = TieFilter.Positive }).Compute(graph, hostile, Token);

        Assert.Equal(new MetricProgress(37, 37), subset.Reports[^1]);
        Assert.Equal(new MetricProgress(37, 37), edges.Reports[^1]);
        var withNegativeTie = Enumerable.Range(0, graph.NodeCount).Count(v => graph.OutWeightsOf(v).ToArray().Any(w => w < 0));
        Assert.Equal(new MetricProgress(withNegativeTie, withNegativeTie), hostile.Reports[^1]);
    }

    [Fact]
    public void Progress_NoSources_ReportsZeroOfZero()
    {
        var graph = TestGraphs.Undirected(["a", "b"], ("a", "b", 1));
        var progress = new Recorder();

        new Betweenness(new BetweennessOptions { Sources = [] }).Compute(graph, progress, Token);

        Assert.Equal(new MetricProgress(0, 0), progress.Reports[^1]);
    }

    [Fact]
    public void Progress_ClosenessAndHarmonic_ReachEveryNode()
    {
        var graph = RandomGraph(600, 1200, seed: 10, directed: true);
        var closeness = new Recorder();
        var harmonic = new Recorder();

        new Closeness().Compute(graph, closeness, Token);
        new Harmonic().Compute(graph, harmonic, Token);

        Assert.Contains(new MetricProgress(600, 600), closeness.Reports);
        Assert.Contains(new MetricProgress(600, 600), harmonic.Reports);
        Assert.All(closeness.Reports, r => Assert.Equal(600, r.Total));
    }
}
