using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using RelationsGraph.Common;

namespace RelationsGraph.Paths;

/// <summary>
/// Brandes' algorithm for real-valued lengths, eight sources at a time in <see cref="Vector512{T}"/> lanes
/// (AVX-512): Dijkstra for all eight at once on a bucket queue whose buckets are narrower than half the shortest
/// length. Per node one 128-byte block, aligned to cache lines: the eight distances (doubles, exactly as the
/// one-source kernel computes them), then the eight path counts σ — replaced, on the way back, by the accumulation
/// coefficients (w(v) + δ(v))/σ(v).
/// </summary>
/// <remarks>
/// <para>Bucket b holds the distances in [bΔ, (b + 1)Δ), Δ the largest power of two at most half the shortest
/// (finite) length, so that the bucket of a distance, ⌊d/Δ⌋, is computed exactly. A tie is at least 2Δ long, so a
/// node reached from bucket b lands in bucket b + 2 or later: when bucket b comes up, every distance in it is final
/// (Dial's argument, with no ordering needed inside a bucket), and so is every distance within the
/// <see cref="PathTolerance"/> of a predecessor's d + l — which, on separated lengths (the tolerance is far below
/// Δ, see <see cref="Applies"/>), lies in an earlier bucket. A node waits in the bucket of every distance at which
/// some lane reaches it; taken from bucket b, its lanes in bucket b pull σ from their predecessors (the neighbours u
/// with d(u) + l equal to d(v) within the tolerance, all final) and relax their neighbours by mask. The way back walks
/// the buckets downwards; the nodes of one bucket never depend on each other. Which ties lie on shortest paths is
/// decided by the same tolerance test as in <see cref="ShortestPathWorker"/>, lane by lane, so the results equal eight
/// one-source runs up to the order of the sums, and are deterministic.</para>
/// </remarks>
internal sealed class WideRealWorker : IBatchedPathSearch
{
    /// <summary>Sources per search.</summary>
    public const int Lanes = 8;

    /// <summary>The largest ratio of the longest to the shortest finite length the kernel takes (bounds the buckets in flight).</summary>
    public const double MaxLengthRatio = 4096;

    private const int BlockDoubles = 2 * Lanes;

    /// <summary>
    /// t ≥ d is equal to d within the tolerance (|t − d| ≤ 1e-10·(t + d)) when t ≤ d·(1 + 1e-10)/(1 − 1e-10); a predecessor
    /// u of v never has d(u) + l below d(v) (d(v) is the least such sum), so one comparison decides.
    /// </summary>
    private const double Upper = (1 + PathTolerance.Epsilon) / (1 - PathTolerance.Epsilon);

    /// <summary>
    /// d ≤ t is equal to t within the tolerance when d ≥ t·(1 − 1e-10)/(1 + 1e-10); a reached node x never has d(x)
    /// above d(v) + l for a settled neighbour v (v relaxed it), so one comparison decides.
    /// </summary>
    private const double Lower = (1 - PathTolerance.Epsilon) / (1 + PathTolerance.Epsilon);

    private readonly PathAdjacency adj;
    private readonly PathAdjacency? reverse;
    private readonly double[] store;
    private readonly int storeOffset;
    private readonly long[] processedAt;
    private readonly int[] sources = new int[Lanes];
    private readonly int[] bucketHead;
    private readonly ulong[] occupied;
    private readonly int pendingMask;
    private readonly double inverseDelta;
    private Entry[] entries;
    private int entryCount;
    private int[] listed;
    private int listedCount;
    private long[] groupBucket = new long[64];
    private int[] groupStart = new int[65];
    private int groupCount;
    private int sourceCount;
    private double bound;

    /// <summary>Creates the worker's state for <paramref name="adjacency"/>, which must satisfy <see cref="Applies"/>.</summary>
    /// <param name="adjacency">The ties the searches follow.</param>
    /// <param name="reverse">The same ties reversed, with their lengths, when they are not symmetric (directed graphs); <see langword="null"/> when <paramref name="adjacency"/> is its own reverse.</param>
    public WideRealWorker(PathAdjacency adjacency, PathAdjacency? reverse)
    {
        if (!Applies(adjacency, out var min, out var max))
        {
            throw new ArgumentException("The lengths must be finite or +∞, separated, and within a ratio of 4096.", nameof(adjacency));
        }

        adj = adjacency;
        this.reverse = reverse;
        var n = adjacency.NodeCount;

        // Δ: a power of two at most half the shortest length, so that d/Δ is exact and ⌊d/Δ⌋ is the exact bucket.
        inverseDelta = 1 / Math.ScaleB(1.0, Math.ILogB(min / 2));

        // Pinned, so never moved: the offset found once keeps every node's block on two whole cache lines.
        store = GC.AllocateArray<double>((BlockDoubles * n) + Lanes, pinned: true);
        storeOffset = Alignment.Offset64(store, sizeof(double));
        KernelInvariants.Adjacency(adjacency, reverse);
        KernelInvariants.Store(store, storeOffset, (long)BlockDoubles * n);
        for (var v = 0; v < n; v++)
        {
            Unsafe.Add(ref Blocks, v).Dist = Vector512.Create(double.PositiveInfinity);
        }

        processedAt = new long[n];
        Array.Fill(processedAt, -1L);
        listed = new int[(2 * n) + 16];

        // Buckets waiting: every pending distance lies within the longest length of the bucket being settled, so a
        // circle of a power of two above max/Δ + 2 buckets never holds two waiting distances in one bucket.
        var buckets = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Ceiling((max * inverseDelta) + 3)));
        pendingMask = buckets - 1;
        bucketHead = new int[buckets];
        Array.Fill(bucketHead, -1);
        occupied = new ulong[buckets / 64];
        entries = new Entry[(2 * n) + 16];
    }

    /// <summary>Whether this machine runs the kernel: AVX-512F, with 512-bit vectors accelerated.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    private ref Block Blocks => ref Unsafe.As<double, Block>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(store), storeOffset));

    /// <summary>
    /// Whether the kernel takes <paramref name="adjacency"/>'s lengths: some finite, every finite one positive, the
    /// longest at most <see cref="MaxLengthRatio"/> times the shortest, and the shortest above 16·1e-10·n times the
    /// longest — then the tolerance between two path lengths (below 2e-10·n·max) stays under a quarter of Δ.
    /// </summary>
    public static bool Applies(PathAdjacency adjacency, out double min, out double max)
    {
        min = double.PositiveInfinity;
        max = 0;
        var lengths = adjacency.Lengths;
        if (lengths is null)
        {
            return false;
        }

        foreach (var l in lengths)
        {
            if (double.IsFinite(l))
            {
                min = Math.Min(min, l);
                max = Math.Max(max, l);
            }
            else if (!double.IsPositiveInfinity(l))
            {
                return false;
            }
        }

        return max > 0 && min > 0 && double.IsNormal(min) && max <= MaxLengthRatio * min
            && min > 16 * PathTolerance.Epsilon * Math.Max(adjacency.NodeCount, 1) * max;
    }

    /// <summary>
    /// Searches from up to eight distinct sources at once (lanes beyond <paramref name="batch"/>'s length stay empty),
    /// within <paramref name="cutoff"/> (inclusive, with <see cref="PathTolerance"/>). Always <see langword="true"/>: real
    /// distances have no depth limit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Run(ReadOnlySpan<int> batch, double cutoff)
    {
        KernelInvariants.Batch(batch, Lanes, adj.NodeCount);
        Reset();
        sourceCount = batch.Length;
        batch.CopyTo(sources);
        bound = CutoffBound(cutoff);
        ref var blocks = ref Blocks;
        var total = 0;
        for (var j = 0; j < batch.Length; j++)
        {
            var s = batch[j];
            ref var bs = ref Unsafe.Add(ref blocks, s);
            Push(0, s);
            total++;
            bs.Dist = bs.Dist.WithElement(j, 0.0);
            bs.Value = bs.Value.WithElement(j, 1.0);
        }

        var offsets = adj.Offsets;
        ref var targets = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        ref var lengths = ref MemoryMarshal.GetArrayDataReference(adj.Lengths!);
        var reverseOffsets = reverse?.Offsets;
        ref var reverseTargets = ref MemoryMarshal.GetArrayDataReference(reverse?.Targets ?? adj.Targets);
        ref var reverseLengths = ref MemoryMarshal.GetArrayDataReference(reverse?.Lengths ?? adj.Lengths!);
        var scale = Vector512.Create(inverseDelta);
        long b = 0;
        while (total > 0)
        {
            b = NextOccupied(b);
            var slot = (int)(b & pendingMask);
            var e = bucketHead[slot];
            bucketHead[slot] = -1;
            occupied[slot >> 6] &= ~(1UL << slot);
            if (groupCount == groupBucket.Length)
            {
                Array.Resize(ref groupBucket, 2 * groupCount);
                Array.Resize(ref groupStart, (2 * groupCount) + 1);
            }

            groupBucket[groupCount] = b;
            groupStart[groupCount] = listedCount;
            var bucket = Vector512.Create((double)b);
            for (; e >= 0; e = entries[e].Next)
            {
                var v = entries[e].Node;
                total--;
                ref var bv = ref Unsafe.Add(ref blocks, v);
                var dv = bv.Dist;
                var here = Vector512.Equals(Vector512.Floor(dv * scale), bucket);
                if (processedAt[v] == b || here == Vector512<double>.Zero)
                {
                    // Listed twice, or every lane has left this bucket for a shorter distance since.
                    continue;
                }

                processedAt[v] = b;
                if (listedCount == listed.Length)
                {
                    Array.Resize(ref listed, 2 * listed.Length);
                }

                listed[listedCount++] = v;
                var begin = offsets[v];
                var end = offsets[v + 1];
                if (entryCount + (Lanes * (end - begin)) > entries.Length)
                {
                    // At most one entry per lane and tie: the relaxation itself never checks. Grows rarely, and only in
                    // the first searches.
                    Array.Resize(ref entries, Math.Max(2 * entries.Length, entryCount + (Lanes * (end - begin))));
                }

                if (b == 0)
                {
                    // The sources (every other distance is at least 2Δ): σ is 1 already; only relax.
                    total += Relax(ref blocks, ref targets, ref lengths, begin, end, ref bv, here);
                    continue;
                }

                if (reverse is null)
                {
                    total += PullAndRelax(ref blocks, ref targets, ref lengths, begin, end, ref bv, here);
                }
                else
                {
                    // Directed: σ comes from the in-neighbours, the relaxation goes to the out-neighbours.
                    var upTo = Vector512.ConditionalSelect(here, dv * Vector512.Create(Upper), Vector512.Create(double.NegativeInfinity));
                    bv.Value = Vector512.ConditionalSelect(here, SumPredecessors(ref blocks, ref reverseTargets, ref reverseLengths, reverseOffsets![v], reverseOffsets[v + 1], upTo), bv.Value);
                    total += Relax(ref blocks, ref targets, ref lengths, begin, end, ref bv, here);
                }
            }

            if (listedCount > groupStart[groupCount])
            {
                groupCount++;
            }
        }

        groupStart[groupCount] = listedCount;
        return true;
    }

    /// <summary>
    /// The accumulation of <see cref="ShortestPathWorker.Accumulate"/> for the searches of the last <see cref="Run"/>,
    /// buckets from the farthest down. <paramref name="targetWeights"/>[j] gives w(t) for lane j's source.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Accumulate(ReadOnlySpan<double[]> targetWeights, Span<double> nodeAcc, Span<double> slotAcc, bool endpoints)
    {
        KernelInvariants.Accumulation(targetWeights, sourceCount, adj.NodeCount, nodeAcc.Length, slotAcc.Length, adj.Targets.Length);
        var offsets = adj.Offsets;
        ref var targets = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        ref var lengths = ref MemoryMarshal.GetArrayDataReference(adj.Lengths!);
        ref var blocks = ref Blocks;
        var scale = Vector512.Create(inverseDelta);
        double[]? shared = targetWeights[0];
        for (var j = 1; j < targetWeights.Length; j++)
        {
            if (!ReferenceEquals(targetWeights[j], shared))
            {
                shared = null;
                break;
            }
        }

        Span<double> laneWeights = stackalloc double[Lanes];
        var endpointSums = Vector512<double>.Zero;
        for (var g = groupCount - 1; g >= 0; g--)
        {
            var b = groupBucket[g];
            var bucket = Vector512.Create((double)b);
            for (var i = groupStart[g]; i < groupStart[g + 1]; i++)
            {
                var v = listed[i];
                ref var bv = ref Unsafe.Add(ref blocks, v);
                var dv = bv.Dist;
                var mask = Vector512.Equals(Vector512.Floor(dv * scale), bucket);
                var from = Vector512.ConditionalSelect(mask, dv, Vector512.Create(double.PositiveInfinity));
                var sv = bv.Value;
                Vector512<double> sum;
                var end = offsets[v + 1];
                if (slotAcc.IsEmpty)
                {
                    sum = SumSuccessors(ref blocks, ref targets, ref lengths, offsets[v], end, from);
                }
                else
                {
                    sum = Vector512<double>.Zero;
                    var lower = Vector512.Create(Lower);
                    for (var k = offsets[v]; k < end; k++)
                    {
                        ref readonly var bw = ref Unsafe.Add(ref blocks, Unsafe.Add(ref targets, k));
                        var c = bw.Value & Vector512.GreaterThanOrEqual(bw.Dist, (from + Vector512.Create(Unsafe.Add(ref lengths, k))) * lower);
                        sum += c;
                        slotAcc[k] += Vector512.Sum(sv * c);
                    }
                }

                var dependency = (sv * sum) & mask;
                Vector512<double> tw;
                if (shared is not null)
                {
                    tw = Vector512.Create(shared[v]) & mask;
                }
                else
                {
                    for (var j = 0; j < Lanes; j++)
                    {
                        laneWeights[j] = j < targetWeights.Length ? targetWeights[j][v] : 0;
                    }

                    tw = Vector512.Create<double>(laneWeights) & mask;
                }

                if (b > 0)
                {
                    // Bucket 0 holds the sources only: a source gets nothing from its own search.
                    nodeAcc[v] += Vector512.Sum(dependency);
                    if (endpoints)
                    {
                        nodeAcc[v] += Vector512.Sum(tw);
                        endpointSums += tw;
                    }
                }

                bv.Value = Vector512.ConditionalSelect(mask, (tw + dependency) / sv, bv.Value);
            }
        }

        if (endpoints)
        {
            for (var j = 0; j < sourceCount; j++)
            {
                nodeAcc[sources[j]] += endpointSums.GetElement(j);
            }
        }
    }

    /// <summary>
    /// The least double beyond <paramref name="cutoff"/> by <see cref="PathTolerance.WithinCutoff"/>: a length is
    /// within the cutoff exactly when it is below this bound (+∞ without a cutoff; 0 for a negative one).
    /// </summary>
    internal static double CutoffBound(double cutoff)
    {
        if (!(cutoff >= 0))
        {
            return 0;
        }

        if (double.IsPositiveInfinity(cutoff))
        {
            return cutoff;
        }

        // WithinCutoff(x) holds for x ≤ cutoff and, above it, for x up to where x − c exceeds 1e-10·(x + c): a prefix of
        // the doubles, whose end is found by bisection on their bits (ordered like the values for x ≥ 0).
        var low = BitConverter.DoubleToInt64Bits(cutoff);
        var high = BitConverter.DoubleToInt64Bits((cutoff * (1 + (4 * PathTolerance.Epsilon))) + double.Epsilon);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (PathTolerance.WithinCutoff(BitConverter.Int64BitsToDouble(middle), cutoff))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return BitConverter.Int64BitsToDouble(high);
    }

    /// <summary>
    /// For a node <paramref name="bv"/> whose lanes <paramref name="here"/> are settled now: sets their σ to the sum of
    /// their predecessors' — the neighbours x with d(x) + l equal to d(v) within the tolerance, that is at most
    /// d(v)·<see cref="Upper"/> — and relaxes its neighbours from those lanes; returns how many entries joined the
    /// buckets. Undirected graphs only (one row for both).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private int PullAndRelax(ref Block blocks, ref int targets, ref double lengths, int begin, int end, ref Block bv, Vector512<double> here)
    {
        // The lanes settled here relax from their distance, the others from +∞ (nothing); predecessors are sought up
        // to d(v)·Upper in the lanes settled here, up to −∞ (none) in the others.
        var dv = bv.Dist;
        var from = Vector512.ConditionalSelect(here, dv, Vector512.Create(double.PositiveInfinity));
        var upTo = Vector512.ConditionalSelect(here, dv * Vector512.Create(Upper), Vector512.Create(double.NegativeInfinity));
        var bound = Vector512.Create(this.bound);
        var scale = Vector512.Create(inverseDelta);
        var added = 0;
        var total = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            var x = Unsafe.Add(ref targets, k);
            var l = Vector512.Create(Unsafe.Add(ref lengths, k));
            ref var bx = ref Unsafe.Add(ref blocks, x);
            var dx = bx.Dist;
            total += bx.Value & Vector512.LessThanOrEqual(dx + l, upTo);
            var nd = from + l;
            var improved = Vector512.LessThan(nd, Avx512F.Min(dx, bound));
            if (improved != Vector512<double>.Zero)
            {
                added += Improve(ref bx, x, dx, nd, improved, scale);
            }
        }

        bv.Value = Vector512.ConditionalSelect(here, total, bv.Value);
        return added;
    }

    /// <summary>Relaxes the neighbours in slots <paramref name="begin"/>..<paramref name="end"/> from the lanes <paramref name="here"/> of <paramref name="bv"/>; returns how many entries joined the buckets.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private int Relax(ref Block blocks, ref int targets, ref double lengths, int begin, int end, ref Block bv, Vector512<double> here)
    {
        var from = Vector512.ConditionalSelect(here, bv.Dist, Vector512.Create(double.PositiveInfinity));
        var bound = Vector512.Create(this.bound);
        var scale = Vector512.Create(inverseDelta);
        var added = 0;
        for (var k = begin; k < end; k++)
        {
            var x = Unsafe.Add(ref targets, k);
            ref var bx = ref Unsafe.Add(ref blocks, x);
            var dx = bx.Dist;
            var nd = from + Vector512.Create(Unsafe.Add(ref lengths, k));
            var improved = Vector512.LessThan(nd, Avx512F.Min(dx, bound));
            if (improved != Vector512<double>.Zero)
            {
                added += Improve(ref bx, x, dx, nd, improved, scale);
            }
        }

        return added;
    }

    /// <summary>
    /// Lowers the distances of <paramref name="x"/> to <paramref name="nd"/> in the lanes of <paramref name="improved"/>,
    /// and queues x in each bucket a lane newly enters where no lane of x was before; returns the entries queued.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Improve(ref Block bx, int x, Vector512<double> dx, Vector512<double> nd, Vector512<double> improved, Vector512<double> scale)
    {
        var newBuckets = Vector512.Floor(nd * scale);
        var oldBuckets = Vector512.Floor(dx * scale);
        var lanes = improved.ExtractMostSignificantBits();
        var added = 0;
        while (lanes != 0)
        {
            // The first improved lane's new bucket, broadcast (a permutation: no trip through memory).
            var same = Avx512F.PermuteVar8x64(newBuckets, Vector512.Create((long)BitOperations.TrailingZeroCount(lanes)));
            lanes &= ~Vector512.Equals(newBuckets, same).ExtractMostSignificantBits();
            if (Vector512.Equals(oldBuckets, same) == Vector512<double>.Zero)
            {
                // Push, written out (the caller made room): x joins the bucket's list.
                var slot = (int)((long)same.ToScalar() & pendingMask);
                ref var head = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(bucketHead), slot);
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(entries), entryCount) = new Entry(x, head);
                head = entryCount++;
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(occupied), slot >> 6) |= 1UL << slot;
                added++;
            }
        }

        bx.Dist = Vector512.ConditionalSelect(improved, nd, dx);
        return added;
    }

    /// <summary>
    /// Σ over the slots <paramref name="begin"/>..<paramref name="end"/> of the in-neighbours' σ, per lane where
    /// d(x) + l is at most <paramref name="upTo"/> (−∞ in the lanes not settled now).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector512<double> SumPredecessors(ref Block blocks, ref int targets, ref double lengths, int begin, int end, Vector512<double> upTo)
    {
        var sum = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            ref readonly var bx = ref Unsafe.Add(ref blocks, Unsafe.Add(ref targets, k));
            sum += bx.Value & Vector512.LessThanOrEqual(bx.Dist + Vector512.Create(Unsafe.Add(ref lengths, k)), upTo);
        }

        return sum;
    }

    /// <summary>
    /// Σ over the slots <paramref name="begin"/>..<paramref name="end"/> of the successors' coefficients per lane: the
    /// neighbours x with d(x) at least (d(v) + l)·<see cref="Lower"/>, from the distances <paramref name="from"/> (+∞
    /// in the lanes not accumulated now, where only unreached neighbours, whose values are 0, pass).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector512<double> SumSuccessors(ref Block blocks, ref int targets, ref double lengths, int begin, int end, Vector512<double> from)
    {
        var lower = Vector512.Create(Lower);
        var sum = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            ref readonly var bx = ref Unsafe.Add(ref blocks, Unsafe.Add(ref targets, k));
            sum += bx.Value & Vector512.GreaterThanOrEqual(bx.Dist, (from + Vector512.Create(Unsafe.Add(ref lengths, k))) * lower);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(long bucket, int node)
    {
        var slot = (int)(bucket & pendingMask);
        entries[entryCount] = new Entry(node, bucketHead[slot]);
        bucketHead[slot] = entryCount++;
        occupied[slot >> 6] |= 1UL << slot;
    }

    /// <summary>The first bucket at or after <paramref name="bucket"/> with nodes waiting (one must exist).</summary>
    private long NextOccupied(long bucket)
    {
        var words = occupied;
        var wrap = words.Length - 1;
        var start = (int)(bucket & pendingMask);
        var i = start >> 6;
        var bits = words[i] & (ulong.MaxValue << start);
        while (bits == 0)
        {
            i = (i + 1) & wrap;
            bits = words[i];
        }

        var slot = (i << 6) + BitOperations.TrailingZeroCount(bits);
        return bucket + ((slot - start) & pendingMask);
    }

    private void Reset()
    {
        ref var blocks = ref Blocks;
        var unreached = Vector512.Create(double.PositiveInfinity);
        for (var i = 0; i < listedCount; i++)
        {
            var v = listed[i];
            ref var bv = ref Unsafe.Add(ref blocks, v);
            bv.Dist = unreached;
            bv.Value = Vector512<double>.Zero;
            processedAt[v] = -1;
        }

        listedCount = 0;
        groupCount = 0;
        entryCount = 0;
    }

    /// <summary>One entry of a bucket's list: the node and the next entry (−1 at the end).</summary>
    private readonly record struct Entry(int Node, int Next);

    /// <summary>One node's 128 bytes: eight distances, then eight path counts or coefficients.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Block
    {
        public Vector512<double> Dist;
        public Vector512<double> Value;
    }
}
