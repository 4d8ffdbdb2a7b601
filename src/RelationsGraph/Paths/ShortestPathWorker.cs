using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RelationsGraph.Common;

namespace RelationsGraph.Paths;

/// <summary>
/// One worker's state for single-source shortest paths on a <see cref="PathAdjacency"/>: breadth-first search for
/// hops; for lengths, Dijkstra on a bucket queue when every length is a small whole number of a quantum 2^-k (exact
/// distances, see <see cref="PathAdjacency.IntegralLengthBound"/> and <see cref="PathAdjacency.ExactQuantum"/>) and otherwise on an indexed 4-ary heap (decrease-key; each node in
/// the heap at most once); path counts σ; and Brandes' dependency accumulation (Brandes 2001; generalised to
/// per-target weights as in Brandes 2008). Working memory O(n + m), allocated once and reset in O(visited) after each
/// source: no allocation per source, no LINQ.
/// </summary>
/// <remarks>
/// Per-node data live in one array of 16-byte <see cref="NodeState"/> (four to a cache line; the settle positions,
/// which only tiny lengths and path sampling need, apart) so that visiting a neighbour touches one line: the kernels
/// are bound by memory latency, not arithmetic. Which neighbours are successors is data-dependent and mispredicts
/// about half the time, so the accumulation and the path counts select without branching.
/// </remarks>
internal sealed class ShortestPathWorker
{
    private readonly PathAdjacency adj;
    private readonly NodeState[] state;
    private readonly int[] position;
    private readonly int[] order;
    private readonly HeapEntry[] heapEntries;
    private readonly int[] heapIndex;
    private readonly int[] bucketHead;
    private readonly ulong[] bucketOccupied;
    private BucketEntry[] bucketEntries;
    private int settledCount;

    public ShortestPathWorker(PathAdjacency adjacency)
    {
        adj = adjacency;
        var n = adjacency.NodeCount;
        state = new NodeState[n];
        position = new int[n];
        order = new int[n];
        Array.Fill(state, NodeState.Unreached);
        Array.Fill(position, -1);
        KernelInvariants.Adjacency(adjacency);

        bucketHead = [];
        bucketOccupied = [];
        bucketEntries = [];
        if (adjacency.IntegralLengthBound > 0 && adjacency.ExactQuantum)
        {
            // One bucket per distance modulo a power of two above the largest length: the nodes waiting at any time lie
            // within one largest length of the distance being settled, so no two distances share a bucket.
            var buckets = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)adjacency.IntegralLengthBound + 1));
            bucketHead = new int[buckets];
            Array.Fill(bucketHead, -1);
            bucketOccupied = new ulong[buckets / 64];
            bucketEntries = new BucketEntry[Math.Max(16, n)];
            heapEntries = [];
            heapIndex = [];
        }
        else if (adjacency.Lengths is not null)
        {
            heapEntries = new HeapEntry[n];
            heapIndex = new int[n];
            Array.Fill(heapIndex, -1);
        }
        else
        {
            heapEntries = [];
            heapIndex = [];
        }
    }

    /// <summary>Settled nodes of the last run, in order of non-decreasing distance; the first is the source.</summary>
    public ReadOnlySpan<int> Settled => order.AsSpan(0, settledCount);

    /// <summary>The distance of <paramref name="v"/> from the last source (+∞ where unreached).</summary>
    public double Distance(int v) => state[v].Dist;

    /// <summary>
    /// Runs from <paramref name="source"/>, settling nodes within <paramref name="cutoff"/> (inclusive), counting
    /// shortest paths. With <paramref name="stopAt"/> ≥ 0 it stops once that node's count is final.
    /// </summary>
    public void Run(int source, double cutoff = double.PositiveInfinity, int stopAt = -1)
    {
        KernelInvariants.Batch([source], 1, adj.NodeCount);
        Reset();
        if (adj.Lengths is null)
        {
            Bfs(source, cutoff, stopAt);
        }
        else if (adj.IntegralLengthBound > 0 && adj.ExactQuantum)
        {
            DijkstraBuckets(source, cutoff, stopAt);
        }
        else
        {
            Dijkstra(source, cutoff, stopAt);
        }
    }

    /// <summary>
    /// Brandes' accumulation after <see cref="Run"/>: adds to <paramref name="nodeAcc"/>[v] the dependency of the
    /// source on v, Σ_t w(t)·σ_st(v)/σ_st, and to <paramref name="slotAcc"/>[k] the same for the tie in slot k.
    /// With <paramref name="endpoints"/>, each reached target t adds w(t) to itself and to the source.
    /// </summary>
    /// <param name="targetWeight">w(t) for every node (0 for nodes that are not targets of this source).</param>
    /// <param name="nodeAcc">Receives the node dependencies.</param>
    /// <param name="slotAcc">Receives the tie dependencies by adjacency slot, or empty.</param>
    /// <param name="endpoints">Whether endpoints count as on the path.</param>
    public void Accumulate(double[] targetWeight, Span<double> nodeAcc, Span<double> slotAcc, bool endpoints)
    {
        KernelInvariants.Accumulation([targetWeight], 1, adj.NodeCount, nodeAcc.Length, slotAcc.Length, adj.Targets.Length);
        var offsets = adj.Offsets;
        var lengths = adj.Lengths;
        var integral = adj.IntegralLengthBound > 0 && adj.ExactQuantum;
        var separated = adj.LengthsSeparated;
        var trackSlots = !slotAcc.IsEmpty;
        ref var first = ref MemoryMarshal.GetArrayDataReference(state);
        ref var target = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        ref var length = ref lengths is null ? ref Unsafe.NullRef<double>() : ref MemoryMarshal.GetArrayDataReference(lengths);
        ref var arc = ref integral ? ref MemoryMarshal.GetArrayDataReference(adj.PackedArcs!) : ref Unsafe.NullRef<int>();
        var bits = adj.PackedLengthBits;
        var lengthMask = (1 << bits) - 1;
        var quantum = adj.LengthQuantum;
        var source = order[0];
        for (var i = settledCount - 1; i >= 0; i--)
        {
            var v = order[i];
            ref var sv = ref Unsafe.Add(ref first, v);
            var sigmaV = sv.Sigma;
            var start = offsets[v];
            var end = offsets[v + 1];
            double sum = 0;

            // Branch-free: whether a neighbour is a successor is data-dependent and mispredicts half the time.
            if (lengths is null)
            {
                var next = sv.Dist + 1;
                if (trackSlots)
                {
                    for (var k = start; k < end; k++)
                    {
                        ref readonly var sw = ref Unsafe.Add(ref first, Unsafe.Add(ref target, k));
                        var c = sw.Dist == next ? sw.Coef : 0.0;
                        sum += c;
                        slotAcc[k] += sigmaV * c;
                    }
                }
                else
                {
                    sum = PullSum(ref first, ref target, start, end, next);
                }
            }
            else if (integral)
            {
                // Whole numbers of quanta: distances are exact, so a successor is one at exactly d(v) + l.
                var dv = sv.Dist;
                if (trackSlots)
                {
                    for (var k = start; k < end; k++)
                    {
                        var packed = Unsafe.Add(ref arc, k);
                        ref readonly var sw = ref Unsafe.Add(ref first, packed >> bits);
                        var c = sw.Dist == dv + ((packed & lengthMask) * quantum) ? sw.Coef : 0.0;
                        sum += c;
                        slotAcc[k] += sigmaV * c;
                    }
                }
                else
                {
                    sum = PullSumExact(ref first, ref arc, bits, quantum, start, end, dv);
                }
            }
            else
            {
                // A successor is at d(v) + l within the tolerance, and settled after v: with separated lengths the first
                // implies the second (it is farther than v beyond doubt).
                var dv = sv.Dist;
                if (trackSlots || !separated)
                {
                    var posV = position[v];
                    for (var k = start; k < end; k++)
                    {
                        var w = Unsafe.Add(ref target, k);
                        ref readonly var sw = ref Unsafe.Add(ref first, w);
                        var successor = Successor(in sw, dv + Unsafe.Add(ref length, k)) & (separated || position[w] > posV);
                        var c = successor ? sw.Coef : 0.0;
                        sum += c;
                        if (trackSlots)
                        {
                            slotAcc[k] += sigmaV * c;
                        }
                    }
                }
                else
                {
                    sum = PullSumTolerant(ref first, ref target, ref length, start, end, dv);
                }
            }

            // σ(v)·Σ_w (w(w) + δ(w))/σ(w) over successors w: the dependency δ(v).
            var dependency = sigmaV * sum;
            if (v != source)
            {
                nodeAcc[v] += dependency;
                if (endpoints && targetWeight[v] != 0)
                {
                    nodeAcc[v] += targetWeight[v];
                    nodeAcc[source] += targetWeight[v];
                }
            }

            sv.Coef = (targetWeight[v] + dependency) / sigmaV;
        }
    }

    /// <summary>
    /// After <see cref="Run"/> with <c>stopAt</c> = <paramref name="target"/>: the internal nodes of one shortest
    /// path to it, chosen uniformly among all shortest paths (walking back, a predecessor p of w is taken with
    /// probability σ(p)/σ(w)). Needs the reverse adjacency to find predecessors.
    /// </summary>
    public int SamplePath(int target, PathAdjacency reverse, ref SplitMix64 random, Span<int> internalNodes)
    {
        var count = 0;
        var source = order[0];
        var w = target;
        var lengths = reverse.Lengths;
        while (true)
        {
            var pick = random.NextDouble() * state[w].Sigma;
            var chosen = -1;
            for (var k = reverse.Offsets[w]; k < reverse.Offsets[w + 1]; k++)
            {
                var p = reverse.Targets[k];
                ref readonly var sp = ref state[p];
                if (position[p] < 0 || position[p] >= position[w])
                {
                    continue;
                }

                var predecessor = lengths is null ? sp.Dist + 1 == state[w].Dist : PathTolerance.Same(sp.Dist + lengths[k], state[w].Dist);
                if (predecessor)
                {
                    chosen = p;
                    pick -= sp.Sigma;
                    if (pick < 0)
                    {
                        break;
                    }
                }
            }

            if (chosen == source || chosen < 0)
            {
                return count;
            }

            internalNodes[count++] = chosen;
            w = chosen;
        }
    }

    private void Reset()
    {
        for (var i = 0; i < settledCount; i++)
        {
            state[order[i]] = NodeState.Unreached;
            position[order[i]] = -1;
        }

        settledCount = 0;
    }

    private void Bfs(int source, double cutoff, int stopAt)
    {
        var offsets = adj.Offsets;
        var targets = adj.Targets;
        var nodes = state.AsSpan();
        nodes[source] = new NodeState { Dist = 0, Sigma = 1 };
        position[source] = 0;
        order[0] = source;
        int head = 0, tail = 1;
        var stopLevel = double.PositiveInfinity;
        ref var first = ref MemoryMarshal.GetArrayDataReference(state);
        ref var target = ref MemoryMarshal.GetArrayDataReference(targets);

        while (head < tail)
        {
            var v = order[head++];
            ref readonly var sv = ref nodes[v];
            var next = sv.Dist + 1;
            if (next > stopLevel || !(next <= cutoff))
            {
                continue;
            }

            var sigma = sv.Sigma;
            var end = offsets[v + 1];
            for (var k = offsets[v]; k < end; k++)
            {
                var w = Unsafe.Add(ref target, k);
                ref var sw = ref Unsafe.Add(ref first, w);
                if (double.IsPositiveInfinity(sw.Dist))
                {
                    sw.Dist = next;
                    position[w] = tail;
                    order[tail++] = w;
                    if (w == stopAt)
                    {
                        stopLevel = next;
                    }
                }

                // Branch-free path count: add σ(v) when w is on the next level, 0 otherwise.
                sw.Sigma += sw.Dist == next ? sigma : 0.0;
            }
        }

        settledCount = tail;
    }

    /// <summary>
    /// Σ of the coefficients of the row's neighbours at distance <paramref name="level"/>: branch-free, with four
    /// independent sums (one running sum would wait on the adder's latency at every step).
    /// </summary>
    private static double PullSum(ref NodeState first, ref int row, int from, int to, double level)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var k = from;
        for (; k + 3 < to; k += 4)
        {
            ref readonly var a = ref Unsafe.Add(ref first, Unsafe.Add(ref row, k));
            ref readonly var b = ref Unsafe.Add(ref first, Unsafe.Add(ref row, k + 1));
            ref readonly var c = ref Unsafe.Add(ref first, Unsafe.Add(ref row, k + 2));
            ref readonly var d = ref Unsafe.Add(ref first, Unsafe.Add(ref row, k + 3));
            s0 += a.Dist == level ? a.Coef : 0.0;
            s1 += b.Dist == level ? b.Coef : 0.0;
            s2 += c.Dist == level ? c.Coef : 0.0;
            s3 += d.Dist == level ? d.Coef : 0.0;
        }

        for (; k < to; k++)
        {
            ref readonly var a = ref Unsafe.Add(ref first, Unsafe.Add(ref row, k));
            s0 += a.Dist == level ? a.Coef : 0.0;
        }

        return (s0 + s1) + (s2 + s3);
    }

    /// <summary>As <see cref="PullSum"/>, for whole-number lengths (<see cref="PathAdjacency.PackedArcs"/>): neighbours at exactly <paramref name="dv"/> + l.</summary>
    private static double PullSumExact(ref NodeState first, ref int arcs, int bits, double quantum, int from, int to, double dv)
    {
        var lengthMask = (1 << bits) - 1;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var k = from;
        for (; k + 3 < to; k += 4)
        {
            int pa = Unsafe.Add(ref arcs, k), pb = Unsafe.Add(ref arcs, k + 1), pc = Unsafe.Add(ref arcs, k + 2), pd = Unsafe.Add(ref arcs, k + 3);
            ref readonly var a = ref Unsafe.Add(ref first, pa >> bits);
            ref readonly var b = ref Unsafe.Add(ref first, pb >> bits);
            ref readonly var c = ref Unsafe.Add(ref first, pc >> bits);
            ref readonly var d = ref Unsafe.Add(ref first, pd >> bits);
            s0 += a.Dist == dv + ((pa & lengthMask) * quantum) ? a.Coef : 0.0;
            s1 += b.Dist == dv + ((pb & lengthMask) * quantum) ? b.Coef : 0.0;
            s2 += c.Dist == dv + ((pc & lengthMask) * quantum) ? c.Coef : 0.0;
            s3 += d.Dist == dv + ((pd & lengthMask) * quantum) ? d.Coef : 0.0;
        }

        for (; k < to; k++)
        {
            var pa = Unsafe.Add(ref arcs, k);
            ref readonly var a = ref Unsafe.Add(ref first, pa >> bits);
            s0 += a.Dist == dv + ((pa & lengthMask) * quantum) ? a.Coef : 0.0;
        }

        return (s0 + s1) + (s2 + s3);
    }

    /// <summary>As <see cref="PullSum"/>, for separated lengths (<see cref="PathAdjacency.LengthsSeparated"/>): successors by <see cref="Successor"/>.</summary>
    private static double PullSumTolerant(ref NodeState first, ref int row, ref double length, int from, int to, double dv)
    {
        double s0 = 0, s1 = 0;
        var k = from;
        for (; k + 1 < to; k += 2)
        {
            ref readonly var a = ref Unsafe.Add(ref first, Unsafe.Add(ref row, k));
            ref readonly var b = ref Unsafe.Add(ref first, Unsafe.Add(ref row, k + 1));
            s0 += Successor(in a, dv + Unsafe.Add(ref length, k)) ? a.Coef : 0.0;
            s1 += Successor(in b, dv + Unsafe.Add(ref length, k + 1)) ? b.Coef : 0.0;
        }

        for (; k < to; k++)
        {
            ref readonly var a = ref Unsafe.Add(ref first, Unsafe.Add(ref row, k));
            s0 += Successor(in a, dv + Unsafe.Add(ref length, k)) ? a.Coef : 0.0;
        }

        return s0 + s1;
    }

    /// <summary>
    /// Whether a tie reaches <paramref name="w"/> at <paramref name="reach"/> along a shortest path:
    /// <see cref="PathTolerance.Same"/>(reach, d(w)), written without branches for non-negative lengths (false when
    /// either is infinite: their sum is then infinite).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Successor(in NodeState w, double reach) =>
        (reach + w.Dist < double.PositiveInfinity) & (Math.Abs(reach - w.Dist) <= PathTolerance.Epsilon * (reach + w.Dist));

    private void Dijkstra(int source, double cutoff, int stopAt)
    {
        var offsets = adj.Offsets;
        ref var first = ref MemoryMarshal.GetArrayDataReference(state);
        ref var target = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        ref var length = ref MemoryMarshal.GetArrayDataReference(adj.Lengths!);
        var separated = adj.LengthsSeparated;
        var heapSize = 0;
        ref var start = ref Unsafe.Add(ref first, source);
        start.Dist = 0;
        start.Sigma = 1;
        Insert(ref heapSize, source, 0);
        var settled = 0;
        while (heapSize > 0)
        {
            var v = PopMin(ref heapSize);
            ref var sv = ref Unsafe.Add(ref first, v);
            var d = sv.Dist;
            position[v] = settled;
            order[settled++] = v;
            if (v == stopAt)
            {
                break;
            }

            var sigma = sv.Sigma;
            var end = offsets[v + 1];
            for (var k = offsets[v]; k < end; k++)
            {
                var w = Unsafe.Add(ref target, k);
                ref var sw = ref Unsafe.Add(ref first, w);

                // A settled node is at most d away: with separated lengths nd is neither shorter nor within the
                // tolerance, so only tiny lengths need the check.
                if (!separated && position[w] >= 0)
                {
                    continue;
                }

                var nd = d + Unsafe.Add(ref length, k);
                if (!(nd < cutoff) && (double.IsPositiveInfinity(nd) || !PathTolerance.WithinCutoff(nd, cutoff)))
                {
                    continue;
                }

                // PathTolerance.Same(nd, d(w)) for a finite nd ≥ 0, inlined: false while w is unreached (d(w) = +∞).
                var current = sw.Dist;
                if ((current < double.PositiveInfinity) & (Math.Abs(nd - current) <= PathTolerance.Epsilon * (nd + current)))
                {
                    sw.Sigma += sigma;
                }
                else if (nd < current)
                {
                    sw.Dist = nd;
                    sw.Sigma = sigma;
                    var slot = heapIndex[w];
                    if (slot >= 0)
                    {
                        SiftUp(slot, w, nd);
                    }
                    else
                    {
                        Insert(ref heapSize, w, nd);
                    }
                }
            }
        }

        // Nodes reached but not settled (only when stopped early) are cleared now, so that the accumulation and the
        // next reset see settled nodes only.
        for (var i = 0; i < heapSize; i++)
        {
            var w = heapEntries[i].Item;
            heapIndex[w] = -1;
            state[w] = NodeState.Unreached;
        }

        settledCount = settled;
    }

    /// <summary>
    /// Dijkstra for whole-number lengths (<see cref="PathAdjacency.IntegralLengthBound"/>) on a bucket queue (Dial's
    /// algorithm): one bucket per distance, circular over a power of two above the largest length, a bitmap of the
    /// non-empty ones; a node whose distance improves is pushed again and its old entry skipped when reached (it is
    /// settled by then). Distances are exact here, so equal within the tolerance is bitwise equal; and as every length
    /// is at least 1, all nodes of a bucket are final, with complete path counts, when it is reached.
    /// </summary>
    private void DijkstraBuckets(int source, double cutoff, int stopAt)
    {
        var offsets = adj.Offsets;
        ref var first = ref MemoryMarshal.GetArrayDataReference(state);
        ref var arc = ref MemoryMarshal.GetArrayDataReference(adj.PackedArcs!);
        var bits = adj.PackedLengthBits;
        var lengthMask = (1 << bits) - 1;
        var quantum = adj.LengthQuantum;
        var quanta = 1 / quantum;
        var mask = bucketHead.Length - 1;
        var bounded = !double.IsPositiveInfinity(cutoff);
        ref var start = ref Unsafe.Add(ref first, source);
        start.Dist = 0;
        start.Sigma = 1;
        var entries = 0;
        var pending = 0;
        Push(ref entries, 0, source);
        pending++;
        var settled = 0;
        var bucket = 0;
        var stopped = false;
        while (pending > 0 && !stopped)
        {
            bucket = NextOccupied(bucket);
            var e = bucketHead[bucket];
            bucketHead[bucket] = -1;
            bucketOccupied[bucket >> 6] &= ~(1UL << bucket);
            while (e >= 0)
            {
                var v = bucketEntries[e].Node;
                e = bucketEntries[e].Next;
                pending--;
                if (position[v] >= 0)
                {
                    continue;
                }

                ref var sv = ref Unsafe.Add(ref first, v);
                position[v] = settled;
                order[settled++] = v;
                if (v == stopAt)
                {
                    stopped = true;
                    break;
                }

                var d = sv.Dist;
                var sigma = sv.Sigma;
                var end = offsets[v + 1];
                for (var k = offsets[v]; k < end; k++)
                {
                    var packed = Unsafe.Add(ref arc, k);
                    var w = packed >> bits;
                    ref var sw = ref Unsafe.Add(ref first, w);
                    var nd = d + ((packed & lengthMask) * quantum);
                    var current = sw.Dist;
                    if (nd < current)
                    {
                        if (bounded && !PathTolerance.WithinCutoff(nd, cutoff))
                        {
                            continue;
                        }

                        sw.Dist = nd;
                        sw.Sigma = sigma;
                        Push(ref entries, (int)((long)(nd * quanta) & mask), w);
                        pending++;
                    }
                    else
                    {
                        // Settled nodes (d(w) ≤ d < nd) add nothing; branch-free, like the breadth-first search.
                        sw.Sigma += nd == current ? sigma : 0.0;
                    }
                }
            }
        }

        if (pending > 0)
        {
            // Stopped early: clear the reached nodes that were not settled, and the buckets.
            for (var i = 0; i < entries; i++)
            {
                var w = bucketEntries[i].Node;
                if (position[w] < 0)
                {
                    state[w] = NodeState.Unreached;
                }
            }

            Array.Fill(bucketHead, -1);
            Array.Clear(bucketOccupied);
        }

        settledCount = settled;
    }

    private void Push(ref int entries, int bucket, int node)
    {
        if (entries == bucketEntries.Length)
        {
            // At most one entry per improvement of a distance; grows rarely, and only in the first searches.
            Array.Resize(ref bucketEntries, 2 * entries);
        }

        bucketEntries[entries] = new BucketEntry(node, bucketHead[bucket]);
        bucketHead[bucket] = entries++;
        bucketOccupied[bucket >> 6] |= 1UL << bucket;
    }

    /// <summary>The first non-empty bucket at or after <paramref name="bucket"/>, circularly (one must exist).</summary>
    private int NextOccupied(int bucket)
    {
        var words = bucketOccupied;
        var wrap = words.Length - 1;
        var i = bucket >> 6;
        var bits = words[i] & (ulong.MaxValue << bucket);
        while (bits == 0)
        {
            i = (i + 1) & wrap;
            bits = words[i];
        }

        return (i << 6) + BitOperations.TrailingZeroCount(bits);
    }

    private void Insert(ref int size, int item, double key) => SiftUp(size++, item, key);

    /// <summary>Moves <paramref name="item"/> with <paramref name="key"/> up from slot <paramref name="i"/> of the 4-ary heap.</summary>
    private void SiftUp(int i, int item, double key)
    {
        ref var heap = ref MemoryMarshal.GetArrayDataReference(heapEntries);
        ref var index = ref MemoryMarshal.GetArrayDataReference(heapIndex);
        while (i > 0)
        {
            var parent = (i - 1) >> 2;
            ref readonly var p = ref Unsafe.Add(ref heap, parent);
            if (p.Key <= key)
            {
                break;
            }

            Unsafe.Add(ref heap, i) = p;
            Unsafe.Add(ref index, p.Item) = i;
            i = parent;
        }

        Unsafe.Add(ref heap, i) = new HeapEntry(key, item);
        Unsafe.Add(ref index, item) = i;
    }

    private int PopMin(ref int size)
    {
        ref var heap = ref MemoryMarshal.GetArrayDataReference(heapEntries);
        ref var index = ref MemoryMarshal.GetArrayDataReference(heapIndex);
        var top = heap.Item;
        Unsafe.Add(ref index, top) = -1;
        var last = --size;
        if (last == 0)
        {
            return top;
        }

        var moving = Unsafe.Add(ref heap, last);
        var i = 0;
        while (true)
        {
            var first = (4 * i) + 1;
            if (first >= last)
            {
                break;
            }

            // The least of up to four children, by index arithmetic rather than branches where possible.
            var best = first;
            var bestKey = Unsafe.Add(ref heap, first).Key;
            var end = Math.Min(first + 4, last);
            for (var c = first + 1; c < end; c++)
            {
                var key = Unsafe.Add(ref heap, c).Key;
                var less = key < bestKey;
                best = less ? c : best;
                bestKey = less ? key : bestKey;
            }

            if (bestKey >= moving.Key)
            {
                break;
            }

            ref readonly var child = ref Unsafe.Add(ref heap, best);
            Unsafe.Add(ref heap, i) = child;
            Unsafe.Add(ref index, child.Item) = i;
            i = best;
        }

        Unsafe.Add(ref heap, i) = moving;
        Unsafe.Add(ref index, moving.Item) = i;
        return top;
    }

    /// <summary>One slot of the heap: the key (a tentative distance) and its node, together in one 16-byte entry.</summary>
    private readonly record struct HeapEntry(double Key, int Item);

    /// <summary>One entry of a bucket's list: the node and the next entry (−1 at the end).</summary>
    private readonly record struct BucketEntry(int Node, int Next);

    /// <summary>
    /// What the kernels read or write per node, in 16 bytes: distance, and path count σ — which the accumulation
    /// replaces, once the node is done, by its coefficient (w + δ)/σ, the only thing its predecessors read.
    /// </summary>
    [StructLayout(LayoutKind.Explicit)]
    private struct NodeState
    {
        public static readonly NodeState Unreached = new() { Dist = double.PositiveInfinity };

        [FieldOffset(0)]
        public double Dist;

        [FieldOffset(8)]
        public double Sigma;

        [FieldOffset(8)]
        public double Coef;
    }
}
