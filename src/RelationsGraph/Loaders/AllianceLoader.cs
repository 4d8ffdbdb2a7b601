using System.Globalization;
using nietras.SeparatedValues;
using RelationsGraph.Model;

namespace RelationsGraph.Loaders;

/// <summary>
/// Loads alliance dyad-year files (ATOP 5.1 or COW v4.1) as positive <see cref="RelationKind.Alliance"/> ties per period,
/// the weight saying the strongest obligation of the dyad's alliances that year: defence 1, offence 0.9, neutrality 0.6,
/// non-aggression 0.5, consultation (ATOP) or entente (COW) 0.4. Rows without an obligation (ATOP <c>atopally</c> = 0,
/// or no flag set) are counted in <see cref="LoadReport.NoAlliance"/> and left out. COW numeric codes map to ISO3 through <see cref="CountryCodes.Cow"/>; unknown
/// codes and malformed rows are counted and reported as in the other loaders. Periods are years (months read as years).
/// </summary>
public static class AllianceLoader
{
    private static readonly (string Column, double Weight)[] AtopObligations = [("defense", 1), ("offense", 0.9), ("neutral", 0.6), ("nonagg", 0.5), ("consul", 0.4)];
    private static readonly (string Column, double Weight)[] CowObligations = [("defense", 1), ("neutrality", 0.6), ("nonaggression", 0.5), ("entente", 0.4)];

    /// <summary>Loads alliance files.</summary>
    /// <param name="files">The files (<c>.gz</c> allowed).</param>
    /// <param name="format">ATOP or COW.</param>
    /// <param name="options">Periods, strictness.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The dyads and the report.</returns>
    public static DyadTable Load(IEnumerable<string> files, AllianceFormat format, LoaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(LoaderInput.Open(files), format, options, cancellationToken);
    }

    /// <summary>Loads alliance data from readers (named for messages).</summary>
    /// <param name="sources">(name, reader) pairs.</param>
    /// <param name="format">ATOP or COW.</param>
    /// <param name="options">Periods, strictness.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The dyads and the report.</returns>
    /// <exception cref="MalformedInputException">A missing column, or strict mode and a malformed row.</exception>
    public static DyadTable Load(IEnumerable<(string Name, TextReader Reader)> sources, AllianceFormat format, LoaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        options ??= new LoaderOptions();
        var aggregator = new DyadAggregator(options with { Period = options.Period == PeriodKind.Month ? PeriodKind.Year : options.Period }) { TakeMaximum = true };
        var (first, second) = format == AllianceFormat.Atop ? ("mem1", "mem2") : ("ccode1", "ccode2");
        var obligations = format == AllianceFormat.Atop ? AtopObligations : CowObligations;
        foreach (var (name, reader) in sources)
        {
            aggregator.Report.Files++;
            using var sep = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(reader);
            var columns = 0;
            int c1 = -1, c2 = -1, year = -1, ally = -1;
            var flags = new int[obligations.Length];
            foreach (var row in sep)
            {
                if (row.ColCount == 1 && row[0].Span.IsEmpty)
                {
                    continue;
                }

                var line = row.LineNumberFrom;
                if (columns == 0)
                {
                    var header = LoaderHeader.Read(row, name);
                    columns = header.Count;
                    c1 = header.Require(first);
                    c2 = header.Require(second);
                    year = header.Require("year");
                    ally = format == AllianceFormat.Atop ? header.Require("atopally") : -1;
                    for (var k = 0; k < obligations.Length; k++)
                    {
                        flags[k] = header.Require(obligations[k].Column);
                    }

                    continue;
                }

                if (!aggregator.StartRow(row.ColCount, columns, name, line, cancellationToken))
                {
                    continue;
                }

                if (!Int(row[c1].Span, out var a) || !Int(row[c2].Span, out var b))
                {
                    var field = Int(row[c1].Span, out _) ? second : first;
                    aggregator.Malformed(new InputLocation(name, line, field), $"'{row[field == first ? c1 : c2].ToString()}' is not a COW code");
                    continue;
                }

                if (!Int(row[year].Span, out var y) || y is < 1800 or > 9999)
                {
                    aggregator.Malformed(new InputLocation(name, line, "year"), $"'{row[year].ToString()}' is not a year");
                    continue;
                }

                var weight = 0.0;
                var bad = false;
                for (var k = 0; k < obligations.Length && !bad; k++)
                {
                    var text = row[flags[k]].Span;
                    if (text.IsEmpty || text is "0" || text is ".")
                    {
                        continue;
                    }

                    if (text is "1")
                    {
                        weight = Math.Max(weight, obligations[k].Weight);
                    }
                    else
                    {
                        aggregator.Malformed(new InputLocation(name, line, obligations[k].Column), $"'{text.ToString()}' is not a 0/1 flag");
                        bad = true;
                    }
                }

                if (bad)
                {
                    continue;
                }

                if ((ally >= 0 && row[ally].Span is "0") || weight == 0)
                {
                    aggregator.Report.NoAlliance++;
                    continue;
                }

                if (!aggregator.MapCow(a, b, out var isoA, out var isoB))
                {
                    continue;
                }

                aggregator.Add(isoA, isoB, DyadAggregator.PeriodKey(aggregator.Options.Period, y, 1), weight, 0);
            }
        }

        return aggregator.Build(RelationKind.Alliance);
    }

    private static bool Int(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0 && !text.Contains('\0');
}
