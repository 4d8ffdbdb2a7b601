using System.Diagnostics;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;

namespace RelationsGraph.Centrality;

/// <summary>
/// Exact betweenness for <see cref="Betweenness"/> and <see cref="EdgeBetweenness"/>: Brandes' algorithm from every
/// source, with per-target weights that express all pairs, subsets and adversary pairs in one kernel, run in
/// parallel blocks whose results are added in a fixed order (bit-identical for any number of cores).
/// </summary>
/// <remarks>
/// Target weights w(s, t) for a source s: 0 unless t is a target of s. Directed: 1. Undirected: an unordered pair
/// {s, t} must count once, so w = ½ when the pair qualifies from both ends (t ∈ S and s ∈ T as well) and 1 when only
/// from s — for all pairs this is the usual halving, and for disjoint S, T no halving (igraph issue #2359, networkx's
/// subset functions halve regardless).
/// </remarks>
internal static class BetweennessEngine
{
    /// <summary>Sources per block: fixed, so the order of floating-point sums never depends on the core count.</summary>
    private const int BlockSize = 16;

    public sealed record Result(double[] Nodes, double[]? Slots, PathAdjacency Adjacency, IReadOnlyList<string> Notes);

    public static Result Run(SignedGraph graph, BetweennessOptions options, bool edges, IProgress<MetricProgress>? progress, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var view = graph.View(options.Ties);
        var adjacency = PathAdjacency.Out(view, options.Length);
        var cutoff = options.CutoffOrInfinity();
        var notes = new List<string>();
        var inS = Membership(graph, options.Sources, "sources");
        var inT = Membership(graph, options.Targets, "targets");

        var sources = new List<int>(n);
        for (var s = 0; s < n; s++)
        {
            if ((inS is null || inS[s]) && (!options.Adversaries || HasNegativeTie(graph, s)))
            {
                sources.Add(s);
            }
        }

        options.GuardExact(edges ? "edge betweenness" : "betweenness", sources.Count, adjacency.Targets.Length, options.Length.Kind != EdgeLengthKind.Hops);
        if (options.Adversaries && graph.NegativeEdgeCount == 0)
        {
            notes.Add("the graph has no negative ties, so there are no adversary pairs: every score is 0");
        }

        // Dense target weights for the two cases of an undirected source (s ∈ T or not); directed needs one.
        var directed = graph.IsDirected;
        var weightIfSourceInT = new double[n];
        var weightIfSourceNotInT = new double[n];
        for (var t = 0; t < n; t++)
        {
            var isTarget = inT is null || inT[t];
            var alsoSource = inS is null || inS[t];
            weightIfSourceNotInT[t] = isTarget ? 1 : 0;
            weightIfSourceInT[t] = isTarget ? (directed || !alsoSource ? 1 : 0.5) : 0;
        }

        // One rule picks the kernel (BetweennessKernel.Choose); a batched kernel runs on the nodes renumbered
        // breadth-first: sources in that order, results mapped back at the end.
        var kernel = BetweennessKernel.Choose(adjacency, options.Adversaries, sources.Count);
        var renumbered = kernel.IsBatched ? RenumberedAdjacency.BreadthFirst(adjacency) : null;
        var kernelAdjacency = renumbered?.Adjacency ?? adjacency;
        if (renumbered is not null)
        {
            Debug.Assert(renumbered.Adjacency.IntegralLengthBound == adjacency.IntegralLengthBound, "renumbering keeps the lengths");
            for (var i = 0; i < sources.Count; i++)
            {
                sources[i] = renumbered.NewNode[sources[i]];
            }

            if (kernel.Kind is KernelKind.Dial or KernelKind.Real)
            {
                // Weighted lengths: sources whose distances coincide share a batch (fewer listings per search).
                RenumberedAdjacency.OrderForBatches(kernelAdjacency, sources);
            }
            else
            {
                sources.Sort();
            }

            weightIfSourceInT = Permute(weightIfSourceInT, renumbered.OriginalNode);
            weightIfSourceNotInT = Permute(weightIfSourceNotInT, renumbered.OriginalNode);
        }

        var reverse = kernel.NeedsReverse && directed ? RenumberedAdjacency.Reverse(kernelAdjacency) : null;
        var lanesPerSearch = kernel.Lanes;
        var nodes = new double[n + (edges ? adjacency.Targets.Length : 0)];
        var blocks = (sources.Count + BlockSize - 1) / BlockSize;
        var perWorker = BytesPerWorker(kernel.Kind, n, nodes.Length);
        var workers = options.WorkersWithinBudget(perWorker, out var budget);
        if (workers < Math.Min(options.Workers(), blocks))
        {
            notes.Add(FormattableString.Invariant(
                $"{workers} worker(s) instead of {Math.Min(options.Workers(), blocks)}: each needs about {perWorker / 1e6:F0} MB of working memory and the budget is {budget / 1e6:F0} MB"));
        }

        OrderedReduction.Run(
            blocks,
            nodes,
            workers,
            () => new Worker(kernelAdjacency, reverse, n, kernel),
            (worker, block, buffer) =>
            {
                var nodeAcc = buffer.AsSpan(0, n);
                var slotAcc = buffer.AsSpan(n);
                var end = Math.Min(sources.Count, (block + 1) * BlockSize);
                if (worker.Batch is { } search)
                {
                    Span<int> lanes = stackalloc int[WideBfsWorker.Lanes];
                    var weights = worker.LaneWeights;
                    for (var i = block * BlockSize; i < end; i += lanesPerSearch)
                    {
                        var count = Math.Min(lanesPerSearch, end - i);
                        for (var j = 0; j < count; j++)
                        {
                            lanes[j] = sources[i + j];
                            weights[j] = inT is null || inT[renumbered!.OriginalNode[lanes[j]]] ? weightIfSourceInT : weightIfSourceNotInT;
                        }

                        var searched = search.Run(lanes[..count], cutoff);
                        if (searched)
                        {
                            search.Accumulate(weights.AsSpan(0, count), nodeAcc, slotAcc, options.Endpoints);
                        }

                        // Deeper than a wide kernel's levels or distances: these sources one at a time.
                        for (var j = 0; !searched && j < count; j++)
                        {
                            worker.Paths.Run(lanes[j], cutoff);
                            worker.Paths.Accumulate(weights[j], nodeAcc, slotAcc, options.Endpoints);
                        }
                    }

                    return;
                }

                for (var i = block * BlockSize; i < end; i++)
                {
                    var s = sources[i];
                    var sourceInT = inT is null || inT[s];
                    var weights = sourceInT ? weightIfSourceInT : weightIfSourceNotInT;
                    if (options.Adversaries)
                    {
                        weights = worker.AdversaryWeights(graph, s, weights);
                    }

                    worker.Paths.Run(s, cutoff);
                    worker.Paths.Accumulate(weights, nodeAcc, slotAcc, options.Endpoints);
                    if (options.Adversaries)
                    {
                        worker.ClearAdversaryWeights(graph, s);
                    }
                }
            },
            block => progress?.Report(new MetricProgress(Math.Min(sources.Count, (block + 1L) * BlockSize), sources.Count)),
            cancellationToken);

        if (blocks == 0)
        {
            progress?.Report(new MetricProgress(0, 0));
        }

        // σ beyond 1.8e308 (more shortest paths between a pair than a double holds) makes dependencies ∞ or ∞/∞.
        foreach (var value in nodes)
        {
            if (!double.IsFinite(value))
            {
                throw new ComputationOverflowException(
                    "Betweenness left double precision: some pair of nodes has more than 1.8e308 shortest paths (or the dependencies exceed the double range), so the scores are undefined.");
            }
        }

        var nodeValues = nodes.AsSpan(0, n).ToArray();
        var slots = edges ? nodes.AsSpan(n).ToArray() : null;
        if (renumbered is not null)
        {
            for (var i = 0; i < n; i++)
            {
                nodeValues[renumbered.OriginalNode[i]] = nodes[i];
            }

            for (var k = 0; slots is not null && k < slots.Length; k++)
            {
                slots[renumbered.OriginalSlot[k]] = nodes[n + k];
            }
        }

        return new Result(nodeValues, slots, adjacency, notes);
    }

    /// <summary>
    /// One worker's working memory in bytes for <paramref name="kernel"/> on <paramref name="n"/> nodes, with a result
    /// buffer of <paramref name="buffer"/> values: per node, the kernel's state (sixteen hop levels and a 128-byte σ and
    /// coefficient block and level lists: 152 bytes; four-lane hops 100; eight 16-bit distances, a 64-byte block and
    /// lists for Dial: 92; eight distances and σ in 128 bytes, lists and queue entries for real lengths: 160; one source:
    /// 48), the adversary weights (8), and the buffer (8 per value). The dense arrays dominate; small fixed parts (bucket
    /// heads, level starts) are left out.
    /// </summary>
    internal static long BytesPerWorker(KernelKind kernel, long n, long buffer)
    {
        long perNode = kernel switch
        {
            KernelKind.Wide => 152,
            KernelKind.Batched => 100,
            KernelKind.Dial => 92,
            KernelKind.Real => 160,
            _ => 48,
        };

        return ((perNode + 8) * n) + (8 * buffer);
    }

    /// <summary>networkx's normalization factor for vertex betweenness on n nodes (1 when it does not normalize).</summary>
    public static double VertexScale(int n, bool directed, bool endpoints)
    {
        double pairs = endpoints ? (double)n * (n - 1) : (double)(n - 1) * (n - 2);
        if ((endpoints && n < 2) || (!endpoints && n <= 2))
        {
            return 1;
        }

        return (directed ? 1 : 2) / pairs;
    }

    /// <summary>networkx's normalization factor for edge betweenness on n nodes.</summary>
    public static double EdgeScale(int n, bool directed) => n <= 1 ? 1 : (directed ? 1 : 2) / ((double)n * (n - 1));

    /// <summary>The values of <paramref name="values"/> for the renumbered nodes: result[i] = values[original[i]].</summary>
    private static double[] Permute(double[] values, int[] original)
    {
        var result = new double[values.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = values[original[i]];
        }

        return result;
    }

    private static bool HasNegativeTie(SignedGraph graph, int s)
    {
        foreach (var w in graph.OutWeightsOf(s))
        {
            if (w < 0)
            {
                return true;
            }
        }

        foreach (var w in graph.InWeightsOf(s))
        {
            if (w < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool[]? Membership(SignedGraph graph, IReadOnlyList<string>? ids, string field)
    {
        if (ids is null)
        {
            return null;
        }

        var member = new bool[graph.NodeCount];
        foreach (var id in ids)
        {
            if (!graph.TryGetIndex(id, out var v))
            {
                throw new UnknownActorException(new InputLocation(field), id);
            }

            member[v] = true;
        }

        return member;
    }

    /// <summary>The kernel a betweenness computation runs on (see <see cref="BetweennessKernel"/>).</summary>
    internal enum KernelKind
    {
        OneSource,
        Batched,
        Wide,
        Dial,
        Real,
    }

    /// <summary>One worker's state: the path kernels and a sparse target-weight array for adversary pairs.</summary>
    private sealed class Worker(PathAdjacency adjacency, PathAdjacency? reverse, int n, BetweennessKernel kernel)
    {
        private readonly double[] adversary = new double[n];
        private ShortestPathWorker? paths;

        /// <summary>The one-source kernel: lengths, adversary pairs, and searches too deep for <see cref="Batch"/> (created when first needed).</summary>
        public ShortestPathWorker Paths => paths ??= new(adjacency);

        /// <summary>The batched kernel's search state, or <see langword="null"/> for the one-source kernel.</summary>
        public IBatchedPathSearch? Batch { get; } = kernel.IsBatched ? kernel.CreateSearch(adjacency, reverse) : null;

        /// <summary>Each lane's target weights for the batched kernels, reused across batches.</summary>
        public double[][] LaneWeights { get; } = new double[WideBfsWorker.Lanes][];

        public double[] AdversaryWeights(SignedGraph graph, int s, double[] dense)
        {
            Mark(graph.OutNeighbors(s), graph.OutWeightsOf(s), dense);
            Mark(graph.InNeighbors(s), graph.InWeightsOf(s), dense);
            return adversary;
        }

        public void ClearAdversaryWeights(SignedGraph graph, int s)
        {
            foreach (var t in graph.OutNeighbors(s))
            {
                adversary[t] = 0;
            }

            foreach (var t in graph.InNeighbors(s))
            {
                adversary[t] = 0;
            }
        }

        private void Mark(ReadOnlySpan<int> neighbors, ReadOnlySpan<double> weights, double[] dense)
        {
            for (var k = 0; k < neighbors.Length; k++)
            {
                if (weights[k] < 0)
                {
                    adversary[neighbors[k]] = dense[neighbors[k]];
                }
            }
        }
    }
}
