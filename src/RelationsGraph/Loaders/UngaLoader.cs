using System.Globalization;
using nietras.SeparatedValues;
using RelationsGraph.Model;

namespace RelationsGraph.Loaders;

/// <summary>
/// Loads UN General Assembly voting agreement (Voeten's dyadic files: comma-separated with a header holding
/// <c>ccode1</c>, <c>ccode2</c>, <c>agree</c> and <c>year</c> or <c>session</c>; session s is year 1945 + s). Weight =
/// 2·agree − 1, so full agreement is +1 and full disagreement −1; a dyad's weight in a period is the mean over its rows
/// (files that list both orders of a pair count each). COW numeric codes map to ISO3 through <see cref="CountryCodes.Cow"/>
/// — never the COW abbreviations, which collide with ISO3 (SWZ, AUS). Periods are years; <see cref="PeriodKind.Month"/>
/// is read as years (the data have no months). Unknown codes and malformed rows are counted and reported as in
/// <see cref="EventLoader"/>.
/// </summary>
public static class UngaLoader
{
    /// <summary>Loads agreement files.</summary>
    /// <param name="files">The files (<c>.gz</c> allowed), read in order.</param>
    /// <param name="options">Periods, direction, strictness.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The dyads and the report.</returns>
    public static DyadTable Load(IEnumerable<string> files, LoaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(LoaderInput.Open(files), options, cancellationToken);
    }

    /// <summary>Loads agreement data from readers (named for messages).</summary>
    /// <param name="sources">(name, reader) pairs, read in order.</param>
    /// <param name="options">Periods, direction, strictness.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The dyads and the report.</returns>
    /// <exception cref="MalformedInputException">A missing column, or strict mode and a malformed row.</exception>
    public static DyadTable Load(IEnumerable<(string Name, TextReader Reader)> sources, LoaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        options ??= new LoaderOptions();
        var aggregator = new DyadAggregator(options with { Period = options.Period == PeriodKind.Month ? PeriodKind.Year : options.Period });
        foreach (var (name, reader) in sources)
        {
            aggregator.Report.Files++;
            using var sep = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(reader);
            int c1 = -1, c2 = -1, agree = -1, year = -1, session = -1, columns = 0;
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
                    c1 = header.Require("ccode1");
                    c2 = header.Require("ccode2");
                    agree = header.Require("agree");
                    year = header.Find("year");
                    session = header.Find("session");
                    if (year < 0 && session < 0)
                    {
                        throw new MalformedInputException(new InputLocation(name, 1, "year"), "missing column 'year' or 'session'");
                    }

                    continue;
                }

                if (!aggregator.StartRow(row.ColCount, columns, name, line, cancellationToken))
                {
                    continue;
                }

                if (!Code(row[c1].Span, out var a) || !Code(row[c2].Span, out var b))
                {
                    var field = Code(row[c1].Span, out _) ? "ccode2" : "ccode1";
                    aggregator.Malformed(new InputLocation(name, line, field), $"'{row[field == "ccode1" ? c1 : c2].ToString()}' is not a COW code");
                    continue;
                }

                if (row[agree].Span.Contains('\0') || !double.TryParse(row[agree].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || !(share >= 0 && share <= 1))
                {
                    aggregator.Malformed(new InputLocation(name, line, "agree"), $"'{row[agree].ToString()}' is not an agreement share in [0, 1]");
                    continue;
                }

                int y;
                if (year >= 0)
                {
                    if (row[year].Span.Contains('\0') || !int.TryParse(row[year].Span, NumberStyles.None, CultureInfo.InvariantCulture, out y) || y is < 1946 or > 9999)
                    {
                        aggregator.Malformed(new InputLocation(name, line, "year"), $"'{row[year].ToString()}' is not a year");
                        continue;
                    }
                }
                else if (row[session].Span.Contains('\0') || !int.TryParse(row[session].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s is < 1 or > 9999 - 1945)
                {
                    aggregator.Malformed(new InputLocation(name, line, "session"), $"'{row[session].ToString()}' is not a session number");
                    continue;
                }
                else
                {
                    y = 1945 + s;
                }

                if (!aggregator.MapCow(a, b, out var isoA, out var isoB))
                {
                    continue;
                }

                aggregator.Add(isoA, isoB, DyadAggregator.PeriodKey(aggregator.Options.Period, y, 1), (2 * share) - 1, 0);
            }
        }

        return aggregator.Build(RelationKind.Vote);
    }

    private static bool Code(ReadOnlySpan<char> text, out int code) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out code) && code > 0 && !text.Contains('\0');
}
