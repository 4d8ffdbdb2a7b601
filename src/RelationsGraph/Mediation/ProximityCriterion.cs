namespace RelationsGraph.Mediation;

/// <summary>
/// Proximity: whether the candidate is of the sides' region (actor attribute <c>region</c>): 1 when it shares the region
/// of both sides, 0.5 of one, 0 of neither or when unknown. Neighbours and regional powers mediate most often (Greig
/// &amp; Diehl 2012; Crescenzi et al. 2011).
/// </summary>
public sealed class ProximityCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "proximity";

    /// <inheritdoc/>
    public string Description => "of the region of both sides (1), one side (0.5) or neither (Greig & Diehl 2012)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var regionA = Regions(context, context.Conflict.SideA);
        var regionB = Regions(context, context.Conflict.SideB);
        return [.. context.Candidates.Select(c =>
        {
            var region = Region(context, c);
            if (region is null)
            {
                return new CriterionValue(0, "no region in the data");
            }

            var a = regionA.Contains(region);
            var b = regionB.Contains(region);
            return new CriterionValue((a ? 0.5 : 0) + (b ? 0.5 : 0), a && b ? $"of both sides' region ({region})" : a ? $"of {context.SideName(true)}'s region ({region})" : b ? $"of {context.SideName(false)}'s region ({region})" : $"of another region ({region})");
        })];
    }

    private static string? Region(MediationContext context, string id) =>
        context.Network.TryGetActor(id, out var a) && a.Attributes.TryGetValue("region", out var r) && r.Length > 0 ? r : null;

    private static HashSet<string> Regions(MediationContext context, IEnumerable<string> side) =>
        side.Select(id => Region(context, id)).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
