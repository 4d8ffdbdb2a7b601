namespace RelationsGraph.Metrics;

/// <summary>An edge's score. In an undirected graph the source is the endpoint with the smaller node index.</summary>
/// <param name="Source">The source id.</param>
/// <param name="Target">The target id.</param>
/// <param name="Value">The score.</param>
public readonly record struct EdgeScore(string Source, string Target, double Value);
