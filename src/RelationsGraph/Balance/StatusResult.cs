using RelationsGraph.Graphs;

namespace RelationsGraph.Balance;

/// <summary>Status-theory consistency of a directed signed graph, for the graph and per node.</summary>
public sealed class StatusResult
{
    private readonly SignedGraph graph;
    private readonly StatusCensus[] perNode;

    internal StatusResult(SignedGraph graph, StatusCensus total, StatusCensus[] perNode)
    {
        this.graph = graph;
        Graph = total;
        this.perNode = perNode;
    }

    /// <summary>The census of the whole graph.</summary>
    public StatusCensus Graph { get; }

    /// <summary>The census of the triads containing a node.</summary>
    /// <param name="id">The node id.</param>
    public StatusCensus this[string id] => perNode[graph.IndexOf(id)];

    /// <summary>The census of the triads containing a node, by index.</summary>
    /// <param name="node">The node index.</param>
    /// <returns>The census.</returns>
    public StatusCensus Node(int node) => perNode[node];
}
