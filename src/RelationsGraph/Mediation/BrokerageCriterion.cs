using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Brokerage: the share of the hostile cross-side pairs (a in side A, b in side B joined by a hostile relation) that the
/// candidate links over friendly ties to both — signed liaison brokerage over <see cref="MediationContext.Graph"/> —
/// divided by all hostile cross-side pairs: the same scale in every conflict. 0 with a note when the sides are not hostile at the date.
/// </summary>
public sealed class BrokerageCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "brokerage";

    /// <inheritdoc/>
    public string Description => "share of the hostile cross-side pairs linked over friendly ties to both (signed liaison brokerage)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pairs = context.HostileSidePairs;
        return [.. context.Candidates.Select(c =>
        {
            if (pairs.Count == 0)
            {
                return new CriterionValue(0, "the sides have no hostile tie at the date");
            }

            var linked = pairs.Count(p => context.Friendly(c, p.A) > 0 && context.Friendly(c, p.B) > 0);
            var share = (double)linked / pairs.Count;
            return new CriterionValue(share, pairs.Count == 1
                ? (linked == 1 ? $"friendly with both {pairs[0].A} and {pairs[0].B}" : "not friendly with both sides")
                : $"links {linked.ToString(CultureInfo.InvariantCulture)} of {pairs.Count.ToString(CultureInfo.InvariantCulture)} hostile pairs across the sides");
        })];
    }
}
