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
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        return Parallel(
            graph.NodeCount,
            workers,
            (from, to, counts, mark, _) =>
            {
                var rule = new OpenTwoPath(offsets, targets, mark);
                Count(ref rule, offsets, targets, group, from, to, 0, counts);
            },
            cancellationToken);
    }

    /// <summary>Signed counts with the observed signs, in parallel over sources. Returns n × 5 counts.</summary>
    public static long[] Signed(SignedTopology topology, sbyte[] signs, int[] group, int workers, CancellationToken cancellationToken) =>
        Parallel(topology.NodeCount, workers, (from, to, counts, positive, hostile) => Signed(topology, signs, group, from, to, 0, counts, positive, hostile), cancellationToken);

    /// <summary>
    /// Signed counts over sources [from, to): v brokers (a, b) iff a → v → b over positive ties, a ≠ b, no positive
    /// arc a → b, and a negative tie between a and b (either direction). Adds into <paramref name="counts"/>.
    /// Source a stamps the mark arrays with <paramref name="stampBase"/> + a + 1: callers reusing the arrays over
    /// the same sources pass a larger base each time.
    /// </summary>
    public static void Signed(SignedTopology topology, sbyte[] signs, int[] group, int from, int to, int stampBase, long[] counts, int[] positive, int[] hostile)
    {
        var rule = new HostileTwoPath(topology, signs, positive, hostile);
        Count(ref rule, topology.OutOffsets, topology.OutTargets, group, from, to, stampBase, counts);
    }

    /// <summary>
    /// The one two-path loop: for each source a the rule stamps what it needs (or skips a), filters a's arcs to the
    /// broker v and v's arcs to b; each accepted (a, v, b) adds 1 to v's role by groups. The rule is a struct type
    /// argument, so the JIT specialises and inlines it.
    /// </summary>
    private static void Count<TRule>(ref TRule rule, int[] offsets, int[] targets, int[] group, int from, int to, int stampBase, long[] counts)
        where TRule : struct, ITwoPathRule
    {
        for (var a = from; a < to; a++)
        {
            var stamp = stampBase + a + 1;
            if (!rule.Begin(a, stamp))
            {
                continue;
            }

            var ga = group[a];
            var end = offsets[a + 1];
            for (var k = offsets[a]; k < end; k++)
            {
                if (!rule.First(k))
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
                    if (b == a || !rule.Second(j, b, stamp))
                    {
                        continue;
                    }

                    var gb = group[b];
                    counts[row + RoleByPattern[av | (gv == gb ? 2 : 0) | (ga == gb ? 1 : 0)]]++;
                }
            }
        }
    }

    private interface ITwoPathRule
    {
        /// <summary>Prepares source a with its stamp; false when a can broker nothing.</summary>
        bool Begin(int a, int stamp);

        /// <summary>Whether the arc in out-slot <paramref name="slot"/> of a may lead to a broker.</summary>
        bool First(int slot);

        /// <summary>Whether the broker's arc in <paramref name="slot"/> to b (≠ a) closes a brokered two-path.</summary>
        bool Second(int slot, int b, int stamp);
    }

    /// <summary>Gould–Fernandez: any arcs, and no arc a → b.</summary>
    private readonly struct OpenTwoPath(int[] offsets, int[] targets, int[] mark) : ITwoPathRule
    {
        public bool Begin(int a, int stamp)
        {
            for (var k = offsets[a]; k < offsets[a + 1]; k++)
            {
                mark[targets[k]] = stamp;
            }

            return true;
        }

        public bool First(int slot) => true;

        public bool Second(int slot, int b, int stamp) => mark[b] != stamp;
    }

    /// <summary>Signed: positive arcs, no positive arc a → b, and a negative tie between a and b.</summary>
    private readonly struct HostileTwoPath(SignedTopology topology, sbyte[] signs, int[] positive, int[] hostile) : ITwoPathRule
    {
        private readonly int[] offsets = topology.OutOffsets;
        private readonly int[] targets = topology.OutTargets;
        private readonly int[] ties = topology.OutTies;

        public bool Begin(int a, int stamp)
        {
            var enemies = 0;
            for (var k = offsets[a]; k < offsets[a + 1]; k++)
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
                var inTies = topology.InTies;
                var sources = topology.InSources;
                for (var k = topology.InOffsets[a]; k < topology.InOffsets[a + 1]; k++)
                {
                    if (signs[inTies[k]] < 0)
                    {
                        hostile[sources[k]] = stamp;
                        enemies++;
                    }
                }
            }

            return enemies > 0;
        }

        public bool First(int slot) => signs[ties[slot]] > 0;

        public bool Second(int slot, int b, int stamp) => hostile[b] == stamp && positive[b] != stamp && signs[ties[slot]] > 0;
    }

    private delegate void RangeKernel(int from, int to, long[] counts, int[] mark, int[] mark2);

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
