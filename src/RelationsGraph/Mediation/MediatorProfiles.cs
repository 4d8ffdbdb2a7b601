namespace RelationsGraph.Mediation;

/// <summary>
/// Named weight sets over the same criteria. They answer two questions. <see cref="Empirical"/> (the default): who is
/// likely to mediate — on published data, resources and embeddedness (GDP, wealth and capability, shared fora, being of
/// the region) predict who does mediate far better than neutrality (Greig &amp; Diehl 2012; Crescenzi et al. 2011;
/// Böhmelt 2011), and real mediators often have one-sided ties. <see cref="Balanced"/>: who is well placed as a
/// balanced broker — good relations with all sides and impartial (Savun 2008; Kydd 2003 on bias). Their figures on the
/// mediation record are in <c>docs/mediation.md</c>.
/// </summary>
public static class MediatorProfiles
{
    /// <summary>
    /// Who mediates: the weighted mean of leverage 0.50, access 0.40 and bridging 0.10, times impartiality (a gate: a
    /// partisan's size and channels do not make it a mediator). The weights are the ones that do best on the mediation
    /// record (a grid of step 0.1, fitted on all eight conflicts); left out one conflict at a time, the fit picks the same
    /// weights in every fold (<c>relgraph validate --loo</c>, <c>docs/mediation.md</c>). They agree with the literature:
    /// resources (Bercovitch &amp; Schneider 2000), access to both sides (Savun 2008) and indirect ties (Böhmelt 2009);
    /// shared organisations (Crescenzi et al. 2011) count inside access.
    /// </summary>
    public static IReadOnlyList<WeightedCriterion> Empirical { get; } =
    [
        new(new LeverageCriterion(), 0.50),
        new(new AccessCriterion(), 0.40),
        new(new BridgingCriterion(), 0.10),
        new(new ImpartialityCriterion(), 1, Gate: true),
    ];

    /// <summary>
    /// Who is well placed as a balanced broker: the weighted mean of access 0.35 (the weaker side's), brokerage 0.20,
    /// bridging 0.20, shared fora 0.15, leverage 0.05 and proximity 0.05, times impartiality (a gate).
    /// </summary>
    public static IReadOnlyList<WeightedCriterion> Balanced { get; } =
    [
        new(new AccessCriterion(), 0.35),
        new(new BrokerageCriterion(), 0.20),
        new(new BridgingCriterion(), 0.20),
        new(new SharedForaCriterion(), 0.15),
        new(new LeverageCriterion(), 0.05),
        new(new ProximityCriterion(), 0.05),
        new(new ImpartialityCriterion(), 1, Gate: true),
    ];

    /// <summary>The profile names: <c>empirical</c>, <c>balanced</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["empirical", "balanced"];

    /// <summary>A profile by name.</summary>
    /// <param name="name">empirical or balanced.</param>
    /// <returns>Its criteria and weights.</returns>
    /// <exception cref="KeyNotFoundException">No such profile.</exception>
    public static IReadOnlyList<WeightedCriterion> Get(string name) => name switch
    {
        "empirical" => Empirical,
        "balanced" => Balanced,
        _ => throw new KeyNotFoundException($"No mediator profile '{name}'; known: {string.Join(", ", Names)}."),
    };
}
