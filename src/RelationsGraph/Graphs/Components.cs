namespace RelationsGraph.Graphs;

/// <summary>Connected components of a <see cref="SignedGraph"/> (weakly connected, for a directed graph), over all ties whatever their sign.</summary>
/// <remarks>Breadth-first search over the CSR arrays, O(n + m). Matches QuikGraph's <c>ConnectedComponents</c> /
/// <c>WeaklyConnectedComponents</c> and networkx's <c>number_connected_components</c> /
/// <c>number_weakly_connected_components</c>; isolated nodes are components of their own.</remarks>
public static class Components
{
    /// <summary>Labels every node with its component, numbered 0, 1, ... in order of each component's smallest node index.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The component of each node.</returns>
    public static int[] Labels(SignedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var queue = new int[n];
        var next = 0;
        for (var root = 0; root < n; root++)
        {
            if (label[root] >= 0)
            {
                continue;
            }

            int head = 0, tail = 0;
            queue[tail++] = root;
            label[root] = next;
            while (head < tail)
            {
                var u = queue[head++];
                Visit(graph.OutTargets, graph.OutOffsets[u], graph.OutOffsets[u + 1]);
                if (graph.IsDirected)
                {
                    Visit(graph.InSources, graph.InOffsets[u], graph.InOffsets[u + 1]);
                }
            }

            next++;

            void Visit(int[] targets, int from, int to)
            {
                for (var k = from; k < to; k++)
                {
                    var v = targets[k];
                    if (label[v] < 0)
                    {
                        label[v] = next;
                        queue[tail++] = v;
                    }
                }
            }
        }

        return label;
    }

    /// <summary>The number of connected components (weakly connected, for a directed graph).</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The count; 0 for a graph without nodes.</returns>
    public static int Count(SignedGraph graph)
    {
        var labels = Labels(graph);
        return labels.Length == 0 ? 0 : labels.Max() + 1;
    }
}
