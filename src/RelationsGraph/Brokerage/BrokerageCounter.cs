using RelationsGraph.Graphs;

namespace RelationsGraph.Brokerage;

/// <summary>
/// Counts brokered two-paths a → v → b per broker v and role. Cost O(m + number of two-paths): for each source a
/// its out-neighbours are stamped in an array, so "no tie a → b" is one lookup. Integer counts per worker are
/// added at the end, so the result does not depend on the number of threads.
/// </summary>
internal static class BrokerageCounter
{
    /// <summary>Roles counted per node (coordinator, itinerant, representative, gatekeeper, liaison).</summary>
    public const int Roles = 5;

    private const int Chunk = 256;

    /// <summary>
    /// Role by pattern (g(a) = g(v)) &lt;&lt; 2 | (g(v) = g(b)) &lt;&lt; 1 | (g(a) = g(b)); patterns 3, 5 and 6 cannot occur.
    /// </summary>
    private static ReadOnlySpan<byte> RoleByPattern => [4, 1, 3, 0, 2, 0, 0, 0];

    /// <summary>Gould–Fernandez counts: v brokers (a, b) iff a → v → b, a ≠ b and no arc a → b. Returns n × 5 counts.</summary>
    public static long[] GouldFernandez(SignedGraph graph, int[] group, int workers, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        return Parallel(n, workers, (from, to, counts, mark, _) =>
        {
            for (var a = from; a < to; a++)
            {
                var stamp = a + 1;
                var end = offsets[a + 1];
                for (var k = offsets[a]; k < end; k++)
                {
                    mark[targets[k]] = stamp;
                }

                var ga = group[a];
                for (var k = offsets[a]; k < end; k++)
                {
                    var v = targets[k];
                    var gv = group[v];
                    var av = ga == gv ? 4 : 0;
                    var row = v * Roles;
                    var vEnd = offsets[v + 1];
                    for (var j = offsets[v]; j < vEnd; j++)
                    {
                        var b = targets[j];
                        if (b == a || mark[b] == stamp)
                        {
                            continue;
                        }

                        var gb = group[b];
                        counts[row + RoleByPattern[av | (gv == gb ? 2 : 0) | (ga == gb ? 1 : 0)]]++;
                    }
                }
            }
        }, cancellationToken);
    }

    /// <summary>Signed counts with the observed signs, in parallel over sources. Returns n × 5 counts.</summary>
    public static long[] Signed(SignedTopology topology, sbyte[] signs, int[] group, int workers, CancellationToken cancellationToken) =>
        Parallel(topology.NodeCount, workers, (from, to, counts, positive, hostile) => Signed(topology, signs, group, from, to, 0, counts, positive, hostile!), cancellationToken);

    /// <summary>
    /// Signed counts over sources [from, to): v brokers (a, b) iff a → v → b over positive ties, a ≠ b, no positive
    /// arc a → b, and a negative tie between a and b (either direction). Adds into <paramref name="counts"/>.
    /// Source a stamps the mark arrays with <paramref name="stampBase"/> + a + 1: callers reusing the arrays over
    /// the same sources pass a larger base each time.
    /// </summary>
    public static void Signed(SignedTopology topology, sbyte[] signs, int[] group, int from, int to, int stampBase, long[] counts, int[] positive, int[] hostile)
    {
        var offsets = topology.OutOffsets;
        var targets = topology.OutTargets;
        var ties = topology.OutTies;
        var inOffsets = topology.InOffsets;
        var sources = topology.InSources;
        var inTies = topology.InTies;
        for (var a = from; a < to; a++)
        {
            var stamp = stampBase + a + 1;
            var enemies = 0;
            var end = offsets[a + 1];
            for (var k = offsets[a]; k < end; k++)
            {
                var s = signs[ties[k]];
                if (s > 0)
                {
                    positive[targets[k]] = stamp;
                }
                else if (s < 0)
                {
                    hostile[targets[k]] = stamp;
                    enemies++;
                }
            }

            if (topology.IsDirected)
            {
                for (var k = inOffsets[a]; k < inOffsets[a + 1]; k++)
                {
                    if (signs[inTies[k]] < 0)
                    {
                        hostile[sources[k]] = stamp;
                        enemies++;
                    }
                }
            }

            if (enemies == 0)
            {
                continue;
            }

            var ga = group[a];
            for (var k = offsets[a]; k < end; k++)
            {
                if (signs[ties[k]] <= 0)
                {
                    continue;
                }

                var v = targets[k];
                var gv = group[v];
                var av = ga == gv ? 4 : 0;
                var row = v * Roles;
                var vEnd = offsets[v + 1];
                for (var j = offsets[v]; j < vEnd; j++)
                {
                    var b = targets[j];
                    if (hostile[b] != stamp || positive[b] == stamp || b == a || signs[ties[j]] <= 0)
                    {
                        continue;
                    }

                    var gb = group[b];
                    counts[row + RoleByPattern[av | (gv == gb ? 2 : 0) | (ga == gb ? 1 : 0)]]++;
                }
            }
        }
    }

    private delegate void RangeKernel(int from, int to, long[] counts, int[] mark, int[]? mark2);

    private static long[] Parallel(int n, int workers, RangeKernel kernel, CancellationToken cancellationToken)
    {
        var chunks = (n + Chunk - 1) / Chunk;
        workers = Math.Max(1, Math.Min(workers, chunks));
        var locals = new long[workers][];
        var next = -1;

        // One state per worker (not per task), taking chunks of sources in turn; integer sums make the order irrelevant.
        void Work(int worker)
        {
            var counts = new long[n * Roles];
            var mark = new int[n];
            var mark2 = new int[n];
            int chunk;
            while ((chunk = Interlocked.Increment(ref next)) < chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                kernel(chunk * Chunk, Math.Min(n, (chunk + 1) * Chunk), counts, mark, mark2);
            }

            locals[worker] = counts;
        }

        if (workers == 1)
        {
            Work(0);
            return locals[0];
        }

        System.Threading.Tasks.Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, Work);
        var total = locals[0];
        for (var w = 1; w < workers; w++)
        {
            var local = locals[w];
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += local[i];
            }
        }

        return total;
    }
}
