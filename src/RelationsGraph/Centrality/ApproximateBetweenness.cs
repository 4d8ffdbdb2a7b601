using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using RelationsGraph.Common;

namespace RelationsGraph.Centrality;

/// <summary>
/// Betweenness estimated by sampling shortest paths (Riondato &amp; Kornaropoulos 2016, "Fast approximation of
/// betweenness centrality through sampling", Data Min. Knowl. Disc. 30:438–475): r pairs (u, v), u ≠ v, drawn
/// uniformly; for each, one shortest u–v path drawn uniformly among all of them; every internal node gains 1/r.
/// With r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉, c = 0.5 and VD an upper bound on the vertex diameter, every
/// estimate is within ε of the betweenness normalized by n(n − 1), with probability at least 1 − δ.
/// </summary>
/// <remarks>
/// VD bound: for hops on an undirected graph, min(2·ecc + 1, component size) per component (ecc from a breadth-first
/// search of each component); otherwise the size of the largest (weakly) connected component, which is safe but may
/// draw more samples than needed. Each path search stops at its target. Samples run in parallel blocks; counts are
/// whole numbers, so the sum is exact and the result does not depend on the core count. Seeded: the same seed gives
/// the same result.
/// </remarks>
internal static class ApproximateBetweenness
{
    private const double C = 0.5;
    private const int BlockSize = 256;

    public static double[] Run(SignedGraph graph, BetweennessOptions options, BetweennessApproximation approximation, ICollection<string> notes, IProgress<MetricProgress>? progress, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var view = graph.View(options.Ties);
        var counts = new double[n];
        var vd = VertexDiameterBound(view, options.Length);
        if (n < 3 || vd < 3)
        {
            notes.Add("no shortest path has an internal node: every score is 0 (exact)");
            progress?.Report(new MetricProgress(0, 0));
            return counts;
        }

        var (epsilon, delta) = (approximation.Epsilon, approximation.Delta);
        var samples = (int)Math.Min(int.MaxValue, Math.Ceiling(C / (epsilon * epsilon) * (Math.Floor(Math.Log2(vd - 2)) + 1 + Math.Log(1 / delta))));
        var adjacency = PathAdjacency.Out(view, options.Length);
        var reverse = PathAdjacency.In(view, options.Length);

        // Draw every pair and per-sample stream up front, in order: the result cannot depend on scheduling.
        var random = new SplitMix64((ulong)approximation.Seed);
        var from = new int[samples];
        var to = new int[samples];
        var streams = new ulong[samples];
        for (var i = 0; i < samples; i++)
        {
            from[i] = random.Next(n);
            var v = random.Next(n - 1);
            to[i] = v >= from[i] ? v + 1 : v;
            streams[i] = random.NextUInt64();
        }

        var blocks = (samples + BlockSize - 1) / BlockSize;
        OrderedReduction.Run(
            blocks,
            counts,
            options.Workers(),
            () => (Paths: new ShortestPathWorker(adjacency), Internal: new int[n]),
            (state, block, buffer) =>
            {
                var end = Math.Min(samples, (block + 1) * BlockSize);
                for (var i = block * BlockSize; i < end; i++)
                {
                    state.Paths.Run(from[i], stopAt: to[i]);
                    if (double.IsPositiveInfinity(state.Paths.Distance(to[i])))
                    {
                        continue;
                    }

                    var stream = new SplitMix64(streams[i]);
                    var k = state.Paths.SamplePath(to[i], reverse, ref stream, state.Internal);
                    for (var j = 0; j < k; j++)
                    {
                        buffer[state.Internal[j]] += 1;
                    }
                }
            },
            block => progress?.Report(new MetricProgress(Math.Min(samples, (block + 1L) * BlockSize), samples)),
            cancellationToken);

        // counts/r estimates Σ_{s≠t ordered} σ_st(v)/σ_st / (n(n−1)); report on the exact metric's scale.
        var unnormalized = (double)n * (n - 1) / (graph.IsDirected ? 1 : 2) / samples;
        var scale = unnormalized * (options.Normalized ? BetweennessEngine.VertexScale(n, graph.IsDirected, endpoints: false) : 1);
        for (var v = 0; v < n; v++)
        {
            counts[v] *= scale;
        }

        notes.Add(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"approximate (Riondato-Kornaropoulos 2016): {samples} sampled pairs (vertex-diameter bound {vd}); with probability >= {1 - delta:0.###} every score is within epsilon = {epsilon} of the exact one normalized by n(n-1)"));
        return counts;
    }

    /// <summary>An upper bound on the number of nodes on any shortest path.</summary>
    internal static int VertexDiameterBound(SignedGraph view, EdgeLength length)
    {
        var labels = Components.Labels(view);
        var sizes = new int[labels.Length == 0 ? 0 : labels.Max() + 1];
        foreach (var c in labels)
        {
            sizes[c]++;
        }

        if (!length.IsHops || view.IsDirected)
        {
            return sizes.Length == 0 ? 0 : sizes.Max();
        }

        var worker = new ShortestPathWorker(PathAdjacency.Out(view, EdgeLength.Hops));
        var seen = new bool[sizes.Length];
        var bound = 0;
        for (var v = 0; v < labels.Length; v++)
        {
            if (seen[labels[v]])
            {
                continue;
            }

            seen[labels[v]] = true;
            worker.Run(v);
            var settled = worker.Settled;
            var eccentricity = (int)worker.Distance(settled[^1]);
            bound = Math.Max(bound, Math.Min((2 * eccentricity) + 1, sizes[labels[v]]));
        }

        return bound;
    }
}
