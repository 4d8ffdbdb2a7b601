namespace RelationsGraph.Mediation;

/// <summary>A mediator ranking: every third party, best first, with criteria, reasons, stability and significance. Immutable.</summary>
public sealed class MediatorRankingResult
{
    private readonly Dictionary<string, MediatorCandidate> byId;

    internal MediatorRankingResult(MediatorOptions options, Conflict conflict, IReadOnlyList<MediatorCandidate> candidates, IReadOnlyList<KeyValuePair<string, double>> weights, IReadOnlyList<string> gates, bool sidesHostile, IReadOnlyList<string> notes)
    {
        Options = options;
        Conflict = conflict;
        var at = options.At;
        var draws = options.StabilityDraws;
        var jitter = options.WeightJitter;
        var permutations = options.Permutations;
        At = at;
        Candidates = candidates;
        Weights = weights;
        Gates = gates;
        StabilityDraws = draws;
        WeightJitter = jitter;
        Permutations = permutations;
        SidesHostile = sidesHostile;
        Notes = notes;
        byId = candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The options the ranking was computed with (date, criteria and weights, draws, permutations, seed).</summary>
    public MediatorOptions Options { get; }

    /// <summary>The conflict.</summary>
    public Conflict Conflict { get; }

    /// <summary>The analysis date, if any.</summary>
    public DateOnly? At { get; }

    /// <summary>The candidates, best first.</summary>
    public IReadOnlyList<MediatorCandidate> Candidates { get; }

    /// <summary>The criteria that applied, with their weights normalised to sum 1.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Weights { get; }

    /// <summary>The criteria that multiply the weighted mean instead of entering it (see <see cref="WeightedCriterion.Gate"/>).</summary>
    public IReadOnlyList<string> Gates { get; }

    /// <summary>The weight draws behind the rank intervals.</summary>
    public int StabilityDraws { get; }

    /// <summary>The weight perturbation behind the rank intervals: each weight times a factor in [1 − j, 1 + j].</summary>
    public double WeightJitter { get; }

    /// <summary>The permuted networks behind the p-values.</summary>
    public int Permutations { get; }

    /// <summary>Whether a hostile relation joins the sides at the date (when not, a note says so).</summary>
    public bool SidesHostile { get; }

    /// <summary>Remarks (e.g. a criterion that did not apply).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>A criterion's normalised weight.</summary>
    /// <param name="criterion">The criterion's name.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="KeyNotFoundException">No criterion of that name applied.</exception>
    public double Weight(string criterion) =>
        Weights.FirstOrDefault(kv => kv.Key == criterion) is { Key: not null } kv ? kv.Value : throw new KeyNotFoundException($"No criterion '{criterion}' in this ranking.");

    /// <summary>One candidate's full breakdown.</summary>
    /// <param name="id">The actor id.</param>
    /// <returns>The candidate.</returns>
    /// <exception cref="KeyNotFoundException">Not a candidate (unknown, or on a side).</exception>
    public MediatorCandidate this[string id] =>
        byId.TryGetValue(id, out var c) ? c : throw new KeyNotFoundException($"'{id}' is not a third party of this conflict.");

    /// <summary>Whether an actor is a candidate.</summary>
    /// <param name="id">The actor id.</param>
    /// <returns><see langword="true"/> when ranked.</returns>
    public bool Contains(string id) => byId.ContainsKey(id);
}
