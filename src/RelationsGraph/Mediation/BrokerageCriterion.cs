using System.Globalization;
using RelationsGraph.Brokerage;

namespace RelationsGraph.Mediation;

/// <summary>
/// Brokerage between the sides: signed brokerage with the groups side A, side B and third parties, so a candidate's
/// liaison count is the hostile pairs (a in A, b in B, joined by a negative tie) it links by positive ties a – c – b
/// with no positive tie a – b (Gould &amp; Fernandez 1989, signed), divided by the largest among candidates.
/// </summary>
public sealed class BrokerageCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "brokerage";

    /// <inheritdoc/>
    public string Description => "hostile cross-side pairs linked over positive ties (signed liaison brokerage), relative to the best candidate";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = context.Brokerage;
        var raw = context.Candidates.Select(c => result[c, BrokerageRole.Liaison].Raw).ToArray(); // every candidate is a node of the graph
        return CriterionValue.RelativeToBest(raw, (r, _) => r > 0
            ? $"links {r.ToString(CultureInfo.InvariantCulture)} hostile pair(s) across the sides over friendly ties"
            : "links no hostile pair across the sides");
    }
}
