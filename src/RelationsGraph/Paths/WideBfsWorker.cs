using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RelationsGraph.Paths;

/// <summary>
/// Brandes' algorithm for hops, eight sources at a time in <see cref="Vector512{T}"/> lanes (AVX-512). Per node: the
/// eight levels as bytes in one <see langword="ulong"/>, and one 64-byte vector, aligned to a cache line, that holds
/// the path counts σ during the search and is overwritten lane by lane with the accumulation coefficients
/// (w(v) + δ(v))/σ(v) on the way back — 72 bytes per node, so that the working set of a search mostly stays in L2.
/// </summary>
/// <remarks>
/// <para>The search pulls: a node of level l sums σ over its neighbours of level l − 1 (all final by then) and, in the
/// same pass over its row, marks its unreached neighbours as level l + 1. So every visit of a neighbour reads its 8
/// level bytes and its vector and writes only the level bytes; the loops are branch-free, because whether a neighbour
/// is a predecessor, a successor or new is data-dependent and would mispredict. A node joins the level list once per
/// distinct level at which the eight searches reach it; per lane, masks keep the searches exact and independent, so
/// the results equal eight runs of <see cref="ShortestPathWorker"/> up to rounding, and are deterministic.</para>
/// <para>The coefficient may replace σ in place: going back level by level, a lane's σ(v) is read last when v's own
/// coefficient for that lane is computed, and the successors whose coefficients v reads sit one level deeper and are
/// done already.</para>
/// <para>Levels are bytes, 255 meaning "not reached": a search deeper than 254 hops makes <see cref="Run"/> return
/// <see langword="false"/>, and the caller runs those sources with the one-source kernel.</para>
/// </remarks>
internal sealed class WideBfsWorker
{
    /// <summary>Sources per search.</summary>
    public const int Lanes = 8;

    private const int MaxLevel = 254;

    private readonly PathAdjacency adj;
    private readonly PathAdjacency? reverse;
    private readonly ulong[] level;
    private readonly double[] valueStore;
    private readonly int valueOffset;
    private readonly int[] levelStart = new int[MaxLevel + 3];
    private readonly int[] sources = new int[Lanes];
    private int[] listed;
    private int listedCount;
    private int topLevel = -1;
    private int sourceCount;

    /// <summary>Creates the worker's state for <paramref name="adjacency"/>.</summary>
    /// <param name="adjacency">The ties the searches follow.</param>
    /// <param name="reverse">The same ties reversed, when they are not symmetric (directed graphs); <see langword="null"/> when <paramref name="adjacency"/> is its own reverse.</param>
    public WideBfsWorker(PathAdjacency adjacency, PathAdjacency? reverse)
    {
        adj = adjacency;
        this.reverse = reverse;
        var n = adjacency.NodeCount;
        level = new ulong[n];
        Array.Fill(level, ulong.MaxValue);

        // Pinned, so never moved: the offset found once keeps every node's vector on one cache line.
        valueStore = GC.AllocateArray<double>((Lanes * n) + Lanes, pinned: true);
        var handle = GCHandle.Alloc(valueStore, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        valueOffset = (int)((64 - (address & 63)) & 63) / sizeof(double);
        listed = new int[(2 * n) + 16];
    }

    /// <summary>Whether this machine runs the kernel: AVX-512F, with 512-bit vectors accelerated.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    private ref Vector512<double> Values => ref Unsafe.As<double, Vector512<double>>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(valueStore), valueOffset));

    /// <summary>
    /// Searches from up to eight distinct sources at once (lanes beyond <paramref name="batch"/>'s length stay empty),
    /// within <paramref name="cutoff"/> hops (inclusive). Returns <see langword="false"/> when a search would go
    /// deeper than 254 hops; <see cref="Accumulate"/> must not be called then.
    /// </summary>
    public bool Run(ReadOnlySpan<int> batch, double cutoff)
    {
        Reset();
        sourceCount = batch.Length;
        batch.CopyTo(sources);
        ref var levels = ref MemoryMarshal.GetArrayDataReference(level);
        ref var values = ref Values;
        var count = 0;
        for (var j = 0; j < batch.Length; j++)
        {
            var s = batch[j];
            ref var ls = ref Unsafe.Add(ref levels, s);
            if (ls == ulong.MaxValue)
            {
                listed[count++] = s;
            }

            ls &= ~(0xFFUL << (8 * j));
            ref var vs = ref Unsafe.Add(ref values, s);
            vs = vs.WithElement(j, 1.0);
        }

        var offsets = adj.Offsets;
        ref var target = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        var reverseOffsets = reverse?.Offsets;
        ref var source = ref MemoryMarshal.GetArrayDataReference(reverse?.Targets ?? adj.Targets);
        levelStart[0] = 0;
        for (var l = 0; ; l++)
        {
            var from = levelStart[l];
            var to = count;
            levelStart[l + 1] = to;
            if (from == to)
            {
                listedCount = count;
                topLevel = l;
                return true;
            }

            var discover = l + 1 <= cutoff;
            if (discover && l + 1 > MaxLevel)
            {
                listedCount = count;
                topLevel = -1;
                return false;
            }

            var current = Vector128.Create((byte)l);
            var previous = Vector128.Create((byte)(l - 1));
            var next = Vector128.Create((byte)(l + 1));
            var discoverMask = discover ? Vector128<byte>.AllBitsSet : Vector128<byte>.Zero;
            for (var i = from; i < to; i++)
            {
                var v = listed[i];
                var here = Vector128.Equals(Vector128.CreateScalar(Unsafe.Add(ref levels, v)).AsByte(), current);
                var grow = here & discoverMask;
                var begin = offsets[v];
                var end = offsets[v + 1];

                // The row may list each neighbour once (the loop below stores before it knows): room for all of them.
                if (count + (end - begin) >= listed.Length)
                {
                    Array.Resize(ref listed, Math.Max(2 * listed.Length, count + (end - begin) + 1));
                }

                ref var list = ref MemoryMarshal.GetArrayDataReference(listed);
                if (l == 0)
                {
                    // The sources: σ is 1 already; only mark the neighbours.
                    count = Discover(ref levels, ref target, ref list, begin, end, count, grow, next);
                    continue;
                }

                Vector512<double> sum;
                if (reverse is null)
                {
                    count = PullAndDiscover(ref levels, ref values, ref target, ref list, begin, end, count, here, grow, next, out sum);
                }
                else
                {
                    // Directed: σ comes from the in-neighbours, the next level from the out-neighbours.
                    sum = SumAtLevel(ref levels, ref values, ref source, reverseOffsets![v], reverseOffsets[v + 1], here, previous);
                    count = Discover(ref levels, ref target, ref list, begin, end, count, grow, next);
                }

                ref var sv = ref Unsafe.Add(ref values, v);
                sv = Vector512.ConditionalSelect(Widen(here), sum, sv);
            }
        }
    }

    /// <summary>
    /// The accumulation of <see cref="ShortestPathWorker.Accumulate"/> for the searches of the last successful
    /// <see cref="Run"/>, levels from the deepest up. <paramref name="targetWeights"/>[j] gives w(t) for lane j's source.
    /// </summary>
    public void Accumulate(ReadOnlySpan<double[]> targetWeights, Span<double> nodeAcc, Span<double> slotAcc, bool endpoints)
    {
        var offsets = adj.Offsets;
        ref var target = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        ref var levels = ref MemoryMarshal.GetArrayDataReference(level);
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
        for (var l = topLevel; l >= 0; l--)
        {
            var current = Vector128.Create((byte)l);
            var next = Vector128.Create((byte)(l + 1));
            for (var i = levelStart[l]; i < levelStart[l + 1]; i++)
            {
                var v = listed[i];
                var here = Vector128.Equals(Vector128.CreateScalar(Unsafe.Add(ref levels, v)).AsByte(), current);
                var mask = Widen(here);
                ref var cv = ref Unsafe.Add(ref values, v);
                var sv = cv;
                Vector512<double> sum;
                var end = offsets[v + 1];
                if (slotAcc.IsEmpty)
                {
                    sum = SumAtLevel(ref levels, ref values, ref target, offsets[v], end, here, next);
                }
                else
                {
                    sum = Vector512<double>.Zero;
                    for (var k = offsets[v]; k < end; k++)
                    {
                        var w = Unsafe.Add(ref target, k);
                        var successor = Vector128.Equals(Vector128.CreateScalar(Unsafe.Add(ref levels, w)).AsByte(), next) & here;
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

                if (l > 0)
                {
                    // The lanes of level 0 are the sources themselves: a source gets nothing from its own search.
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
    /// For a node whose lanes <paramref name="here"/> sit one level below <paramref name="next"/>: returns in
    /// <paramref name="sum"/> the σ of its neighbours one level lower (its predecessors), and marks and lists its unreached
    /// neighbours as <paramref name="next"/> for the lanes of <paramref name="grow"/>; returns the list's new length.
    /// A separate method without calls, so that the JIT keeps every vector in a register.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int PullAndDiscover(ref ulong levels, ref Vector512<double> values, ref int target, ref int list, int begin, int end, int count, Vector128<byte> here, Vector128<byte> grow, Vector128<byte> next, out Vector512<double> sum)
    {
        var unreached = Vector128.Create(byte.MaxValue);
        var previous = next - Vector128.Create((byte)2);
        var total = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            var x = Unsafe.Add(ref target, k);
            ref var lx = ref Unsafe.Add(ref levels, x);
            var bytes = Vector128.CreateScalar(lx).AsByte();
            total += Unsafe.Add(ref values, x) & Widen(Vector128.Equals(bytes, previous) & here);
            var found = Vector128.Equals(bytes, unreached) & grow;
            Unsafe.Add(ref list, count) = x;
            count += IsNew(found, bytes, next);
            lx = Vector128.ConditionalSelect(found, next, bytes).AsUInt64().ToScalar();
        }

        sum = total;
        return count;
    }

    /// <summary>
    /// Σ over the slots <paramref name="begin"/>..<paramref name="end"/> of the neighbours' vectors, per lane of
    /// <paramref name="here"/> where the neighbour sits at level <paramref name="at"/>, 0 elsewhere.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> SumAtLevel(ref ulong levels, ref Vector512<double> values, ref int row, int begin, int end, Vector128<byte> here, Vector128<byte> at)
    {
        var sum = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            var w = Unsafe.Add(ref row, k);
            var lanes = Vector128.Equals(Vector128.CreateScalar(Unsafe.Add(ref levels, w)).AsByte(), at) & here;
            sum += Unsafe.Add(ref values, w) & Widen(lanes);
        }

        return sum;
    }

    /// <summary>
    /// Marks the neighbours in slots <paramref name="begin"/>..<paramref name="end"/> that the lanes of
    /// <paramref name="grow"/> reach first as level <paramref name="next"/>, and lists the new ones; returns the list's new length.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Discover(ref ulong levels, ref int target, ref int list, int begin, int end, int count, Vector128<byte> grow, Vector128<byte> next)
    {
        var unreached = Vector128.Create(byte.MaxValue);
        for (var k = begin; k < end; k++)
        {
            var x = Unsafe.Add(ref target, k);
            ref var lx = ref Unsafe.Add(ref levels, x);
            var bytes = Vector128.CreateScalar(lx).AsByte();
            var found = Vector128.Equals(bytes, unreached) & grow;
            Unsafe.Add(ref list, count) = x;
            count += IsNew(found, bytes, next);
            lx = Vector128.ConditionalSelect(found, next, bytes).AsUInt64().ToScalar();
        }

        return count;
    }

    /// <summary>Sign-extends eight byte masks (the low half of <paramref name="bytes"/>) to eight 64-bit lane masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Widen(Vector128<byte> bytes) => Avx512F.ConvertToVector512Int64(bytes.AsSByte()).AsDouble();

    /// <summary>1 when a neighbour with levels <paramref name="bytes"/> joins the next level's list now: some lane finds it, and no lane has listed it there yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IsNew(Vector128<byte> found, Vector128<byte> bytes, Vector128<byte> next)
    {
        var anyFound = found.AsUInt64().ToScalar();
        var anyListed = Vector128.Equals(bytes, next).AsUInt64().ToScalar();

        // The top bit of x | −x is set exactly when x ≠ 0.
        return (int)(((anyFound | (0 - anyFound)) & ~(anyListed | (0 - anyListed))) >> 63);
    }

    private void Reset()
    {
        ref var levels = ref MemoryMarshal.GetArrayDataReference(level);
        ref var values = ref Values;
        for (var i = 0; i < listedCount; i++)
        {
            var v = listed[i];
            Unsafe.Add(ref levels, v) = ulong.MaxValue;
            Unsafe.Add(ref values, v) = Vector512<double>.Zero;
        }

        listedCount = 0;
        topLevel = -1;
    }
}
