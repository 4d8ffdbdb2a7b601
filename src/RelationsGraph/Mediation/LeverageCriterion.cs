using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Leverage: a numeric actor attribute (default <c>gdp</c>) divided by the largest among candidates — power and status
/// drive who is chosen (Bercovitch &amp; Schneider 2000). Does not apply (and drops out of the ranking) when no candidate
/// has the attribute; a candidate without it scores 0.
/// </summary>
/// <param name="attribute">The actor attribute holding the leverage figure.</param>
public sealed class LeverageCriterion(string attribute = "gdp") : IMediatorCriterion
{
    /// <summary>The attribute read.</summary>
    public string Attribute { get; } = string.IsNullOrEmpty(attribute) ? throw new ArgumentException("Name the attribute.", nameof(attribute)) : attribute;

    /// <inheritdoc/>
    public string Name => "leverage";

    /// <inheritdoc/>
    public string Description => $"the actor attribute '{Attribute}' relative to the largest (Bercovitch & Schneider 2000); dropped when absent";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var raw = context.Candidates.Select(c =>
            context.Network.TryGetActor(c, out var actor) && actor.Attributes.TryGetValue(Attribute, out var text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0
                ? v : double.NaN).ToArray();
        if (raw.All(double.IsNaN))
        {
            return null;
        }

        var max = raw.Where(v => !double.IsNaN(v)).Max();
        return [.. raw.Select(v => double.IsNaN(v)
            ? new CriterionValue(0, $"no {Attribute} value")
            : new CriterionValue(max > 0 ? v / max : 0, $"{Attribute} {v.ToString("G4", CultureInfo.InvariantCulture)} (largest {max.ToString("G4", CultureInfo.InvariantCulture)})"))];
    }
}
