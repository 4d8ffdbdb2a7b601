using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Leverage: economic and military weight on fixed scales — GDP (actor attribute <c>gdp</c>, US$ billions) as
/// log10(1 + gdp) / log10(1 + 25,000), and the COW capability index (<c>cinc</c>) as log10(1 + 1000 × cinc) / log10(151),
/// each capped at 1, averaged over the figures known. An actor with neither figure scores 0: missing data never helps
/// (Bercovitch &amp; Schneider 2000; Greig &amp; Diehl 2012 on powerful mediators).
/// </summary>
public sealed class LeverageCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "leverage";

    /// <inheritdoc/>
    public string Description => "GDP and capability (CINC) on fixed log scales; no figure counts as 0 (Bercovitch & Schneider 2000)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Candidates.Select(c =>
        {
            var gdp = context.Number(c, "gdp");
            var cinc = context.Number(c, "cinc");
            var parts = new List<double>();
            var text = new List<string>();
            if (!double.IsNaN(gdp) && gdp >= 0)
            {
                parts.Add(Math.Min(1, Math.Log10(1 + gdp) / Math.Log10(1 + 25_000)));
                text.Add($"GDP {gdp.ToString("#,0.#", CultureInfo.InvariantCulture)} bn US$");
            }

            if (!double.IsNaN(cinc) && cinc >= 0)
            {
                parts.Add(Math.Min(1, Math.Log10(1 + (1000 * cinc)) / Math.Log10(151)));
                text.Add($"CINC {cinc.ToString("0.####", CultureInfo.InvariantCulture)}");
            }

            return parts.Count == 0
                ? new CriterionValue(0, "no GDP or capability figure (counted as 0)")
                : new CriterionValue(parts.Average(), string.Join(", ", text));
        })];
    }
}
