namespace RelationsGraph.Paths;

/// <summary>
/// One worker's state for single-source shortest paths on a <see cref="PathAdjacency"/>: breadth-first search for
/// hops, Dijkstra with a binary heap for lengths; path counts σ; and Brandes' dependency accumulation
/// (Brandes 2001; generalised to per-target weights as in Brandes 2008). Working memory O(n + m), allocated once
/// and reset in O(visited) after each source: no allocation per source, no LINQ.
/// </summary>
internal sealed class ShortestPathWorker
{
    private readonly PathAdjacency adj;
    private readonly double[] dist;
    private readonly double[] sigma;
    private readonly double[] delta;
    private readonly int[] order;
    private readonly int[] position;
    private readonly double[] heapKeys;
    private readonly int[] heapItems;
    private int settledCount;

    public ShortestPathWorker(PathAdjacency adjacency)
    {
        adj = adjacency;
        var n = adjacency.NodeCount;
        dist = new double[n];
        sigma = new double[n];
        delta = new double[n];
        order = new int[n];
        position = new int[n];
        Array.Fill(dist, double.PositiveInfinity);
        Array.Fill(position, -1);
        if (adjacency.Lengths is not null)
        {
            heapKeys = new double[adjacency.Targets.Length + 2];
            heapItems = new int[adjacency.Targets.Length + 2];
        }
        else
        {
            heapKeys = [];
            heapItems = [];
        }
    }

    /// <summary>Distances from the last source (+∞ where unreached).</summary>
    public double[] Distances => dist;

    /// <summary>Shortest-path counts from the last source.</summary>
    public double[] Sigma => sigma;

    /// <summary>Settled nodes of the last run, in order of non-decreasing distance; the first is the source.</summary>
    public ReadOnlySpan<int> Settled => order.AsSpan(0, settledCount);

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
        var trackSlots = !slotAcc.IsEmpty;
        var offsets = adj.Offsets;
        var targets = adj.Targets;
        var lengths = adj.Lengths;
        var source = order[0];
        for (var i = settledCount - 1; i >= 0; i--)
        {
            var v = order[i];
            var dv = dist[v];
            var sv = sigma[v];
            var posV = position[v];
            double d = 0;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var w = targets[k];
                var pw = position[w];
                if (pw <= posV)
                {
                    continue;
                }

                var successor = lengths is null ? dist[w] == dv + 1 : PathTolerance.Same(dv + lengths[k], dist[w]);
                if (successor)
                {
                    // delta[w] holds (w(w) + δ(w)) / σ(w) once w is done (see below).
                    var c = sv * delta[w];
                    d += c;
                    if (trackSlots)
                    {
                        slotAcc[k] += c;
                    }
                }
            }

            if (v != source)
            {
                nodeAcc[v] += d;
                if (endpoints && targetWeight[v] != 0)
                {
                    nodeAcc[v] += targetWeight[v];
                    nodeAcc[source] += targetWeight[v];
                }
            }

            delta[v] = (targetWeight[v] + d) / sv;
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
        while (true)
        {
            var pick = random.NextDouble() * sigma[w];
            var chosen = -1;
            var lengths = reverse.Lengths;
            for (var k = reverse.Offsets[w]; k < reverse.Offsets[w + 1]; k++)
            {
                var p = reverse.Targets[k];
                if (position[p] < 0 || position[p] >= position[w])
                {
                    continue;
                }

                var predecessor = lengths is null ? dist[p] + 1 == dist[w] : PathTolerance.Same(dist[p] + lengths[k], dist[w]);
                if (predecessor)
                {
                    chosen = p;
                    pick -= sigma[p];
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
            var v = order[i];
            dist[v] = double.PositiveInfinity;
            sigma[v] = 0;
            delta[v] = 0;
            position[v] = -1;
        }

        settledCount = 0;
    }

    private void Bfs(int source, double cutoff, int stopAt)
    {
        var offsets = adj.Offsets;
        var targets = adj.Targets;
        dist[source] = 0;
        sigma[source] = 1;
        position[source] = 0;
        order[0] = source;
        int head = 0, tail = 1;
        var stopLevel = double.PositiveInfinity;
        while (head < tail)
        {
            var v = order[head++];
            var dv = dist[v];
            if (dv >= stopLevel || !(dv + 1 <= cutoff))
            {
                continue;
            }

            var sv = sigma[v];
            var next = dv + 1;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var w = targets[k];
                if (position[w] < 0)
                {
                    dist[w] = next;
                    position[w] = tail;
                    order[tail++] = w;
                    if (w == stopAt)
                    {
                        stopLevel = next;
                    }
                }

                if (dist[w] == next)
                {
                    sigma[w] += sv;
                }
            }
        }

        settledCount = tail;
    }

    private void Dijkstra(int source, double cutoff, int stopAt)
    {
        var offsets = adj.Offsets;
        var targets = adj.Targets;
        var lengths = adj.Lengths!;
        var heapSize = 0;
        dist[source] = 0;
        sigma[source] = 1;
        Push(ref heapSize, 0, source);
        var settled = 0;
        while (heapSize > 0)
        {
            var (d, v) = Pop(ref heapSize);
            if (position[v] >= 0 || d > dist[v])
            {
                continue;
            }

            position[v] = settled;
            order[settled++] = v;
            if (v == stopAt)
            {
                break;
            }

            var sv = sigma[v];
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var w = targets[k];
                if (position[w] >= 0)
                {
                    continue;
                }

                var nd = d + lengths[k];
                if (double.IsPositiveInfinity(nd) || !PathTolerance.WithinCutoff(nd, cutoff))
                {
                    continue;
                }

                var dw = dist[w];
                if (PathTolerance.Same(nd, dw))
                {
                    sigma[w] += sv;
                }
                else if (nd < dw)
                {
                    dist[w] = nd;
                    sigma[w] = sv;
                    Push(ref heapSize, nd, w);
                }
            }
        }

        // Nodes reached but not settled (only when stopped early) are cleared now, so that the accumulation and the
        // next reset see settled nodes only.
        for (var i = 0; i < heapSize; i++)
        {
            var w = heapItems[i];
            if (position[w] < 0)
            {
                dist[w] = double.PositiveInfinity;
                sigma[w] = 0;
            }
        }

        settledCount = settled;
    }

    private void Push(ref int size, double key, int item)
    {
        var i = size++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (heapKeys[parent] <= key)
            {
                break;
            }

            heapKeys[i] = heapKeys[parent];
            heapItems[i] = heapItems[parent];
            i = parent;
        }

        heapKeys[i] = key;
        heapItems[i] = item;
    }

    private (double Key, int Item) Pop(ref int size)
    {
        var top = (heapKeys[0], heapItems[0]);
        var lastKey = heapKeys[--size];
        var lastItem = heapItems[size];
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= size)
            {
                break;
            }

            if (child + 1 < size && heapKeys[child + 1] < heapKeys[child])
            {
                child++;
            }

            if (heapKeys[child] >= lastKey)
            {
                break;
            }

            heapKeys[i] = heapKeys[child];
            heapItems[i] = heapItems[child];
            i = child;
        }

        if (size > 0)
        {
            heapKeys[i] = lastKey;
            heapItems[i] = lastItem;
        }

        return top;
    }
}
