using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RelationsGraph.Paths;

/// <summary>
/// One worker's state for single-source shortest paths on a <see cref="PathAdjacency"/>: breadth-first search for
/// hops, Dijkstra with an indexed 4-ary heap (decrease-key; each node in the heap at most once) for lengths; path counts σ; and Brandes' dependency accumulation
/// (Brandes 2001; generalised to per-target weights as in Brandes 2008). Working memory O(n + m), allocated once
/// and reset in O(visited) after each source: no allocation per source, no LINQ.
/// </summary>
/// <remarks>
/// Per-node data live in one array of <see cref="NodeState"/> so that visiting a neighbour touches one cache line:
/// the kernels are bound by memory latency, not arithmetic.
/// </remarks>
internal sealed class ShortestPathWorker
{
    private readonly PathAdjacency adj;
    private readonly NodeState[] state;
    private readonly int[] order;
    private readonly double[] heapKeys;
    private readonly int[] heapItems;
    private readonly int[] heapIndex;
    private int settledCount;

    public ShortestPathWorker(PathAdjacency adjacency)
    {
        adj = adjacency;
        var n = adjacency.NodeCount;
        state = new NodeState[n];
        order = new int[n];
        for (var v = 0; v < n; v++)
        {
            state[v] = NodeState.Unreached;
        }

        if (adjacency.Lengths is not null)
        {
            heapKeys = new double[n];
            heapItems = new int[n];
            heapIndex = new int[n];
            Array.Fill(heapIndex, -1);
        }
        else
        {
            heapKeys = [];
            heapItems = [];
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
        Reset();
        if (adj.Lengths is null)
        {
            Bfs(source, cutoff, stopAt);
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
        var offsets = adj.Offsets;
        var targets = adj.Targets;
        var lengths = adj.Lengths;
        var trackSlots = !slotAcc.IsEmpty;
        var nodes = state.AsSpan();
        var source = order[0];
        for (var i = settledCount - 1; i >= 0; i--)
        {
            var v = order[i];
            ref var sv = ref nodes[v];
            var sigmaV = sv.Sigma;
            double sum = 0;
            if (lengths is null)
            {
                // Branch-free: whether a neighbour is a successor is data-dependent and mispredicts half the time.
                var next = sv.Dist + 1;
                ref var first = ref MemoryMarshal.GetArrayDataReference(state);
                ref var target = ref MemoryMarshal.GetArrayDataReference(targets);
                var end = offsets[v + 1];
                if (trackSlots)
                {
                    for (var k = offsets[v]; k < end; k++)
                    {
                        ref readonly var sw = ref Unsafe.Add(ref first, Unsafe.Add(ref target, k));
                        var c = sw.Dist == next ? sw.Coef : 0.0;
                        sum += c;
                        slotAcc[k] += sigmaV * c;
                    }
                }
                else
                {
                    sum = PullSum(ref first, ref target, offsets[v], end, next);
                }
            }
            else
            {
                var dv = sv.Dist;
                var posV = sv.Position;
                for (var k = offsets[v]; k < offsets[v + 1]; k++)
                {
                    ref readonly var sw = ref nodes[targets[k]];
                    if (sw.Position > posV && PathTolerance.Same(dv + lengths[k], sw.Dist))
                    {
                        sum += sw.Coef;
                        if (trackSlots)
                        {
                            slotAcc[k] += sigmaV * sw.Coef;
                        }
                    }
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
                if (sp.Position < 0 || sp.Position >= state[w].Position)
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
        }

        settledCount = 0;
    }

    private void Bfs(int source, double cutoff, int stopAt)
    {
        var offsets = adj.Offsets;
        var targets = adj.Targets;
        var nodes = state.AsSpan();
        nodes[source] = new NodeState { Dist = 0, Sigma = 1, Position = 0 };
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
                if (sw.Position < 0)
                {
                    sw.Dist = next;
                    sw.Position = tail;
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

    private void Dijkstra(int source, double cutoff, int stopAt)
    {
        var offsets = adj.Offsets;
        var targets = adj.Targets;
        var lengths = adj.Lengths!;
        var nodes = state.AsSpan();
        var heapSize = 0;
        nodes[source].Dist = 0;
        nodes[source].Sigma = 1;
        Insert(ref heapSize, source, 0);
        var settled = 0;
        while (heapSize > 0)
        {
            var v = PopMin(ref heapSize);
            ref var sv = ref nodes[v];
            var d = sv.Dist;
            sv.Position = settled;
            order[settled++] = v;
            if (v == stopAt)
            {
                break;
            }

            var sigma = sv.Sigma;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var w = targets[k];
                ref var sw = ref nodes[w];
                if (sw.Position >= 0)
                {
                    continue;
                }

                var nd = d + lengths[k];
                if (double.IsPositiveInfinity(nd) || !PathTolerance.WithinCutoff(nd, cutoff))
                {
                    continue;
                }

                if (PathTolerance.Same(nd, sw.Dist))
                {
                    sw.Sigma += sigma;
                }
                else if (nd < sw.Dist)
                {
                    sw.Dist = nd;
                    sw.Sigma = sigma;
                    if (heapIndex[w] >= 0)
                    {
                        SiftUp(heapIndex[w], w, nd);
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
            var w = heapItems[i];
            heapIndex[w] = -1;
            nodes[w] = NodeState.Unreached;
        }

        settledCount = settled;
    }

    private void Insert(ref int size, int item, double key) => SiftUp(size++, item, key);

    /// <summary>Moves <paramref name="item"/> with <paramref name="key"/> up from slot <paramref name="i"/> of the 4-ary heap.</summary>
    private void SiftUp(int i, int item, double key)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 2;
            if (heapKeys[parent] <= key)
            {
                break;
            }

            heapKeys[i] = heapKeys[parent];
            heapItems[i] = heapItems[parent];
            heapIndex[heapItems[i]] = i;
            i = parent;
        }

        heapKeys[i] = key;
        heapItems[i] = item;
        heapIndex[item] = i;
    }

    private int PopMin(ref int size)
    {
        var top = heapItems[0];
        heapIndex[top] = -1;
        var last = --size;
        if (last == 0)
        {
            return top;
        }

        var item = heapItems[last];
        var key = heapKeys[last];
        var i = 0;
        while (true)
        {
            var first = (4 * i) + 1;
            if (first >= last)
            {
                break;
            }

            var best = first;
            var bestKey = heapKeys[first];
            var end = Math.Min(first + 4, last);
            for (var c = first + 1; c < end; c++)
            {
                if (heapKeys[c] < bestKey)
                {
                    best = c;
                    bestKey = heapKeys[c];
                }
            }

            if (bestKey >= key)
            {
                break;
            }

            heapKeys[i] = bestKey;
            heapItems[i] = heapItems[best];
            heapIndex[heapItems[i]] = i;
            i = best;
        }

        heapKeys[i] = key;
        heapItems[i] = item;
        heapIndex[item] = i;
        return top;
    }

    /// <summary>Everything the kernels read or write per node, together: distance, path count, accumulation coefficient, settle position.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct NodeState
    {
        public static readonly NodeState Unreached = new() { Dist = double.PositiveInfinity, Position = -1 };

        public double Dist;
        public double Sigma;
        public double Coef;
        public int Position;
    }
}
