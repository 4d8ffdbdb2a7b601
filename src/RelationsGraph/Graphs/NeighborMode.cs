namespace RelationsGraph.Graphs;

/// <summary>Which neighbours of a node count in a directed graph (igraph's <c>mode</c>). Ignored for undirected graphs.</summary>
public enum NeighborMode
{
    /// <summary>In- and out-neighbours together (networkx's degree of a DiGraph: in + out).</summary>
    All = 0,

    /// <summary>Targets of out-going arcs.</summary>
    Out,

    /// <summary>Sources of in-coming arcs.</summary>
    In,
}
