using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>
/// The shortest-path metrics against <see cref="NaiveShortestPaths"/> on random small signed graphs (0..9 nodes,
/// directed and undirected, isolated nodes, disconnected parts, dyadic weights so that every length is exact), and
/// bit-identical results for any number of cores on a larger graph.
/// </summary>
public class BetweennessPropertyTests
{
    private const int Cases = 150;

    private static readonly NaiveLength[] Lengths = [NaiveLength.Hops, NaiveLength.WeightAsDistance, NaiveLength.InverseStrength];

    private static readonly TieFilter[] TieFilters = [TieFilter.All, TieFilter.Positive, TieFilter.Negative];

    private static readonly NeighborMode[] Modes = [NeighborMode.All, NeighborMode.Out, NeighborMode.In];

    private static readonly bool[] Booleans = [false, true];

    /// <summary>A random small graph with a random source set, target set (null: all) and cutoff.</summary>
    /// <param name="Graph">The graph.</param>
    /// <param name="Sources">Source membership by node, or null for all.</param>
    /// <param name="Targets">Target membership by node, or null for all.</param>
    /// <param name="Cutoff">A cutoff, from a small set that hits path lengths exactly.</param>
    public sealed record PathCase(NaiveGraph Graph, bool[]? Sources, bool[]? Targets, double Cutoff)
    {
        /// <summary>The source ids, or null.</summary>
        public string[]? SourceIds => IdsOf(Sources);

        /// <summary>The target ids, or null.</summary>
        public string[]? TargetIds => IdsOf(Targets);

        /// <inheritdoc/>
        public override string ToString() =>
            $"{Graph}; S={Describe(Sources)}; T={Describe(Targets)}; cutoff={Cutoff.ToString(CultureInfo.InvariantCulture)}";

        private static string[]? IdsOf(bool[]? mask) =>
            mask is null ? null : [.. Enumerable.Range(0, mask.Length).Where(i => mask[i]).Select(NaiveGraph.Id)];

        private static string Describe(bool[]? mask) => mask is null ? "all" : "{" + string.Join(',', IdsOf(mask)!) + "}";
    }

    /// <summary>FsCheck generators for <see cref="PathCase"/>.</summary>
    public static class PathArbitraries
    {
        /// <summary>Dyadic weights: every length (|w|, 1/|w|) and every sum of lengths is exact.</summary>
        private static readonly double[] Weights = [-4, -2, -1, -0.5, 0.5, 1, 2, 4];

        private static readonly double[] Cutoffs = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 6];

        /// <summary>Cases on 0..9 nodes, shrinking by dropping edges and subsets.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<PathCase> PathCases()
        {
            var gen =
                from n in Gen.Choose(0, 9)
                from directed in Gen.Elements(false, true)
                from order in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
                from active in Gen.Frequency((3, Gen.Constant(n)), (2, Gen.Choose(0, n)))
                from percent in Gen.Elements(15, 30, 50, 80)
                from edges in EdgesGen(order.Take(active).ToArray(), directed, percent)
                from sources in MaskGen(n)
                from targets in MaskGen(n)
                from cutoff in Gen.Elements(Cutoffs)
                select new PathCase(new NaiveGraph(n, directed, edges), sources, targets, cutoff);
            return Arb.From(gen, Shrink);
        }

        /// <summary>Each candidate pair among the active nodes (ordered if directed) becomes a tie with the given chance; the rest stay isolated.</summary>
        private static Gen<(int U, int V, double W)[]> EdgesGen(int[] active, bool directed, int percent)
        {
            var pairs = new List<(int, int)>();
            foreach (var u in active)
            {
                foreach (var v in active)
                {
                    if (u != v && (directed || u < v))
                    {
                        pairs.Add((u, v));
                    }
                }
            }

            return Gen.CollectToArray(pairs, p =>
                    from roll in Gen.Choose(0, 99)
                    from w in Gen.Elements(Weights)
                    select (Keep: roll < percent, Edge: (p.Item1, p.Item2, w)))
                .Select(all => all.Where(x => x.Keep).Select(x => x.Edge).ToArray());
        }

        private static Gen<bool[]?> MaskGen(int n) =>
            Gen.Frequency(
                (1, Gen.Constant<bool[]?>(null)),
                (3, Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(false)), (3, Gen.Constant(true))), n).Select(a => (bool[]?)a)));

        private static IEnumerable<PathCase> Shrink(PathCase c)
        {
            if (c.Sources is not null)
            {
                yield return c with { Sources = null };
            }

            if (c.Targets is not null)
            {
                yield return c with { Targets = null };
            }

            var edges = c.Graph.Edges;
            if (edges.Count > 1)
            {
                yield return c with { Graph = c.Graph with { Edges = [.. edges.Take(edges.Count / 2)] } };
            }

            for (var i = 0; i < edges.Count; i++)
            {
                yield return c with { Graph = c.Graph with { Edges = [.. edges.Where((_, j) => j != i)] } };
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static EdgeLength LibraryLength(NaiveLength length) => length switch
    {
        NaiveLength.Hops => EdgeLength.Hops,
        NaiveLength.WeightAsDistance => EdgeLength.WeightAsDistance,
        _ => EdgeLength.InverseStrength,
    };

    private static bool Close(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        return Math.Abs(expected - actual) <= (1e-9 * Math.Max(Math.Abs(expected), Math.Abs(actual))) + 1e-12;
    }

    private static void AssertClose(double[] expected, ReadOnlySpan<double> actual, string context)
    {
        Assert.True(expected.Length == actual.Length, $"{context}: {actual.Length} values, expected {expected.Length}");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Close(expected[i], actual[i]),
                string.Create(CultureInfo.InvariantCulture, $"{context}: node n{i}: library {actual[i]:R}, naive {expected[i]:R}"));
        }
    }

    private static void AssertEdgesClose(NaiveGraph g, NaiveBetweenness expected, EdgeScores actual, string context)
    {
        Assert.True(expected.Edges.Count == actual.Count, $"{context}: {actual.Count} edges scored, expected {expected.Edges.Count}");
        foreach (var (e, value) in expected.Edges)
        {
            var (u, v, _) = g.Edges[e];
            var got = actual[NaiveGraph.Id(u), NaiveGraph.Id(v)];
            Assert.True(
                Close(value, got),
                string.Create(CultureInfo.InvariantCulture, $"{context}: edge n{u}-n{v}: library {got:R}, naive {value:R}"));
        }
    }

    private static string Context(PathCase c, NaiveQuery q) =>
        $"{c} | length={q.Length} ties={q.Ties} cutoff={q.Cutoff} S={(q.Sources is null ? "all" : "set")} T={(q.Targets is null ? "all" : "set")} adversaries={q.Adversaries} endpoints={q.Endpoints} normalized={q.Normalized}";

    private static BetweennessOptions Options(PathCase c, NaiveQuery q) => new()
    {
        Length = LibraryLength(q.Length),
        Ties = q.Ties,
        Cutoff = double.IsPositiveInfinity(q.Cutoff) ? null : q.Cutoff,
        Sources = q.Sources is null ? null : c.SourceIds,
        Targets = q.Targets is null ? null : c.TargetIds,
        Adversaries = q.Adversaries,
        Endpoints = q.Endpoints,
        Normalized = q.Normalized,
    };

    private static void CheckVertex(PathCase c, SignedGraph graph, NaiveQuery q)
    {
        var expected = NaiveShortestPaths.Betweenness(c.Graph, q);
        var actual = new Betweenness(Options(c, q)).Compute(graph, null, TestContext.Current.CancellationToken);
        AssertClose(expected.Nodes, actual.AsSpan(), Context(c, q));
    }

    private static void CheckEdges(PathCase c, SignedGraph graph, NaiveQuery q)
    {
        var expected = NaiveShortestPaths.Betweenness(c.Graph, q);
        var actual = new EdgeBetweenness(Options(c, q)).Compute(graph, null, TestContext.Current.CancellationToken);
        AssertEdgesClose(c.Graph, expected, actual, Context(c, q));
    }

    // ------------------------------------------------------------------ vertex betweenness

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void Betweenness_AllPairs_EqualsNaiveForEveryLengthTieFilterNormalizationAndEndpoints(PathCase c)
    {
        var graph = c.Graph.ToSignedGraph();
        foreach (var length in Lengths)
        {
            foreach (var ties in TieFilters)
            {
                foreach (var normalized in Booleans)
                {
                    foreach (var endpoints in Booleans)
                    {
                        CheckVertex(c, graph, new NaiveQuery { Length = length, Ties = ties, Normalized = normalized, Endpoints = endpoints });
                    }
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void WideRealKernel_EqualsNaiveWithAndWithoutCutoff(PathCase c)
    {
        // The dyadic weights put the engine on the Dial kernels (whole numbers of a quantum); the real-valued kernel,
        // which would take any real lengths, is checked here directly against the naive paths.
        if (!WideRealWorker.IsSupported)
        {
            return;
        }

        var graph = c.Graph.ToSignedGraph();
        var n = graph.NodeCount;
        foreach (var length in new[] { NaiveLength.WeightAsDistance, NaiveLength.InverseStrength })
        {
            var adjacency = PathAdjacency.Out(graph, LibraryLength(length));
            if (!WideRealWorker.Applies(adjacency, out _, out _))
            {
                continue;
            }

            var worker = new WideRealWorker(adjacency, graph.IsDirected ? RenumberedAdjacency.Reverse(adjacency) : null);
            var weights = new double[n];
            Array.Fill(weights, graph.IsDirected ? 1 : 0.5);
            var lanes = new double[WideRealWorker.Lanes][];
            Array.Fill(lanes, weights);
            foreach (var cutoff in new[] { double.PositiveInfinity, c.Cutoff })
            {
                foreach (var endpoints in Booleans)
                {
                    var nodes = new double[n];
                    for (var start = 0; start < n; start += WideRealWorker.Lanes)
                    {
                        var batch = Enumerable.Range(start, Math.Min(WideRealWorker.Lanes, n - start)).ToArray();
                        worker.Run(batch, cutoff);
                        worker.Accumulate(lanes.AsSpan(0, batch.Length), nodes, [], endpoints);
                    }

                    var query = new NaiveQuery { Length = length, Cutoff = cutoff, Endpoints = endpoints };
                    var expected = NaiveShortestPaths.Betweenness(c.Graph, query);
                    var actual = new double[n];
                    for (var i = 0; i < n; i++)
                    {
                        Assert.True(graph.TryGetIndex(NaiveGraph.Id(i), out var v));
                        actual[i] = nodes[v];
                    }

                    AssertClose(expected.Nodes, actual, "wide real kernel: " + Context(c, query));
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void Betweenness_SubsetsAdversariesCutoff_EqualsNaive(PathCase c)
    {
        var graph = c.Graph.ToSignedGraph();
        foreach (var length in Lengths)
        {
            foreach (var ties in TieFilters)
            {
                foreach (var adversaries in Booleans)
                {
                    foreach (var cutoff in new[] { double.PositiveInfinity, c.Cutoff })
                    {
                        foreach (var endpoints in Booleans)
                        {
                            CheckVertex(c, graph, new NaiveQuery
                            {
                                Length = length,
                                Ties = ties,
                                Sources = c.Sources,
                                Targets = c.Targets,
                                Adversaries = adversaries,
                                Cutoff = cutoff,
                                Endpoints = endpoints,
                                Normalized = endpoints && adversaries,
                            });
                        }
                    }
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void Betweenness_Cutoff_EqualsNaiveAndNeverExceedsUncut(PathCase c)
    {
        var graph = c.Graph.ToSignedGraph();
        foreach (var length in Lengths)
        {
            var q = new NaiveQuery { Length = length, Cutoff = c.Cutoff };
            CheckVertex(c, graph, q);
            var cut = new Betweenness(Options(c, q)).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray();
            var full = new Betweenness(Options(c, q with { Cutoff = double.PositiveInfinity })).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray();
            for (var v = 0; v < cut.Length; v++)
            {
                Assert.True(cut[v] <= full[v] + 1e-9, $"{c}: n{v} has {cut[v]} with the cutoff, {full[v]} without");
            }
        }
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void Betweenness_UndirectedSubsets_SymmetricInSourcesAndTargets(PathCase c)
    {
        var graph = (c.Graph with { Directed = false, Edges = [.. Undirect(c.Graph.Edges)] }).ToSignedGraph();
        var forward = new Betweenness(new BetweennessOptions { Sources = c.SourceIds, Targets = c.TargetIds })
            .Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray();
        var backward = new Betweenness(new BetweennessOptions { Sources = c.TargetIds, Targets = c.SourceIds })
            .Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray();

        AssertClose(forward, backward, c.ToString());
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void Betweenness_EverySourceAndTargetListed_EqualsAllPairs(PathCase c)
    {
        var graph = c.Graph.ToSignedGraph();
        var all = c.Graph.Ids;
        foreach (var length in Lengths)
        {
            var plain = new Betweenness(new BetweennessOptions { Length = LibraryLength(length) }).Compute(graph, null, TestContext.Current.CancellationToken);
            var listed = new Betweenness(new BetweennessOptions { Length = LibraryLength(length), Sources = all, Targets = all }).Compute(graph, null, TestContext.Current.CancellationToken);

            AssertClose(plain.AsSpan().ToArray(), listed.AsSpan(), $"{c} length={length}");
        }
    }

    // ------------------------------------------------------------------ edge betweenness

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void EdgeBetweenness_EveryVariant_EqualsNaive(PathCase c)
    {
        var graph = c.Graph.ToSignedGraph();
        foreach (var length in Lengths)
        {
            foreach (var ties in TieFilters)
            {
                CheckEdges(c, graph, new NaiveQuery { Length = length, Ties = ties });
                CheckEdges(c, graph, new NaiveQuery { Length = length, Ties = ties, Normalized = true, Cutoff = c.Cutoff });
                CheckEdges(c, graph, new NaiveQuery { Length = length, Ties = ties, Sources = c.Sources, Targets = c.Targets });
                CheckEdges(c, graph, new NaiveQuery { Length = length, Ties = ties, Adversaries = true, Sources = c.Sources });
                CheckEdges(c, graph, new NaiveQuery { Length = length, Ties = ties, Adversaries = true, Targets = c.Targets, Cutoff = c.Cutoff, Normalized = true });
            }
        }
    }

    // ------------------------------------------------------------------ closeness and harmonic

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void Closeness_BothConventionsEveryModeLengthTieFilterAndCutoff_EqualsNaive(PathCase c)
    {
        var graph = c.Graph.ToSignedGraph();
        foreach (var length in Lengths)
        {
            foreach (var ties in TieFilters)
            {
                foreach (var mode in Modes)
                {
                    foreach (var igraph in Booleans)
                    {
                        foreach (var cutoff in new[] { double.PositiveInfinity, c.Cutoff })
                        {
                            var options = new ClosenessOptions
                            {
                                Length = LibraryLength(length),
                                Ties = ties,
                                Mode = mode,
                                Convention = igraph ? ClosenessConvention.IGraph : ClosenessConvention.NetworkX,
                                Cutoff = double.IsPositiveInfinity(cutoff) ? null : cutoff,
                            };
                            var expected = NaiveShortestPaths.Closeness(c.Graph, length, ties, mode, igraph, cutoff);
                            var actual = new Closeness(options).Compute(graph, null, TestContext.Current.CancellationToken);

                            AssertClose(expected, actual.AsSpan(), $"{c} | closeness length={length} ties={ties} mode={mode} igraph={igraph} cutoff={cutoff}");
                        }
                    }
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void Harmonic_EveryModeLengthTieFilterNormalizationAndCutoff_EqualsNaive(PathCase c)
    {
        var graph = c.Graph.ToSignedGraph();
        foreach (var length in Lengths)
        {
            foreach (var ties in TieFilters)
            {
                foreach (var mode in Modes)
                {
                    foreach (var normalized in Booleans)
                    {
                        foreach (var cutoff in new[] { double.PositiveInfinity, c.Cutoff })
                        {
                            var options = new HarmonicOptions
                            {
                                Length = LibraryLength(length),
                                Ties = ties,
                                Mode = mode,
                                Normalized = normalized,
                                Cutoff = double.IsPositiveInfinity(cutoff) ? null : cutoff,
                            };
                            var expected = NaiveShortestPaths.Harmonic(c.Graph, length, ties, mode, normalized, cutoff);
                            var actual = new Harmonic(options).Compute(graph, null, TestContext.Current.CancellationToken);

                            AssertClose(expected, actual.AsSpan(), $"{c} | harmonic length={length} ties={ties} mode={mode} normalized={normalized} cutoff={cutoff}");
                        }
                    }
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = Cases)]
    public void ClosenessAndHarmonic_Undirected_IgnoreMode(PathCase c)
    {
        var graph = (c.Graph with { Directed = false, Edges = [.. Undirect(c.Graph.Edges)] }).ToSignedGraph();
        var closeness = Modes.Select(m => new Closeness(new ClosenessOptions { Mode = m }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray()).ToArray();
        var harmonic = Modes.Select(m => new Harmonic(new HarmonicOptions { Mode = m }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray()).ToArray();

        Assert.Equal(closeness[0], closeness[1]);
        Assert.Equal(closeness[0], closeness[2]);
        Assert.Equal(harmonic[0], harmonic[1]);
        Assert.Equal(harmonic[0], harmonic[2]);
    }

    /// <summary>The edges of a directed case read as undirected: one edge per unordered pair (the first arc wins).</summary>
    private static IEnumerable<(int U, int V, double W)> Undirect(IEnumerable<(int U, int V, double W)> edges)
    {
        var seen = new HashSet<(int, int)>();
        foreach (var (u, v, w) in edges)
        {
            if (seen.Add((Math.Min(u, v), Math.Max(u, v))))
            {
                yield return (u, v, w);
            }
        }
    }

    // ------------------------------------------------------------------ determinism

    /// <summary>A reproducible weighted signed graph with non-dyadic weights (so sums round) and no parallel edges.</summary>
    private static SignedGraph Large(int nodes, int edges, int seed, bool directed)
    {
        var random = new Random(seed);
        var names = TestGraphs.Names(nodes);
        var seen = new HashSet<(int, int)>();
        var list = new List<SignedEdge>();
        while (list.Count < edges)
        {
            var s = random.Next(nodes);
            var t = random.Next(nodes);
            if (s == t || !seen.Add(directed ? (s, t) : (Math.Min(s, t), Math.Max(s, t))))
            {
                continue;
            }

            var magnitude = 0.1 + (random.NextDouble() * 4.9);
            var sign = random.Next(4) == 0 ? -1 : 1;
            list.Add(new SignedEdge(names[s], names[t], sign * magnitude));
        }

        return SignedGraph.Create(names, list, directed);
    }

    private static readonly int[] Parallelism = [1, 2, 3, 8];

    /// <summary>Option sets run for determinism: plain (normalized), subsets, and adversaries over positive ties with a cutoff.</summary>
    private static BetweennessOptions[] DeterminismOptions(EdgeLength length, SignedGraph graph, bool edges) =>
    [
        new() { Length = length, Normalized = true },
        new() { Length = length, Sources = [.. graph.NodeIds.Where((_, i) => i % 3 == 0)], Targets = [.. graph.NodeIds.Where((_, i) => i % 2 == 0)] },
        .. edges ? Array.Empty<BetweennessOptions>() : [new() { Length = length, Adversaries = true, Ties = TieFilter.Positive, Cutoff = length.IsHops ? 4 : 2.5 }],
    ];

    [Theory]
    [InlineData(false, "hops")]
    [InlineData(false, "inverse")]
    [InlineData(true, "hops")]
    [InlineData(true, "distance")]
    public void Betweenness_AnyDegreeOfParallelism_BitIdentical(bool directed, string lengthName)
    {
        var graph = Large(300, 1500, seed: 2024, directed);
        var length = EdgeLength.Parse(lengthName);
        foreach (var options in DeterminismOptions(length, graph, edges: false))
        {
            double[] Values(int? workers) =>
                new Betweenness(options with { MaxDegreeOfParallelism = workers }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray();

            var reference = Values(1);
            Assert.Contains(reference, x => x > 0);
            foreach (var workers in Parallelism.Skip(1))
            {
                Assert.Equal(reference, Values(workers));
            }

            // Running again (every core) gives the same bits.
            Assert.Equal(reference, Values(null));
        }
    }

    [Theory]
    [InlineData(false, "inverse")]
    [InlineData(true, "hops")]
    public void EdgeBetweenness_AnyDegreeOfParallelism_BitIdentical(bool directed, string lengthName)
    {
        var graph = Large(300, 1500, seed: 77, directed);
        var length = EdgeLength.Parse(lengthName);
        foreach (var options in DeterminismOptions(length, graph, edges: true))
        {
            double[] Values(int? workers) =>
                [.. new EdgeBetweenness(options with { MaxDegreeOfParallelism = workers }).Compute(graph, null, TestContext.Current.CancellationToken).Edges.Select(e => e.Value)];

            var reference = Values(1);
            Assert.Contains(reference, x => x > 0);
            foreach (var workers in Parallelism.Skip(1))
            {
                Assert.Equal(reference, Values(workers));
            }

            Assert.Equal(reference, Values(null));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ClosenessAndHarmonic_AnyDegreeOfParallelism_BitIdentical(bool directed)
    {
        var graph = Large(300, 1500, seed: 5, directed);
        foreach (var length in new[] { EdgeLength.InverseStrength })
        {
            var closeness = new Closeness(new ClosenessOptions { Length = length, MaxDegreeOfParallelism = 1 }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray();
            var harmonic = new Harmonic(new HarmonicOptions { Length = length, MaxDegreeOfParallelism = 1 }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray();
            foreach (var workers in Parallelism)
            {
                Assert.Equal(closeness, new Closeness(new ClosenessOptions { Length = length, MaxDegreeOfParallelism = workers }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray());
                Assert.Equal(harmonic, new Harmonic(new HarmonicOptions { Length = length, MaxDegreeOfParallelism = workers }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray());
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ApproximateBetweenness_AnyDegreeOfParallelism_BitIdentical(bool directed)
    {
        var graph = Large(300, 1500, seed: 9, directed);
        var options = new BetweennessOptions { Approximation = new BetweennessApproximation(0.05, 0.1, Seed: 3) };
        var reference = new Betweenness(options with { MaxDegreeOfParallelism = 1 }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray();
        Assert.Contains(reference, x => x > 0);
        foreach (var workers in Parallelism)
        {
            Assert.Equal(reference, new Betweenness(options with { MaxDegreeOfParallelism = workers }).Compute(graph, null, TestContext.Current.CancellationToken).AsSpan().ToArray());
        }
    }
}
