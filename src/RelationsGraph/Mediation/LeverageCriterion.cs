using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Leverage: the resources a state can bring to bear — the geometric mean √(size × wealth) of
/// <list type="bullet">
/// <item><b>size</b>: GDP (actor attribute <c>gdp</c>, US$ billions) as log10(1 + gdp) / log10(1 + 25,000) and the COW
/// capability index (<c>cinc</c>) as log10(1 + 1000 × cinc) / log10(151), each capped at 1, averaged over the figures
/// known;</item>
/// <item><b>wealth</b>: GDP per head (<c>gdp</c> over <c>population</c>, in millions) in thousand US$ as
/// log10(1 + per head) / log10(1 + 100), capped at 1.</item>
/// </list>
/// A large poor state has little to spare, a rich microstate little in all; the product asks for both (carrots and
/// sticks: Bercovitch &amp; Schneider 2000; Greig &amp; Diehl 2012 on powerful mediators). An actor without a GDP or
/// capability figure has size 0, one without GDP or population wealth 0: missing data never helps.
/// </summary>
public sealed class LeverageCriterion : IMediatorCriterion
{
    /// <summary>The GDP scale's top: US$ 25,000 bn counts 1.</summary>
    public const double GdpTop = 25_000;

    /// <summary>The wealth scale's top: US$ 100,000 a head counts 1.</summary>
    public const double PerHeadTop = 100;

    /// <inheritdoc/>
    public string Name => "leverage";

    /// <inheritdoc/>
    public string Description => "resources: √(size × wealth), size from GDP and capability (CINC), wealth from GDP per head, on fixed log scales; no figure counts as 0 (Bercovitch & Schneider 2000)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Candidates.Select(c =>
        {
            var gdp = context.Number(c, "gdp");
            var cinc = context.Number(c, "cinc");
            var population = context.Number(c, "population");
            double sum = 0;
            var count = 0;
            var text = new List<string>();
            var hasGdp = !double.IsNaN(gdp) && gdp >= 0;
            if (hasGdp)
            {
                sum += Math.Min(1, Math.Log10(1 + gdp) / Math.Log10(1 + GdpTop));
                count++;
                text.Add($"GDP {gdp.ToString("#,0.#", CultureInfo.InvariantCulture)} bn US$");
            }

            if (!double.IsNaN(cinc) && cinc >= 0)
            {
                sum += Math.Min(1, Math.Log10(1 + (1000 * cinc)) / Math.Log10(151));
                count++;
                text.Add($"CINC {cinc.ToString("0.####", CultureInfo.InvariantCulture)}");
            }

            if (count == 0)
            {
                return new CriterionValue(0, "no GDP or capability figure (counted as 0)");
            }

            var size = sum / count;
            if (!hasGdp || double.IsNaN(population) || population <= 0)
            {
                return new CriterionValue(0, $"{string.Join(", ", text)}; {(hasGdp ? "no population figure" : "no GDP figure")}, so no wealth figure (counted as 0)");
            }

            var perHead = gdp / population;
            var wealth = Math.Min(1, Math.Log10(1 + perHead) / Math.Log10(1 + PerHeadTop));
            text.Add($"{(1000 * perHead).ToString("#,0", CultureInfo.InvariantCulture)} US$ a head");
            return new CriterionValue(Math.Sqrt(size * wealth), $"{string.Join(", ", text)} (size {size.ToString("0.00", CultureInfo.InvariantCulture)}, wealth {wealth.ToString("0.00", CultureInfo.InvariantCulture)})");
        })];
    }
}
