namespace RelationsGraph.Mediation;

/// <summary>
/// Proximity: how near the candidate is to each side, averaged over the two sides — 1 for a state of the side's region
/// (actor attribute <c>region</c>), 0.75 of its continent (<c>continent</c>), otherwise 0; a major power (actor attribute
/// <c>major_power</c> = 1) has global reach and counts 1 for every side, as in the politically relevant dyads of the
/// conflict literature (contiguous or involving a major power: Maoz &amp; Russett 1993; Lemke &amp; Reed 2001). Neighbours,
/// regional and major powers mediate most often (Greig &amp; Diehl 2012; Crescenzi et al. 2011).
/// </summary>
public sealed class ProximityCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "proximity";

    /// <inheritdoc/>
    public string Description => "of the sides' region (1) or continent (0.75), or a major power (1), averaged over the sides (Lemke & Reed 2001)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Candidates.Select(c =>
        {
            if (Attribute(context, c, "major_power") == "1")
            {
                return new CriterionValue(1, "a major power (global reach)");
            }

            var region = Attribute(context, c, "region");
            var continent = Attribute(context, c, "continent");
            if (region is null && continent is null)
            {
                return new CriterionValue(0, "no region in the data");
            }

            var a = Near(context, context.Conflict.SideA, region, continent);
            var b = Near(context, context.Conflict.SideB, region, continent);
            var text = $"{Describe(a)} {context.SideName(true)}, {Describe(b)} {context.SideName(false)}{(region is null ? string.Empty : $" ({region})")}";
            return new CriterionValue((a + b) / 2, text);
        })];
    }

    private static string Describe(double near) => near switch
    {
        1 => "of the region of",
        > 0 => "of the continent of",
        _ => "far from",
    };

    private static double Near(MediationContext context, IEnumerable<string> side, string? region, string? continent)
    {
        var best = 0.0;
        foreach (var id in side)
        {
            if (region is not null && Attribute(context, id, "region") == region)
            {
                return 1;
            }

            if (continent is not null && Attribute(context, id, "continent") == continent)
            {
                best = 0.75;
            }
        }

        return best;
    }

    private static string? Attribute(MediationContext context, string id, string name) =>
        context.Attribute(id, name) is { Length: > 0 } r ? r : null;
}
