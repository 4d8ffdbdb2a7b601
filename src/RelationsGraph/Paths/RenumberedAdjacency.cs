namespace RelationsGraph.Paths;

/// <summary>
/// A <see cref="PathAdjacency"/> with its nodes renumbered in breadth-first order, and the maps back to the original
/// nodes and slots. Neighbours get nearby numbers, so a search touches fewer cache lines; and consecutive sources
/// are close to each other, so the searches of one batch of <see cref="WideBfsWorker"/> reach most nodes at the same
/// level and list them fewer times.
/// </summary>
/// <remarks>
/// The order is deterministic: roots in original index order, rows walked in slot order. Each renumbered row is
/// sorted by the new numbers.
/// </remarks>
internal sealed class RenumberedAdjacency
{
    private RenumberedAdjacency(PathAdjacency adjacency, int[] originalNode, int[] newNode, int[] originalSlot)
    {
        Adjacency = adjacency;
        OriginalNode = originalNode;
        NewNode = newNode;
        OriginalSlot = originalSlot;
    }

    /// <summary>The renumbered adjacency (same lengths per slot, if any).</summary>
    public PathAdjacency Adjacency { get; }

    /// <summary>For each new node number, the original node.</summary>
    public int[] OriginalNode { get; }

    /// <summary>For each original node, its new number.</summary>
    public int[] NewNode { get; }

    /// <summary>For each slot of <see cref="Adjacency"/>, the original slot.</summary>
    public int[] OriginalSlot { get; }

    /// <summary>
    /// Orders <paramref name="sources"/> so that the sources of one batch tend to have the same distances to most nodes:
    /// grouped by their anchor — the neighbour at the shortest tie (then the one of highest degree, then the lowest
    /// number) — and the length of that tie, and the groups by their anchors' own anchor and length. Sources that reach
    /// the rest of the graph through the same neighbour at the same length are at equal distances from every node
    /// whose shortest paths run through it, so a wide weighted kernel lists such a node once for all of them instead of
    /// once per distinct distance. Deterministic (ties broken by number).
    /// </summary>
    /// <param name="adjacency">The ties the searches follow, with their lengths.</param>
    /// <param name="sources">The sources, reordered in place.</param>
    public static void OrderForBatches(PathAdjacency adjacency, List<int> sources)
    {
        var n = adjacency.NodeCount;
        var offsets = adjacency.Offsets;
        var targets = adjacency.Targets;
        var lengths = adjacency.Lengths;
        var anchor = new int[n];
        var anchorLength = new double[n];
        for (var v = 0; v < n; v++)
        {
            anchor[v] = v;
            var best = double.PositiveInfinity;
            var bestDegree = -1;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var u = targets[k];
                var length = lengths is null ? 1.0 : lengths[k];
                var degree = offsets[u + 1] - offsets[u];
                if (length < best || (length == best && (degree > bestDegree || (degree == bestDegree && u < anchor[v]))))
                {
                    best = length;
                    bestDegree = degree;
                    anchor[v] = u;
                }
            }

            anchorLength[v] = bestDegree < 0 ? 0 : best;
        }

        sources.Sort((a, b) =>
        {
            var (pa, pb) = (anchor[a], anchor[b]);
            var c = anchor[pa].CompareTo(anchor[pb]);
            c = c != 0 ? c : anchorLength[pa].CompareTo(anchorLength[pb]);
            c = c != 0 ? c : pa.CompareTo(pb);
            c = c != 0 ? c : anchorLength[a].CompareTo(anchorLength[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
    }

    /// <summary>The reverse of <paramref name="adjacency"/>, with the same length per tie (if any), each row sorted by node number.</summary>
    public static PathAdjacency Reverse(PathAdjacency adjacency)
    {
        var n = adjacency.NodeCount;
        var offsets = adjacency.Offsets;
        var targets = adjacency.Targets;
        var reverseOffsets = new int[n + 1];
        foreach (var w in targets)
        {
            reverseOffsets[w + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            reverseOffsets[v + 1] += reverseOffsets[v];
        }

        var fill = reverseOffsets[..n];
        var sources = new int[targets.Length];
        var lengths = adjacency.Lengths;
        var reverseLengths = lengths is null ? null : new double[lengths.Length];
        for (var v = 0; v < n; v++)
        {
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var slot = fill[targets[k]]++;
                sources[slot] = v;
                if (reverseLengths is not null)
                {
                    reverseLengths[slot] = lengths![k];
                }
            }
        }

        return new PathAdjacency(n, reverseOffsets, sources, reverseLengths);
    }

    /// <summary>Renumbers <paramref name="source"/>'s nodes in breadth-first order.</summary>
    public static RenumberedAdjacency BreadthFirst(PathAdjacency source)
    {
        var n = source.NodeCount;
        var offsets = source.Offsets;
        var targets = source.Targets;
        var order = new int[n];
        var newNode = new int[n];
        Array.Fill(newNode, -1);
        var tail = 0;
        for (var root = 0; root < n; root++)
        {
            if (newNode[root] >= 0)
            {
                continue;
            }

            newNode[root] = tail;
            order[tail++] = root;
            for (var head = tail - 1; head < tail; head++)
            {
                var v = order[head];
                for (var k = offsets[v]; k < offsets[v + 1]; k++)
                {
                    var w = targets[k];
                    if (newNode[w] < 0)
                    {
                        newNode[w] = tail;
                        order[tail++] = w;
                    }
                }
            }
        }

        var newOffsets = new int[n + 1];
        var newTargets = new int[targets.Length];
        var originalSlot = new int[targets.Length];
        var lengths = source.Lengths;
        var newLengths = lengths is null ? null : new double[lengths.Length];
        for (var i = 0; i < n; i++)
        {
            var v = order[i];
            var start = newOffsets[i];
            var degree = offsets[v + 1] - offsets[v];
            for (var j = 0; j < degree; j++)
            {
                newTargets[start + j] = newNode[targets[offsets[v] + j]];
                originalSlot[start + j] = offsets[v] + j;
            }

            Array.Sort(newTargets, originalSlot, start, degree);
            if (newLengths is not null)
            {
                for (var j = start; j < start + degree; j++)
                {
                    newLengths[j] = lengths![originalSlot[j]];
                }
            }

            newOffsets[i + 1] = start + degree;
        }

        return new RenumberedAdjacency(new PathAdjacency(n, newOffsets, newTargets, newLengths), order, newNode, originalSlot);
    }
}
