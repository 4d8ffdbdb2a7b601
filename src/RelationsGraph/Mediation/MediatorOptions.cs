namespace RelationsGraph.Mediation;

/// <summary>Options of <see cref="MediatorRanking"/>.</summary>
public sealed record MediatorOptions
{
    /// <summary>
    /// The default criteria and weights. Weights follow what the literature finds decisive: access to both sides
    /// (0.25; Savun 2008, Greig &amp; Diehl 2012) and shared fora (0.20; Crescenzi et al. 2011) first; bridging (0.15;
    /// Böhmelt 2009) and non-involvement (0.15; acceptance by both sides) next; brokerage (0.10) and even-handedness
    /// (0.10; relative bias matters, Savun 2008, but bias is not disqualifying, Kydd 2003); leverage last (0.05;
    /// Bercovitch &amp; Schneider 2000), and only where an actor attribute <c>gdp</c> exists.
    /// </summary>
    public static IReadOnlyList<WeightedCriterion> DefaultCriteria { get; } =
    [
        new(new AccessCriterion(), 0.25),
        new(new SharedForaCriterion(), 0.20),
        new(new BridgingCriterion(), 0.15),
        new(new NonInvolvementCriterion(), 0.15),
        new(new BrokerageCriterion(), 0.10),
        new(new EvenHandednessCriterion(), 0.10),
        new(new LeverageCriterion(), 0.05),
    ];

    /// <summary>The analysis date: relations valid on it (default: every relation, whatever its period).</summary>
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
