namespace RelationsGraph.Mediation;

/// <summary>One criterion's value for one candidate, with a one-line reason.</summary>
/// <param name="Value">In [0, 1]; higher is a better mediator. NaN: unknown for this candidate — it leaves the candidate's weighted mean (the other criteria's weights are renormalised), it does not count as 0.</param>
/// <param name="Explanation">One line for the user, e.g. <c>positive ties to RUS via CSTO, EAEU; to UKR via partnership</c>.</param>
public readonly record struct CriterionValue(double Value, string Explanation);
