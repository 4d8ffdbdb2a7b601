using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Impartiality: 1, lowered by every one-sided tie — each channel's partisanship is the difference between its strength
/// with side A and with side B, and the value is Π(1 − α × partisanship) over: support in an armed conflict (α 0.9),
/// armed hostility (0.9), rivalry (0.8), alliance (0.7), sanctions (0.6), vote agreement on the data's votes (0.5 on
/// half the difference of the mean agreements), other hostility (0.4), partnership (0.3) and ideal-point alignment (0.3
/// on the difference of 1 − distance/3). Ties of the same strength with both sides (allied with both, sanctioning
/// both) do not lower it. Bias does not rule a mediator out (Kydd 2003), but acceptance by both sides rests on it
/// (Savun 2008; Greig &amp; Diehl 2012).
/// </summary>
public sealed class ImpartialityCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "impartiality";

    /// <inheritdoc/>
    public string Description => "lowered by one-sided ties: support in war, armed hostility, alliance, sanctions, rivalry, votes, partnership (Savun 2008; Kydd 2003)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Candidates.Select(c => Score(context, context.TiesWithA(c), context.TiesWithB(c)))];
    }

    internal static CriterionValue Score(MediationContext context, SideTies a, SideTies b)
    {
        var value = 1.0;
        var reasons = new List<string>();
        void Lower(string what, double alpha, double withA, double withB)
        {
            var p = Math.Abs(withA - withB);
            if (p <= 1e-12)
            {
                return;
            }

            var factor = 1 - (alpha * Math.Min(1, p));
            value *= factor;
            reasons.Add($"{what} {context.SideName(withA > withB)} (×{factor.ToString("0.00", CultureInfo.InvariantCulture)})");
        }

        Lower("supports", 0.9, a.Support, b.Support);
        Lower("armed hostility with", 0.9, a.Armed, b.Armed);
        Lower("allied with", 0.7, a.Alliance, b.Alliance);
        Lower("sanctions with", 0.6, a.Sanctions, b.Sanctions);
        Lower("rivalry with", 0.8, a.Rivalry, b.Rivalry);
        if (a.Votes is not null || b.Votes is not null)
        {
            Lower("votes with", 0.5, (a.Votes ?? 0) / 2, (b.Votes ?? 0) / 2);
        }

        Lower("hostile to", 0.4, a.OtherHostility, b.OtherHostility);
        Lower("partner of", 0.3, a.Partnership, b.Partnership);
        if (a.IdealPointDistance is { } da && b.IdealPointDistance is { } db)
        {
            Lower("votes like", 0.3, 1 - Math.Min(1, da / 3), 1 - Math.Min(1, db / 3));
        }

        return new CriterionValue(Math.Clamp(value, 0, 1), reasons.Count == 0 ? "no one-sided tie" : string.Join("; ", reasons));
    }
}
