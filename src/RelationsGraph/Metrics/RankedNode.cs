namespace RelationsGraph.Metrics;

/// <summary>A node's place in a <see cref="NodeScores.Ranking"/>.</summary>
/// <param name="Rank">The 1-based position.</param>
/// <param name="Id">The actor id.</param>
/// <param name="Score">The score.</param>
public readonly record struct RankedNode(int Rank, string Id, double Score);
