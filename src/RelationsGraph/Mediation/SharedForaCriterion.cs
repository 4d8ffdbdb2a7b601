namespace RelationsGraph.Mediation;

/// <summary>
/// Shared fora: blocs the candidate shares with side A and with side B; the value is the smaller count divided by the
/// largest such count among candidates. Shared intergovernmental memberships raise both the occurrence and the success
/// of mediation (Crescenzi, Kadera, Mitchell &amp; Thyne 2011).
/// </summary>
public sealed class SharedForaCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "shared-fora";

    /// <inheritdoc/>
    public string Description => "blocs shared with both sides (the smaller count), relative to the best candidate (Crescenzi et al. 2011)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var raw = context.Candidates.Select(c => Math.Min(context.TiesWithA(c).SharedBlocs.Count, context.TiesWithB(c).SharedBlocs.Count)).ToArray();
        var max = raw.Length == 0 ? 0 : raw.Max();
        return [.. context.Candidates.Select((c, i) =>
        {
            var a = context.TiesWithA(c).SharedBlocs;
            var b = context.TiesWithB(c).SharedBlocs;
            var text = $"with {context.SideName(true)}: {(a.Count == 0 ? "none" : string.Join(", ", a))}; with {context.SideName(false)}: {(b.Count == 0 ? "none" : string.Join(", ", b))}";
            return new CriterionValue(max > 0 ? (double)raw[i] / max : 0, text);
        })];
    }
}
