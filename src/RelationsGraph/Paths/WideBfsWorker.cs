using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using RelationsGraph.Common;

namespace RelationsGraph.Paths;

/// <summary>
/// Brandes' algorithm for hops, sixteen sources at a time (AVX-512). Per node: the sixteen levels as bytes in one
/// <see cref="Vector128{T}"/>, and two 64-byte vectors on one 128-byte aligned block that hold the path counts σ during
/// the search and are overwritten lane by lane with the accumulation coefficients (w(v) + δ(v))/σ(v) on the way back.
/// </summary>
/// <remarks>
/// <para>The search pulls: a node of level l sums σ over its neighbours of level l − 1 (all final by then) and, in the
/// same pass over its row, marks its unreached neighbours as level l + 1. The loops are branch-free, because whether a
/// neighbour is a predecessor, a successor or new is data-dependent and would mispredict. A node joins the level list
/// once per distinct level at which the sixteen searches reach it — for nearby sources (nodes renumbered
/// breadth-first) far fewer times than sixteen; per lane, masks keep the searches exact and independent, so the results
/// equal sixteen runs of <see cref="ShortestPathWorker"/> up to rounding, and are deterministic.</para>
/// <para>The coefficient may replace σ in place: going back level by level, a lane's σ(v) is read last when v's own
/// coefficient for that lane is computed, and the successors whose coefficients v reads sit one level deeper and are
/// done already.</para>
/// <para>Levels are bytes, 255 meaning "not reached": a search deeper than 254 hops makes <see cref="Run"/> return
/// <see langword="false"/>, and the caller runs those sources with the one-source kernel.</para>
/// </remarks>
internal sealed class WideBfsWorker : IBatchedPathSearch
{
    /// <summary>Sources per search.</summary>
    public const int Lanes = 16;

    private const int MaxLevel = 254;

    private readonly PathAdjacency adj;
    private readonly PathAdjacency? reverse;
    private readonly ulong[] levelStore;
    private readonly int levelOffset;
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

        // Pinned, so never moved: the offsets found once keep every node's levels and vectors within cache lines.
        levelStore = GC.AllocateArray<ulong>((2 * n) + 8, pinned: true);
        Array.Fill(levelStore, ulong.MaxValue);
        levelOffset = Alignment.Offset64(levelStore, sizeof(ulong));
        valueStore = GC.AllocateArray<double>((Lanes * n) + 8, pinned: true);
        valueOffset = Alignment.Offset64(valueStore, sizeof(double));
        listed = new int[(2 * n) + 16];
        KernelInvariants.Adjacency(adjacency, reverse);
        KernelInvariants.Store(levelStore, levelOffset, 2L * n);
        KernelInvariants.Store(valueStore, valueOffset, (long)Lanes * n);
    }

    /// <summary>Whether this machine runs the kernel: AVX-512F, with 512-bit vectors accelerated.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    private ref Vector128<byte> Levels => ref Unsafe.As<ulong, Vector128<byte>>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(levelStore), levelOffset));

    private ref Vector512<double> Values => ref Unsafe.As<double, Vector512<double>>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(valueStore), valueOffset));

    /// <summary>
    /// Searches from up to sixteen distinct sources at once (lanes beyond <paramref name="batch"/>'s length stay
    /// empty), within <paramref name="cutoff"/> hops (inclusive). Returns <see langword="false"/> when a search would go
    /// deeper than 254 hops; <see cref="Accumulate"/> must not be called then.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Run(ReadOnlySpan<int> batch, double cutoff)
    {
        KernelInvariants.Batch(batch, Lanes, adj.NodeCount);
        Reset();
        sourceCount = batch.Length;
        batch.CopyTo(sources);
        ref var levels = ref Levels;
        ref var values = ref Values;
        var count = 0;
        for (var j = 0; j < batch.Length; j++)
        {
            var s = batch[j];
            ref var ls = ref Unsafe.Add(ref levels, s);
            if (ls == Vector128<byte>.AllBitsSet)
            {
                listed[count++] = s;
            }

            ls = ls.WithElement(j, (byte)0);
            ref var vs = ref Unsafe.Add(ref values, (2 * s) + (j >> 3));
            vs = vs.WithElement(j & 7, 1.0);
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
                var here = Vector128.Equals(Unsafe.Add(ref levels, v), current);
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

                Vector512<double> low, high;
                if (reverse is null)
                {
                    count = PullAndDiscover(ref levels, ref values, ref target, ref list, begin, end, count, here, grow, next, out low, out high);
                }
                else
                {
                    // Directed: σ comes from the in-neighbours, the next level from the out-neighbours.
                    SumAtLevel(ref levels, ref values, ref source, reverseOffsets![v], reverseOffsets[v + 1], here, previous, out low, out high);
                    count = Discover(ref levels, ref target, ref list, begin, end, count, grow, next);
                }

                ref var sv = ref Unsafe.Add(ref values, 2 * v);
                sv = Vector512.ConditionalSelect(WidenLow(here), low, sv);
                ref var sv1 = ref Unsafe.Add(ref sv, 1);
                sv1 = Vector512.ConditionalSelect(WidenHigh(here), high, sv1);
            }
        }
    }

    /// <summary>
    /// The accumulation of <see cref="ShortestPathWorker.Accumulate"/> for the searches of the last successful
    /// <see cref="Run"/>, levels from the deepest up. <paramref name="targetWeights"/>[j] gives w(t) for lane j's source.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Accumulate(ReadOnlySpan<double[]> targetWeights, Span<double> nodeAcc, Span<double> slotAcc, bool endpoints)
    {
        KernelInvariants.Accumulation(targetWeights, sourceCount, adj.NodeCount, nodeAcc.Length, slotAcc.Length, adj.Targets.Length);
        var offsets = adj.Offsets;
        ref var target = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        ref var levels = ref Levels;
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
        var endpointLow = Vector512<double>.Zero;
        var endpointHigh = Vector512<double>.Zero;
        for (var l = topLevel; l >= 0; l--)
        {
            var current = Vector128.Create((byte)l);
            var next = Vector128.Create((byte)(l + 1));
            for (var i = levelStart[l]; i < levelStart[l + 1]; i++)
            {
                var v = listed[i];
                var here = Vector128.Equals(Unsafe.Add(ref levels, v), current);
                var maskLow = WidenLow(here);
                var maskHigh = WidenHigh(here);
                ref var cv = ref Unsafe.Add(ref values, 2 * v);
                ref var cv1 = ref Unsafe.Add(ref cv, 1);
                var svLow = cv;
                var svHigh = cv1;
                Vector512<double> low, high;
                var end = offsets[v + 1];
                if (slotAcc.IsEmpty)
                {
                    SumAtLevel(ref levels, ref values, ref target, offsets[v], end, here, next, out low, out high);
                }
                else
                {
                    low = Vector512<double>.Zero;
                    high = Vector512<double>.Zero;
                    for (var k = offsets[v]; k < end; k++)
                    {
                        var w = Unsafe.Add(ref target, k);
                        var successor = Vector128.Equals(Unsafe.Add(ref levels, w), next) & here;
                        ref var cw = ref Unsafe.Add(ref values, 2 * w);
                        var c0 = cw & WidenLow(successor);
                        var c1 = Unsafe.Add(ref cw, 1) & WidenHigh(successor);
                        low += c0;
                        high += c1;
                        slotAcc[k] += Vector512.Sum((svLow * c0) + (svHigh * c1));
                    }
                }

                var dependencyLow = (svLow * low) & maskLow;
                var dependencyHigh = (svHigh * high) & maskHigh;
                Vector512<double> twLow, twHigh;
                if (shared is not null)
                {
                    var w = Vector512.Create(shared[v]);
                    twLow = w & maskLow;
                    twHigh = w & maskHigh;
                }
                else
                {
                    for (var j = 0; j < Lanes; j++)
                    {
                        laneWeights[j] = j < targetWeights.Length ? targetWeights[j][v] : 0;
                    }

                    twLow = Vector512.Create<double>(laneWeights) & maskLow;
                    twHigh = Vector512.Create<double>(laneWeights[8..]) & maskHigh;
                }

                if (l > 0)
                {
                    // The lanes of level 0 are the sources themselves: a source gets nothing from its own search.
                    nodeAcc[v] += Vector512.Sum(dependencyLow + dependencyHigh);
                    if (endpoints)
                    {
                        nodeAcc[v] += Vector512.Sum(twLow + twHigh);
                        endpointLow += twLow;
                        endpointHigh += twHigh;
                    }
                }

                cv = Vector512.ConditionalSelect(maskLow, (twLow + dependencyLow) / svLow, svLow);
                cv1 = Vector512.ConditionalSelect(maskHigh, (twHigh + dependencyHigh) / svHigh, svHigh);
            }
        }

        if (endpoints)
        {
            for (var j = 0; j < sourceCount; j++)
            {
                nodeAcc[sources[j]] += j < 8 ? endpointLow.GetElement(j) : endpointHigh.GetElement(j - 8);
            }
        }
    }

    /// <summary>
    /// For a node whose lanes <paramref name="here"/> sit one level below <paramref name="next"/>: returns in
    /// <paramref name="low"/> and <paramref name="high"/> the σ of its neighbours one level lower (its predecessors), and
    /// marks and lists its unreached neighbours as <paramref name="next"/> for the lanes of <paramref name="grow"/>;
    /// returns the list's new length. A separate method without calls, so that the JIT keeps every vector in a register.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int PullAndDiscover(ref Vector128<byte> levels, ref Vector512<double> values, ref int target, ref int list, int begin, int end, int count, Vector128<byte> here, Vector128<byte> grow, Vector128<byte> next, out Vector512<double> low, out Vector512<double> high)
    {
        var unreached = Vector128<byte>.AllBitsSet;
        var previous = next - Vector128.Create((byte)2);
        var totalLow = Vector512<double>.Zero;
        var totalHigh = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            var x = Unsafe.Add(ref target, k);
            ref var lx = ref Unsafe.Add(ref levels, x);
            var bytes = lx;
            var predecessor = Vector128.Equals(bytes, previous) & here;
            ref var vx = ref Unsafe.Add(ref values, 2 * x);
            totalLow += vx & WidenLow(predecessor);
            totalHigh += Unsafe.Add(ref vx, 1) & WidenHigh(predecessor);
            var found = Vector128.Equals(bytes, unreached) & grow;
            Unsafe.Add(ref list, count) = x;
            count += IsNew(found, bytes, next);
            lx = Vector128.ConditionalSelect(found, next, bytes);
        }

        low = totalLow;
        high = totalHigh;
        return count;
    }

    /// <summary>
    /// Σ over the slots <paramref name="begin"/>..<paramref name="end"/> of the neighbours' vectors, per lane of
    /// <paramref name="here"/> where the neighbour sits at level <paramref name="at"/>, 0 elsewhere: lanes 0–7 in
    /// <paramref name="low"/>, 8–15 in <paramref name="high"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void SumAtLevel(ref Vector128<byte> levels, ref Vector512<double> values, ref int row, int begin, int end, Vector128<byte> here, Vector128<byte> at, out Vector512<double> low, out Vector512<double> high)
    {
        var sumLow = Vector512<double>.Zero;
        var sumHigh = Vector512<double>.Zero;
        for (var k = begin; k < end; k++)
        {
            var w = Unsafe.Add(ref row, k);
            var lanes = Vector128.Equals(Unsafe.Add(ref levels, w), at) & here;
            ref var vw = ref Unsafe.Add(ref values, 2 * w);
            sumLow += vw & WidenLow(lanes);
            sumHigh += Unsafe.Add(ref vw, 1) & WidenHigh(lanes);
        }

        low = sumLow;
        high = sumHigh;
    }

    /// <summary>
    /// Marks the neighbours in slots <paramref name="begin"/>..<paramref name="end"/> that the lanes of
    /// <paramref name="grow"/> reach first as level <paramref name="next"/>, and lists the new ones; returns the list's new length.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int Discover(ref Vector128<byte> levels, ref int target, ref int list, int begin, int end, int count, Vector128<byte> grow, Vector128<byte> next)
    {
        var unreached = Vector128<byte>.AllBitsSet;
        for (var k = begin; k < end; k++)
        {
            var x = Unsafe.Add(ref target, k);
            ref var lx = ref Unsafe.Add(ref levels, x);
            var bytes = lx;
            var found = Vector128.Equals(bytes, unreached) & grow;
            Unsafe.Add(ref list, count) = x;
            count += IsNew(found, bytes, next);
            lx = Vector128.ConditionalSelect(found, next, bytes);
        }

        return count;
    }

    /// <summary>Sign-extends byte masks 0–7 of <paramref name="bytes"/> to eight 64-bit lane masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> WidenLow(Vector128<byte> bytes) => Avx512F.ConvertToVector512Int64(bytes.AsSByte()).AsDouble();

    /// <summary>Sign-extends byte masks 8–15 of <paramref name="bytes"/> to eight 64-bit lane masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> WidenHigh(Vector128<byte> bytes) => Avx512F.ConvertToVector512Int64(Sse2.UnpackHigh(bytes.AsUInt64(), bytes.AsUInt64()).AsSByte()).AsDouble();

    /// <summary>1 when a neighbour with levels <paramref name="bytes"/> joins the next level's list now: some lane finds it, and no lane has listed it there yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IsNew(Vector128<byte> found, Vector128<byte> bytes, Vector128<byte> next)
    {
        var anyFound = found.ExtractMostSignificantBits();
        var anyListed = Vector128.Equals(bytes, next).ExtractMostSignificantBits();

        // Both are 16-bit masks: the top bit of x | −x is set exactly when x ≠ 0.
        return (int)(((anyFound | (0 - anyFound)) & ~(anyListed | (0 - anyListed))) >> 31);
    }

    private void Reset()
    {
        ref var levels = ref Levels;
        ref var values = ref Values;
        for (var i = 0; i < listedCount; i++)
        {
            var v = listed[i];
            Unsafe.Add(ref levels, v) = Vector128<byte>.AllBitsSet;
            Unsafe.Add(ref values, 2 * v) = Vector512<double>.Zero;
            Unsafe.Add(ref values, (2 * v) + 1) = Vector512<double>.Zero;
        }

        listedCount = 0;
        topLevel = -1;
    }
}
