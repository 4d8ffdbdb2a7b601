namespace RelationsGraph.Mediation;

/// <summary>
/// Access: the channels a candidate has to each side — alliance, partnership, support, trade dependence and shared fora,
/// combined as 1 − Π(1 − channel) and closed by armed hostility (see <see cref="SideTies.Access"/>) — with the weaker
/// side dominating: the value is the smaller of the two. A mediator needs a hearing on both sides (Savun 2008; Böhmelt 2009).
/// </summary>
public sealed class AccessCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "access";

    /// <inheritdoc/>
    public string Description => "channels to the weaker side: alliance, partnership, support, trade and shared fora, closed by armed hostility (Savun 2008; Böhmelt 2009)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Candidates.Select(c =>
        {
            var a = context.TiesWithA(c);
            var b = context.TiesWithB(c);
            return new CriterionValue(
                Math.Min(a.Access, b.Access),
                $"to {context.SideName(true)} {F(a.Access)} ({MediationContext.Describe(a)}); to {context.SideName(false)} {F(b.Access)} ({MediationContext.Describe(b)})");
        })];
    }

    internal static string F(double value) => MediationContext.F(value);
}
