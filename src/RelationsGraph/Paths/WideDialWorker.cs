using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using RelationsGraph.Common;

namespace RelationsGraph.Paths;

/// <summary>
/// Brandes' algorithm for whole-number lengths, or whole numbers of a quantum 1/L (<see cref="PathAdjacency.IntegralLengthBound"/>:
/// 2^-k, or 1/3 for 1/|w| on weights in steps of 0.25; distances counted in quanta), eight sources at a
/// time in <see cref="Vector512{T}"/> lanes (AVX-512): Dial's algorithm for all eight at once. Per node: the eight
/// distances as 16-bit integers in one 16-byte vector, and one 64-byte vector, aligned to a cache line, that holds the
/// path counts σ during the search and the accumulation coefficients (w(v) + δ(v))/σ(v) on the way back.
/// </summary>
/// <remarks>
/// <para>Distances d = 0, 1, 2, … are settled in order. A node waits in the bucket of every distance at which some lane
/// reaches it; when bucket d comes up, the lanes of its nodes whose distance is exactly d are final (every length is at
/// least 1, so improvements only go to later buckets), and the lanes that have improved since are skipped. A node taken
/// from bucket d pulls σ, per lane at d, from its in-neighbours u at exactly d − l (final, with final σ), and relaxes its
/// out-neighbours at d + l, lanes by mask. Pulling σ, rather than pushing it, makes a node's visit idempotent; the
/// nodes of each distance are kept once each, in order, for the way back, which (like <see cref="WideBfsWorker"/>)
/// walks the distances downwards and sums the coefficients of the neighbours at exactly d + l. Distances are exact
/// integers, so the results equal eight runs of <see cref="ShortestPathWorker"/> up to the order of the sums, and are
/// deterministic.</para>
/// <para>A search that would go beyond distance 57,344 makes <see cref="Run"/> return <see langword="false"/>, and the
/// caller runs those sources with the one-source kernel.</para>
/// </remarks>
internal sealed class WideDialWorker : IBatchedPathSearch
{
    /// <summary>Sources per search.</summary>
    public const int Lanes = 8;

    /// <summary>The largest distance a lane may hold: d + l stays below the "unreached" value 0xFFFF, and d − l, wrapped, above it.</summary>
    private const int MaxDistance = 0xE000;

    private readonly PathAdjacency adj;
    private readonly PathAdjacency? reverse;
    private readonly Vector128<ushort>[] dist;
    private readonly int[] processedAt;
    private readonly double[] valueStore;
    private readonly int valueOffset;
    private readonly int[] levelStart = new int[MaxDistance + 3];
    private readonly int[] sources = new int[Lanes];
    private readonly int[] pendingCount;
    private readonly int pendingMask;
    private readonly int maxLength;
    private int[] pending;
    private int pendingCapacity;
    private int[] listed;
    private int listedCount;
    private int topLevel = -1;
    private int sourceCount;

    /// <summary>Creates the worker's state for <paramref name="adjacency"/>, whose lengths must be whole numbers (<see cref="PathAdjacency.PackedArcs"/>).</summary>
    /// <param name="adjacency">The ties the searches follow.</param>
    /// <param name="reverse">The same ties reversed, with their lengths, when they are not symmetric (directed graphs); <see langword="null"/> when <paramref name="adjacency"/> is its own reverse.</param>
    public WideDialWorker(PathAdjacency adjacency, PathAdjacency? reverse)
    {
        if (adjacency.PackedArcs is null || (reverse is not null && reverse.PackedArcs is null))
        {
            throw new ArgumentException("The lengths must be small whole numbers.", nameof(adjacency));
        }

        adj = adjacency;
        this.reverse = reverse;
        var n = adjacency.NodeCount;
        dist = new Vector128<ushort>[n];
        Array.Fill(dist, Vector128<ushort>.AllBitsSet);
        processedAt = new int[n];
        Array.Fill(processedAt, -1);

        // Pinned, so never moved: the offset found once keeps every node's vector on one cache line.
        valueStore = GC.AllocateArray<double>((Lanes * n) + Lanes, pinned: true);
        valueOffset = Alignment.Offset64(valueStore, sizeof(double));
        listed = new int[(2 * n) + 16];
        KernelInvariants.Adjacency(adjacency, reverse);
        KernelInvariants.Store(valueStore, valueOffset, (long)Lanes * n);

        // Buckets waiting: one per distance modulo a power of two above the largest length (no two waiting distances share one).
        maxLength = adjacency.IntegralLengthBound;
        var buckets = (int)BitOperations.RoundUpToPowerOf2((uint)maxLength + 1);
        pendingMask = buckets - 1;
        pendingCount = new int[buckets];
        pendingCapacity = 256;
        pending = new int[buckets * pendingCapacity];
    }

    /// <summary>Whether this machine runs the kernel: AVX-512F and BW, with 512-bit vectors accelerated.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Avx512BW.IsSupported && Vector512.IsHardwareAccelerated;

    private ref Vector512<double> Values => ref Unsafe.As<double, Vector512<double>>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(valueStore), valueOffset));

    /// <summary>
    /// Searches from up to eight distinct sources at once (lanes beyond <paramref name="batch"/>'s length stay empty),
    /// within <paramref name="cutoff"/> (inclusive, with <see cref="PathTolerance"/>). Returns <see langword="false"/>
    /// when a search would go beyond the kernel's largest distance; <see cref="Accumulate"/> must not be called then.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Run(ReadOnlySpan<int> batch, double cutoff)
    {
        KernelInvariants.Batch(batch, Lanes, adj.NodeCount);
        Reset();
        sourceCount = batch.Length;
        batch.CopyTo(sources);

        // The largest whole distance, in quanta, within the cutoff (inclusive, with the tolerance).
        // Whole numbers k of the quantum 1/L are compared as k/L, the double nearest the exact length.
        long limit = long.MaxValue;
        var denominator = adj.LengthDenominator;
        if (cutoff * denominator < 2.0 * MaxDistance)
        {
            limit = Math.Max(-1, (long)Math.Floor(cutoff * denominator));
            while (limit >= 0 && !PathTolerance.WithinCutoff((double)limit / denominator, cutoff))
            {
                limit--;
            }

            while (PathTolerance.WithinCutoff((double)(limit + 1) / denominator, cutoff))
            {
                limit++;
            }
        }

        // A lane improves only below min(its distance, limit + 1): the cutoff costs one vector minimum per tie.
        var bound = Vector128.Create((ushort)(Math.Min(limit, ushort.MaxValue - 1L) + 1));
        ref var dists = ref MemoryMarshal.GetArrayDataReference(dist);
        ref var values = ref Values;
        var total = 0;
        for (var j = 0; j < batch.Length; j++)
        {
            var s = batch[j];
            ref var ds = ref Unsafe.Add(ref dists, s);
            if (Vector128.EqualsAll(ds, Vector128<ushort>.AllBitsSet))
            {
                pending[pendingCount[0]++] = s;
                total++;
            }

            ds = ds.WithElement(j, (ushort)0);
            ref var vs = ref Unsafe.Add(ref values, s);
            vs = vs.WithElement(j, 1.0);
        }

        var offsets = adj.Offsets;
        ref var arcs = ref MemoryMarshal.GetArrayDataReference(adj.PackedArcs!);
        var reverseOffsets = reverse?.Offsets;
        ref var reverseArcs = ref MemoryMarshal.GetArrayDataReference(reverse?.PackedArcs ?? adj.PackedArcs!);
        var bits = adj.PackedLengthBits;
        var count = 0;
        for (var d = 0; ; d++)
        {
            levelStart[d] = count;
            if (total == 0)
            {
                listedCount = count;
                topLevel = d - 1;
                return true;
            }

            var b = d & pendingMask;
            var waiting = pendingCount[b];
            if (waiting == 0)
            {
                continue;
            }

            if (d + maxLength > MaxDistance && limit > MaxDistance)
            {
                // Too far for 16-bit distances.
                listedCount = count;
                topLevel = -1;
                ClearPending();
                return false;
            }

            var here16 = Vector128.Create((ushort)d);
            for (var i = 0; i < waiting; i++)
            {
                var v = pending[(b * pendingCapacity) + i];
                ref var dv = ref Unsafe.Add(ref dists, v);
                var here = Vector128.Equals(dv, here16);
                if (processedAt[v] == d || here == Vector128<ushort>.Zero)
                {
                    // Listed twice, or every lane has improved since.
                    continue;
                }

                processedAt[v] = d;
                if (count == listed.Length)
                {
                    Array.Resize(ref listed, 2 * listed.Length);
                }

                listed[count++] = v;
                var begin = offsets[v];
                var end = offsets[v + 1];
                if (total + (end - begin) >= pendingCapacity)
                {
                    GrowPending(total + (end - begin) + 1);
                }

                ref var queue = ref MemoryMarshal.GetArrayDataReference(pending);
                ref var counts = ref MemoryMarshal.GetArrayDataReference(pendingCount);
                if (d == 0)
                {
                    // The sources: σ is 1 already; only relax.
                    total += Relax(ref dists, ref arcs, bits, ref queue, ref counts, pendingCapacity, pendingMask, begin, end, d, here, bound);
                    continue;
                }

                Vector512<double> sum;
                if (reverse is null)
                {
                    total += PullAndRelax(ref dists, ref values, ref arcs, bits, ref queue, ref counts, pendingCapacity, pendingMask, begin, end, d, here, bound, out sum);
                }
                else
                {
                    // Directed: σ comes from the in-neighbours, the relaxation goes to the out-neighbours.
                    sum = SumAt(ref dists, ref values, ref reverseArcs, bits, reverseOffsets![v], reverseOffsets[v + 1], d, here, predecessors: true);
                    total += Relax(ref dists, ref arcs, bits, ref queue, ref counts, pendingCapacity, pendingMask, begin, end, d, here, bound);
                }

                ref var sv = ref Unsafe.Add(ref values, v);
                sv = Vector512.ConditionalSelect(Widen(here), sum, sv);
            }

            pendingCount[b] = 0;
            total -= waiting;
        }
    }

    /// <summary>
    /// The accumulation of <see cref="ShortestPathWorker.Accumulate"/> for the searches of the last successful
    /// <see cref="Run"/>, distances from the largest down. <paramref name="targetWeights"/>[j] gives w(t) for lane j's source.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Accumulate(ReadOnlySpan<double[]> targetWeights, Span<double> nodeAcc, Span<double> slotAcc, bool endpoints)
    {
        KernelInvariants.Accumulation(targetWeights, sourceCount, adj.NodeCount, nodeAcc.Length, slotAcc.Length, adj.Targets.Length);
        var offsets = adj.Offsets;
        ref var arcs = ref MemoryMarshal.GetArrayDataReference(adj.PackedArcs!);
        var bits = adj.PackedLengthBits;
        var lengthMask = (1 << bits) - 1;
        ref var dists = ref MemoryMarshal.GetArrayDataReference(dist);
        ref var values = ref Values;
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
        for (var d = topLevel; d >= 0; d--)
        {
            var current = Vector128.Create((ushort)d);
            for (var i = levelStart[d]; i < levelStart[d + 1]; i++)
            {
                var v = listed[i];
                var here = Vector128.Equals(Unsafe.Add(ref dists, v), current);
                var mask = Widen(here);
                ref var cv = ref Unsafe.Add(ref values, v);
                var sv = cv;
                Vector512<double> sum;
                var end = offsets[v + 1];
                if (slotAcc.IsEmpty)
                {
                    sum = SumAt(ref dists, ref values, ref arcs, bits, offsets[v], end, d, here, predecessors: false);
                }
                else
                {
                    sum = Vector512<double>.Zero;
                    for (var k = offsets[v]; k < end; k++)
                    {
                        var packed = Unsafe.Add(ref arcs, k);
                        var w = packed >> bits;
                        var at = Vector128.Create((ushort)(d + (packed & lengthMask)));
                        var successor = Vector128.Equals(Unsafe.Add(ref dists, w), at) & here;
                        var c = Unsafe.Add(ref values, w) & Widen(successor);
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

                if (d > 0)
                {
                    // The lanes at distance 0 are the sources themselves: a source gets nothing from its own search.
                    nodeAcc[v] += Vector512.Sum(dependency);
                    if (endpoints)
                    {
                        nodeAcc[v] += Vector512.Sum(tw);
                        endpointSums += tw;
                    }
                }

                cv = Vector512.ConditionalSelect(mask, (tw + dependency) / sv, cv);
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
    /// For a node whose lanes <paramref name="here"/> are at distance <paramref name="d"/>: returns in
    /// <paramref name="sum"/> the σ of its neighbours at exactly d − l per lane (its predecessors), and relaxes its
    /// neighbours to d + l; returns how many entries joined the buckets. Undirected graphs only (one row for both).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int PullAndRelax(ref Vector128<ushort> dists, ref Vector512<double> values, ref int arcs, int bits, ref int queue, ref int counts, int capacity, int bucketMask, int begin, int end, int d, Vector128<ushort> here, Vector128<ushort> bound, out Vector512<double> sum)
    {
        var lengthMask = (1 << bits) - 1;
        var added = 0;
        var total = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            var packed = Unsafe.Add(ref arcs, k);
            var x = packed >> bits;
            var l = packed & lengthMask;
            ref var dx = ref Unsafe.Add(ref dists, x);
            var current = dx;

            // d − l < 0 wraps above every distance a lane holds; it may equal "unreached", whose σ is 0.
            var previous = Vector128.Create((ushort)(d - l));
            total += Unsafe.Add(ref values, x) & Widen(Vector128.Equals(current, previous) & here);
            added += RelaxTie(ref dx, current, d + l, x, here, bound, ref queue, ref counts, capacity, bucketMask);
        }

        sum = total;
        return added;
    }

    /// <summary>Relaxes the neighbours in slots <paramref name="begin"/>..<paramref name="end"/> to d + l for the lanes of <paramref name="here"/>; returns how many entries joined the buckets.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int Relax(ref Vector128<ushort> dists, ref int arcs, int bits, ref int queue, ref int counts, int capacity, int bucketMask, int begin, int end, int d, Vector128<ushort> here, Vector128<ushort> bound)
    {
        var lengthMask = (1 << bits) - 1;
        var added = 0;
        for (var k = begin; k < end; k++)
        {
            var packed = Unsafe.Add(ref arcs, k);
            var x = packed >> bits;
            ref var dx = ref Unsafe.Add(ref dists, x);
            added += RelaxTie(ref dx, dx, d + (packed & lengthMask), x, here, bound, ref queue, ref counts, capacity, bucketMask);
        }

        return added;
    }

    /// <summary>
    /// Σ over the slots <paramref name="begin"/>..<paramref name="end"/> of the neighbours' vectors, per lane of
    /// <paramref name="here"/> where the neighbour is at exactly d − l (<paramref name="predecessors"/>) or d + l, 0 elsewhere.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector512<double> SumAt(ref Vector128<ushort> dists, ref Vector512<double> values, ref int arcs, int bits, int begin, int end, int d, Vector128<ushort> here, bool predecessors)
    {
        var lengthMask = (1 << bits) - 1;
        var sign = predecessors ? -1 : 1;
        var sum = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            var packed = Unsafe.Add(ref arcs, k);
            var w = packed >> bits;
            var at = Vector128.Create((ushort)(d + (sign * (packed & lengthMask))));
            var lanes = Vector128.Equals(Unsafe.Add(ref dists, w), at) & here;
            sum += Unsafe.Add(ref values, w) & Widen(lanes);
        }

        return sum;
    }

    /// <summary>Sign-extends eight 16-bit lane masks to eight 64-bit lane masks.</summary>
    /// <summary>
    /// Relaxes one tie to node <paramref name="x"/> at distance <paramref name="nd"/> for the lanes of
    /// <paramref name="here"/> (within <paramref name="bound"/>): lowers <paramref name="dx"/> where that is shorter, and
    /// queues x in bucket nd when a lane newly reaches it there; returns 1 when queued, else 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RelaxTie(ref Vector128<ushort> dx, Vector128<ushort> current, int nd, int x, Vector128<ushort> here, Vector128<ushort> bound, ref int queue, ref int counts, int capacity, int bucketMask)
    {
        var next = Vector128.Create((ushort)nd);
        var improved = Vector128.LessThan(next, Vector128.Min(current, bound)) & here;
        var added = 0;
        if (IsNew(improved, Vector128.Equals(current, next)))
        {
            // Rare enough (about one tie in ten) that the branch costs less than a count kept in memory.
            var slot = nd & bucketMask;
            ref var waiting = ref Unsafe.Add(ref counts, slot);
            Unsafe.Add(ref queue, (slot * capacity) + waiting) = x;
            waiting++;
            added = 1;
        }

        dx = Vector128.ConditionalSelect(improved, next, current);
        return added;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Widen(Vector128<ushort> lanes) => Avx512F.ConvertToVector512Int64(lanes.AsInt16()).AsDouble();

    /// <summary>1 when a neighbour joins the bucket of d + l now: some lane improves to it, and no lane was there already (then it waits there).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNew(Vector128<ushort> improved, Vector128<ushort> already) =>
        (improved.ExtractMostSignificantBits() != 0) & (already.ExtractMostSignificantBits() == 0);

    /// <summary>Makes room for <paramref name="needed"/> entries in every bucket, keeping the waiting ones.</summary>
    private void GrowPending(int needed)
    {
        var capacity = pendingCapacity;
        while (capacity < needed)
        {
            capacity *= 2;
        }

        var grown = new int[pendingCount.Length * capacity];
        for (var b = 0; b < pendingCount.Length; b++)
        {
            Array.Copy(pending, b * pendingCapacity, grown, b * capacity, pendingCount[b]);
        }

        pending = grown;
        pendingCapacity = capacity;
    }

    /// <summary>After a search stopped early: resets the nodes still waiting, and empties the buckets.</summary>
    private void ClearPending()
    {
        ref var values = ref Values;
        for (var b = 0; b < pendingCount.Length; b++)
        {
            for (var i = 0; i < pendingCount[b]; i++)
            {
                var v = pending[(b * pendingCapacity) + i];
                dist[v] = Vector128<ushort>.AllBitsSet;
                Unsafe.Add(ref values, v) = Vector512<double>.Zero;
            }

            pendingCount[b] = 0;
        }
    }

    private void Reset()
    {
        ref var values = ref Values;
        for (var i = 0; i < listedCount; i++)
        {
            var v = listed[i];
            dist[v] = Vector128<ushort>.AllBitsSet;
            processedAt[v] = -1;
            Unsafe.Add(ref values, v) = Vector512<double>.Zero;
        }

        listedCount = 0;
        topLevel = -1;
    }
}
