using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Non-involvement: the share of the candidate's ties with either side that are not hostile — positive strength
/// (relations' |w| plus 0.3 per shared bloc) over positive plus negative strength (sanctions, war, votes against, in
/// either direction). A party to the hostilities is not accepted as a go-between (Greig &amp; Diehl 2012). 0 for a
/// candidate with no ties to either side: it has no standing.
/// </summary>
public sealed class NonInvolvementCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "non-involvement";

    /// <inheritdoc/>
    public string Description => "share of ties with the sides that are not hostile (sanctions, war, votes against count against; Greig & Diehl 2012)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Candidates.Select(c =>
        {
            var a = context.TiesWithA(c);
            var b = context.TiesWithB(c);
            var positive = a.Positive.Concat(b.Positive).Sum(r => Math.Abs(r.Weight)) + (MediationContext.BlocChannel * (a.SharedBlocs.Count + b.SharedBlocs.Count));
            var negative = a.Negative.Concat(b.Negative).Sum(r => Math.Abs(r.Weight));
            if (positive + negative == 0)
            {
                return new CriterionValue(0, "no ties with either side");
            }

            var hostile = a.Negative.Select(r => (Side: context.SideName(true), r)).Concat(b.Negative.Select(r => (Side: context.SideName(false), r)))
                .GroupBy(x => (x.Side, x.r.Kind)).Select(g => $"{MediationContext.Lower(g.Key.Kind)} with {g.Key.Side}").ToList();
            var text = hostile.Count == 0 ? "no hostile tie with either side" : string.Join(", ", hostile);
            return new CriterionValue(positive / (positive + negative), $"{text} ({(100 * positive / (positive + negative)).ToString("0", CultureInfo.InvariantCulture)}% of tie strength friendly)");
        })];
    }
}
