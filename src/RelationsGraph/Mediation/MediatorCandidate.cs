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
/// <param name="RankLow">Stability: the 5th percentile over the weight draws of the best rank the candidate can hold (candidates tied with it share it).</param>
/// <param name="RankHigh">Stability: the 95th percentile of the worst rank it can hold (behind everyone tied with it). Without draws, the two bound its exact ties.</param>
/// <param name="PValue">Significance: (1 + null networks where the score is at least as high) / (permutations + 1); NaN without permutations.</param>
/// <param name="Contributions">Each criterion's share of <see cref="Score"/>: weight × value over the weights of the criteria known for this candidate (0 where unknown); they sum to the score.</param>
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
    double PValue,
    IReadOnlyList<KeyValuePair<string, double>> Contributions)
{
    /// <summary>One criterion's value (NaN when unknown for this candidate).</summary>
    /// <param name="name">The criterion's name, e.g. <c>access</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">No criterion of that name applied.</exception>
    public double Criterion(string name) =>
        Criteria.FirstOrDefault(kv => kv.Key == name) is { Key: not null } kv ? kv.Value : throw new KeyNotFoundException($"No criterion '{name}' in this ranking.");
}
