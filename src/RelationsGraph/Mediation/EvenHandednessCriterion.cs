namespace RelationsGraph.Mediation;

/// <summary>
/// Even-handedness: the ratio of the weaker to the stronger access (1 = equally close to both; 0 = reaches only one,
/// or neither). Relative bias predicts mediation success (Savun 2008), though bias alone does not disqualify (Kydd
/// 2003) — hence a modest default weight.
/// </summary>
public sealed class EvenHandednessCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "even-handedness";

    /// <inheritdoc/>
    public string Description => "relative bias: weaker access / stronger access (Savun 2008; Kydd 2003)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Candidates.Select(c =>
        {
            var a = context.TiesWithA(c).Access;
            var b = context.TiesWithB(c).Access;
            var high = Math.Max(a, b);
            if (high == 0)
            {
                return new CriterionValue(0, "no access to either side");
            }

            var ratio = Math.Min(a, b) / high;
            var text = Math.Abs(a - b) < 1e-9
                ? "equally close to both sides"
                : $"closer to {context.SideName(a > b)} ({AccessCriterion.F(high)} vs {AccessCriterion.F(Math.Min(a, b))})";
            return new CriterionValue(ratio, text);
        })];
    }
}
