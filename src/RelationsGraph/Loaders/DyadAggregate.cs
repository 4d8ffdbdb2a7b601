namespace RelationsGraph.Loaders;

/// <summary>
/// One dyad in one period: the aggregated signed weight in [−1, 1] and the rows behind it. For events, the counts by
/// CAMEO quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
/// </summary>
/// <param name="Source">One ISO3 id (the lower one in ordinal order for undirected dyads).</param>
/// <param name="Target">The other.</param>
/// <param name="Period">The period key: <c>2023</c>, <c>2023-06</c> or <c>all</c>.</param>
/// <param name="Weight">The mean of the rows' weights (events: Goldstein ÷ 10; UN votes: 2·agree − 1).</param>
/// <param name="Count">The rows aggregated.</param>
/// <param name="QuadCounts">Events per quad class 1–4 (all 0 for votes).</param>
public sealed record DyadAggregate(string Source, string Target, string Period, double Weight, long Count, IReadOnlyList<long> QuadCounts);
