namespace RelationsGraph.Graphs;

/// <summary>An edge of a <see cref="SignedGraph"/> by node index. In an undirected graph <see cref="Source"/> &lt; <see cref="Target"/>.</summary>
/// <param name="Source">The source node index.</param>
/// <param name="Target">The target node index.</param>
/// <param name="Weight">The signed weight.</param>
public readonly record struct GraphEdge(int Source, int Target, double Weight);
