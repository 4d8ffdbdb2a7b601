namespace RelationsGraph.Mediation;

/// <summary>A criterion with its weight in the ranking.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Weight">Its weight (≥ 0); weights are normalised over the criteria that apply. For a gate, any positive weight switches it on.</param>
/// <param name="Gate">
/// Whether the criterion multiplies the score instead of entering the weighted mean: score = (weighted mean of the
/// other criteria) × Π gate values. Impartiality is the profiles' gate: a partisan's channels do not make it a mediator.
/// </param>
public sealed record WeightedCriterion(IMediatorCriterion Criterion, double Weight, bool Gate = false);
