using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Access to both sides: the weaker of the candidate's access to side A and to side B (<see cref="SideTies.Access"/>:
/// direct positive relations, shared blocs and the best partner, combined as independent channels). A mediator must
/// be able to reach, and be accepted by, both parties (Greig &amp; Diehl 2012; Savun 2008 on ties to each side; Böhmelt
/// 2009 on indirect ties).
/// </summary>
public sealed class AccessCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "access";

    /// <inheritdoc/>
    public string Description => "the weaker side's access: direct positive ties, shared blocs and partners (Savun 2008; Böhmelt 2009)";

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

    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
