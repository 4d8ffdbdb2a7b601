using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>One ranked third party.</summary>
/// <param name="Id">The actor id.</param>
/// <param name="Name">The actor's name.</param>
/// <param name="Kind">The actor's kind.</param>
/// <param name="Rank">1 for the best; ties broken by id.</param>
/// <param name="Score">The weighted mean of the criteria, in [0, 1].</param>
/// <param name="Criteria">Each applicable criterion's value, by name, in criteria order.</param>
/// <param name="Explanation">One line per criterion: <c>name: reason</c>.</param>
/// <param name="RankLow">Stability: the best rank (5th percentile) over the weight draws; <see cref="Rank"/> without draws.</param>
/// <param name="RankHigh">Stability: the worst rank (95th percentile) over the weight draws.</param>
/// <param name="PValue">Significance: (1 + null networks where the score is at least as high) / (permutations + 1); NaN without permutations.</param>
public sealed record MediatorCandidate(
    string Id,
    string Name,
    ActorKind Kind,
    int Rank,
    double Score,
    IReadOnlyList<KeyValuePair<string, double>> Criteria,
    IReadOnlyList<string> Explanation,
    int RankLow,
    int RankHigh,
    double PValue);
