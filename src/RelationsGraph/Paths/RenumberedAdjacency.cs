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
