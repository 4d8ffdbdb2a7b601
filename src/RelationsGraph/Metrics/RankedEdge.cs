namespace RelationsGraph.Metrics;

/// <summary>An edge's place in an <see cref="EdgeScores.Ranking"/>.</summary>
/// <param name="Rank">The 1-based position.</param>
/// <param name="Source">The source id.</param>
/// <param name="Target">The target id.</param>
/// <param name="Value">The score.</param>
public readonly record struct RankedEdge(int Rank, string Source, string Target, double Value);
