using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Common;

namespace RelationsGraph.Brokerage;

/// <summary>
/// Signed brokerage: node v brokers the ordered pair (a, b) when a → v → b over positive ties, a ≠ b, there is no
/// positive tie a → b, and a and b are hostile — joined by a negative tie (either direction). Roles by group as in
/// Gould–Fernandez brokerage. The null model permutes the signs over the fixed topology (each tie keeps its place;
/// the number of positive and negative ties is kept) with a seeded generator; per node, group and graph it gives the
/// permutations' mean and standard deviation (n − 1), the z-score and the empirical one-sided p-value
/// (1 + #{null ≥ raw}) / (permutations + 1). Results are identical for a seed on any number of cores.
/// </summary>
public sealed class SignedBrokerage : BrokerageMetric<SignedBrokerageOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "signed-brokerage";

    private const int Roles = 6;

    /// <summary>Creates the metric.</summary>
    /// <param name="options">The options; <see cref="BrokerageOptions.Groups"/> is required when computing.</param>
    /// <exception cref="InvalidOptionsException">Ties other than all, or a negative number of permutations.</exception>
    public SignedBrokerage(SignedBrokerageOptions options)
        : base(MetricName, Validate(options))
    {
    }

    /// <inheritdoc/>
    /// <exception cref="MissingGroupException">A node has no group.</exception>
    public override BrokerageResult Analyze(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var group = Options.RequireGroups().Resolve(graph, out var labels);
        var n = graph.NodeCount;
        var g = labels.Length;
        var topology = SignedTopology.Build(graph);
        var observed = Expand(BrokerageCounter.Signed(topology, topology.Signs, group, Options.Workers(), cancellationToken), group, g);
        var permutations = Options.Permutations;
        var entries = observed.Length;
        var sum = new long[entries];
        var squares = new Int128[entries];
        var atLeast = new int[entries];
        if (permutations > 0)
        {
            RunNull(topology, group, g, observed, sum, squares, atLeast, progress, cancellationToken);
        }

        var mean = new double[entries];
        var sd = new double[entries];
        var p = new double[entries];
        for (var e = 0; e < entries && permutations > 0; e++)
        {
            mean[e] = (double)sum[e] / permutations;
            sd[e] = permutations > 1
                ? Math.Sqrt((double)((permutations * squares[e]) - ((Int128)sum[e] * sum[e])) / ((double)permutations * (permutations - 1)))
                : double.NaN;
            p[e] = (1.0 + atLeast[e]) / (permutations + 1.0);
        }

        var figures = new BrokerageFigures.Permutation(observed, group, Sizes(group, g), permutations, mean, sd, p);
        var notes = new List<string>();
        if (topology.Signs.All(s => s >= 0) || topology.Signs.All(s => s <= 0))
        {
            notes.Add("signed-brokerage: the graph has no positive or no negative ties, so nothing is brokered between hostile parties");
        }

        if (permutations > 0)
        {
            notes.Add($"signed-brokerage: null model of {permutations} sign permutations (seed {Options.Seed}); p = (1 + #null >= raw) / {permutations + 1}");
        }

        return new BrokerageResult(Name, Options, graph, labels, figures, notes);
    }

    private void RunNull(SignedTopology topology, int[] group, int g, long[] observed, long[] sum, Int128[] squares, int[] atLeast, IProgress<MetricProgress>? progress, CancellationToken cancellationToken)
    {
        var n = topology.NodeCount;
        var permutations = Options.Permutations;
        var seed = Options.Seed;
        var gate = new object();
        long done = 0;
        Parallel.For(
            0,
            permutations,
            new ParallelOptions { MaxDegreeOfParallelism = Options.Workers(), CancellationToken = cancellationToken },
            () => new NullWorker(topology, n, observed.Length),
            (r, _, w) =>
            {
                Array.Copy(topology.Signs, w.Signs, w.Signs.Length);
                var rng = new SplitMix64(((ulong)(uint)seed << 32) ^ (ulong)r ^ 0x5851F42D4C957F2DUL);
                for (var i = w.Signs.Length - 1; i > 0; i--)
                {
                    var j = rng.Next(i + 1);
                    (w.Signs[i], w.Signs[j]) = (w.Signs[j], w.Signs[i]);
                }

                Array.Clear(w.Counts);
                if (w.StampBase > int.MaxValue - n - 1)
                {
                    Array.Clear(w.Positive);
                    Array.Clear(w.Hostile);
                    w.StampBase = 0;
                }

                BrokerageCounter.Signed(topology, w.Signs, group, 0, n, w.StampBase, w.Counts, w.Positive, w.Hostile);
                w.StampBase += n;
                Expand(w.Counts, group, g, w.Values);
                for (var e = 0; e < w.Values.Length; e++)
                {
                    var x = w.Values[e];
                    w.Sum[e] += x;
                    w.Squares[e] += (Int128)x * x;
                    w.AtLeast[e] += x >= observed[e] ? 1 : 0;
                }

                var finished = Interlocked.Increment(ref done);
                progress?.Report(new MetricProgress(finished, permutations));
                return w;
            },
            w =>
            {
                lock (gate)
                {
                    for (var e = 0; e < sum.Length; e++)
                    {
                        sum[e] += w.Sum[e];
                        squares[e] += w.Squares[e];
                        atLeast[e] += w.AtLeast[e];
                    }
                }
            });
    }

    private static SignedBrokerageOptions Validate(SignedBrokerageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Ties != TieFilter.All)
        {
            throw new InvalidOptionsException("Signed brokerage runs over positive ties between parties joined by a negative tie; it sees all ties (Ties must be All).", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.Permutations, nameof(options));
        return options;
    }

    private sealed class NullWorker(SignedTopology topology, int n, int entries)
    {
        public sbyte[] Signs { get; } = new sbyte[topology.TieCount];

        public long[] Counts { get; } = new long[n * BrokerageCounter.Roles];

        public long[] Values { get; } = new long[entries];

        public long[] Sum { get; } = new long[entries];

        public Int128[] Squares { get; } = new Int128[entries];

        public int[] AtLeast { get; } = new int[entries];

        public int[] Positive { get; } = new int[n];

        public int[] Hostile { get; } = new int[n];

        public int StampBase { get; set; }
    }
}
