using RelationsGraph.Graphs;

namespace RelationsGraph.Balance;

/// <summary>
/// The signed triangle census of an undirected graph, for the graph and per node. Ties of weight 0 have no sign and
/// close no signed triangle. Cost O(m^1.5) (each triangle found once, from its lowest-ranked node by degree), O(n)
/// extra memory.
/// </summary>
public sealed class SignedTriangles
{
    private readonly TriangleCensus[] perNode;
    private readonly SignedGraph graph;

    private SignedTriangles(SignedGraph graph, TriangleCensus total, TriangleCensus[] perNode)
    {
        this.graph = graph;
        Graph = total;
        this.perNode = perNode;
    }

    /// <summary>The census of the whole graph.</summary>
    public TriangleCensus Graph { get; }

    /// <summary>The node ids, in graph order.</summary>
    public IReadOnlyList<string> Ids => graph.NodeIds;

    /// <summary>The census of the triangles containing a node.</summary>
    /// <param name="id">The node id.</param>
    public TriangleCensus this[string id] => perNode[graph.IndexOf(id)];

    /// <summary>The census of the triangles containing a node, by index.</summary>
    /// <param name="node">The node index.</param>
    /// <returns>The census.</returns>
    public TriangleCensus Node(int node) => perNode[node];

    /// <summary>Counts the signed triangles of an undirected graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The census.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is directed.</exception>
    public static SignedTriangles Count(SignedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        RequireUndirected(graph, "The signed triangle census");
        var n = graph.NodeCount;
        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        var weights = graph.OutWeights;

        // Rank by (degree, index): a triangle is found once, from its lowest-ranked node u, through v and then w.
        var rank = new int[n];
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => (offsets[a + 1] - offsets[a]).CompareTo(offsets[b + 1] - offsets[b]) is var c && c != 0 ? c : a.CompareTo(b));
        for (var i = 0; i < n; i++)
        {
            rank[order[i]] = i;
        }

        var mark = new int[n];
        var markSign = new sbyte[n];
        var counts = new long[n * 4];
        var total = new long[4];
        for (var u = 0; u < n; u++)
        {
            if ((u & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var stamp = u + 1;
            for (var k = offsets[u]; k < offsets[u + 1]; k++)
            {
                if (weights[k] != 0)
                {
                    mark[targets[k]] = stamp;
                    markSign[targets[k]] = (sbyte)(weights[k] < 0 ? 1 : 0);
                }
            }

            var ru = rank[u];
            for (var k = offsets[u]; k < offsets[u + 1]; k++)
            {
                var v = targets[k];
                var rv = rank[v];
                if (rv <= ru || weights[k] == 0)
                {
                    continue;
                }

                var uv = weights[k] < 0 ? 1 : 0;
                for (var j = offsets[v]; j < offsets[v + 1]; j++)
                {
                    var w = targets[j];
                    if (rank[w] <= rv || mark[w] != stamp || weights[j] == 0)
                    {
                        continue;
                    }

                    var negatives = uv + markSign[w] + (weights[j] < 0 ? 1 : 0);
                    total[negatives]++;
                    counts[(u * 4) + negatives]++;
                    counts[(v * 4) + negatives]++;
                    counts[(w * 4) + negatives]++;
                }
            }
        }

        var perNode = new TriangleCensus[n];
        for (var v = 0; v < n; v++)
        {
            perNode[v] = new TriangleCensus(counts[v * 4], counts[(v * 4) + 1], counts[(v * 4) + 2], counts[(v * 4) + 3]);
        }

        return new SignedTriangles(graph, new TriangleCensus(total[0], total[1], total[2], total[3]), perNode);
    }

    internal static void RequireUndirected(SignedGraph graph, string what)
    {
        if (graph.IsDirected)
        {
            throw new UnsupportedGraphException($"{what} is defined on undirected graphs; project the network as undirected (relgraph: leave out --directed).");
        }
    }
}
