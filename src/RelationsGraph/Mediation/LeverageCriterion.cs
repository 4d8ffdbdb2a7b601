using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Leverage: a numeric actor attribute (default <c>gdp</c>) on a log scale, ln(1 + x) / ln(1 + the largest among
/// candidates) — power and status drive who is chosen (Bercovitch &amp; Schneider 2000), and economies span four orders
/// of magnitude, so a linear share would leave everyone but the largest near 0. Does not apply (and drops out of the ranking) when no candidate
/// has the attribute; for a candidate without it the value is unknown (NaN), so its score is the mean of the other
/// criteria — a missing figure is not a small economy.
/// </summary>
/// <param name="attribute">The actor attribute holding the leverage figure.</param>
public sealed class LeverageCriterion(string attribute = "gdp") : IMediatorCriterion
{
    /// <summary>The attribute read.</summary>
    public string Attribute { get; } = string.IsNullOrEmpty(attribute) ? throw new ArgumentException("Name the attribute.", nameof(attribute)) : attribute;

    /// <inheritdoc/>
    public string Name => "leverage";

    /// <inheritdoc/>
    public string Description => $"the actor attribute '{Attribute}' on a log scale relative to the largest (Bercovitch & Schneider 2000); unknown where absent";

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
            ? new CriterionValue(double.NaN, $"no {Attribute} figure (left out of this candidate's score)")
            : new CriterionValue(max > 0 ? Math.Log(1 + v) / Math.Log(1 + max) : 0, $"{Attribute} {v.ToString("#,0.#", CultureInfo.InvariantCulture)} (largest {max.ToString("#,0.#", CultureInfo.InvariantCulture)}, log scale)"))];
    }
}
