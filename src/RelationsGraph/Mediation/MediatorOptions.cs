namespace RelationsGraph.Mediation;

/// <summary>Options of <see cref="MediatorRanking"/>.</summary>
public sealed record MediatorOptions
{
    /// <summary>The default criteria and weights: <see cref="MediatorProfiles.Empirical"/>.</summary>
    public static IReadOnlyList<WeightedCriterion> DefaultCriteria => MediatorProfiles.Empirical;

    /// <summary>The analysis date: relations valid on it (default: every relation, whatever its period — give a date for dated data).</summary>
    public DateOnly? At { get; init; }

    /// <summary>The criteria and their weights (default <see cref="DefaultCriteria"/>).</summary>
    public IReadOnlyList<WeightedCriterion> Criteria { get; init; } = DefaultCriteria;

    /// <summary>Stability: Monte Carlo draws of perturbed weights (0: none). Default 500.</summary>
    public int StabilityDraws { get; init; } = 500;

    /// <summary>Stability: each weight is multiplied by a uniform factor in [1 − j, 1 + j]. Default 0.5.</summary>
    public double WeightJitter { get; init; } = 0.5;

    /// <summary>Significance: networks with the signs of non-membership relations permuted (0: none). Default 99.</summary>
    public int Permutations { get; init; } = 99;

    /// <summary>Seed of the stability draws and the permutations: the same seed gives the same result.</summary>
    public int Seed { get; init; }

    /// <summary>At most this many threads for the permutations (default: all cores). Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
