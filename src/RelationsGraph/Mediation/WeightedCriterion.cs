namespace RelationsGraph.Mediation;

/// <summary>A criterion with its weight in the ranking.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Weight">Its weight (≥ 0); weights are normalised over the criteria that apply.</param>
public sealed record WeightedCriterion(IMediatorCriterion Criterion, double Weight);
