namespace RelationsGraph.Mediation;

/// <summary>
/// Shared fora: the blocs a candidate shares with each side, each weighted by its kind and size
/// (<see cref="MediationContext.ForumStrength"/>: a small security body says more than a large political one, a
/// universal body nothing) and by the weaker membership; per side 1 − Π(1 − strength); the value is the weaker side's.
/// Shared membership of international organisations predicts who mediates (Crescenzi et al. 2011; Böhmelt 2011).
/// </summary>
public sealed class SharedForaCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "shared-fora";

    /// <inheritdoc/>
    public string Description => "blocs shared with the weaker side, weighted by kind and size (Crescenzi et al. 2011)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Candidates.Select(c =>
        {
            var a = context.TiesWithA(c);
            var b = context.TiesWithB(c);
            return new CriterionValue(
                Math.Min(a.Fora, b.Fora),
                $"with {context.SideName(true)} {AccessCriterion.F(a.Fora)} ({ForaIndex.Describe(a.SharedFora)}); with {context.SideName(false)} {AccessCriterion.F(b.Fora)} ({ForaIndex.Describe(b.SharedFora)})");
        })];
    }
}
