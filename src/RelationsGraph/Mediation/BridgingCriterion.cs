using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Bridging: between-camps betweenness — the shortest chains of positive ties from side A to side B that pass through
/// the candidate — divided by the largest among candidates. Indirect ties predict who mediates (Böhmelt 2009); a broker
/// can also be conflict-prone, so it is one criterion among several.
/// </summary>
public sealed class BridgingCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "bridging";

    /// <inheritdoc/>
    public string Description => "between-camps betweenness over positive ties, relative to the best candidate (Böhmelt 2009)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scores = context.BetweenCamps;
        var raw = context.Candidates.Select(c => scores.TryGetValue(c, out var s) && double.IsFinite(s) ? s : 0).ToArray();
        return CriterionValue.RelativeToBest(raw, (r, max) => r > 0
            ? $"on {r.ToString("0.##", CultureInfo.InvariantCulture)} shortest friendly paths between the sides (most: {max.ToString("0.##", CultureInfo.InvariantCulture)})"
            : "on no shortest friendly path between the sides");
    }
}
