namespace RelationsGraph.Mediation;

/// <summary>One criterion's value for one candidate, with a one-line reason.</summary>
/// <param name="Value">In [0, 1]; higher is a better mediator. NaN: unknown for this candidate — it leaves the candidate's weighted mean (the other criteria's weights are renormalised), it does not count as 0.</param>
/// <param name="Explanation">One line for the user, e.g. <c>positive ties to RUS via CSTO, EAEU; to UKR via partnership</c>.</param>
public readonly record struct CriterionValue(double Value, string Explanation)
{
    /// <summary>
    /// Values relative to the best candidate: each raw figure (≥ 0) divided by the largest, 0 for all when the largest is
    /// 0, with an explanation per candidate from its raw figure and the largest.
    /// </summary>
    /// <param name="raw">One raw figure per candidate.</param>
    /// <param name="explain">The explanation for (raw, largest).</param>
    /// <returns>The values, in the order of <paramref name="raw"/>.</returns>
    public static IReadOnlyList<CriterionValue> RelativeToBest(IReadOnlyList<double> raw, Func<double, double, string> explain)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(explain);
        var max = raw.Count == 0 ? 0 : raw.Max();
        return [.. raw.Select(r => new CriterionValue(max > 0 ? r / max : 0, explain(r, max)))];
    }
}
