namespace RelationsGraph.Graphs;

/// <summary>An edge by actor id, used to create a <see cref="SignedGraph"/> directly and to list its edges.</summary>
/// <param name="Source">The source id.</param>
/// <param name="Target">The target id.</param>
/// <param name="Weight">The signed weight.</param>
public readonly record struct SignedEdge(string Source, string Target, double Weight);
