using System.Globalization;
using nietras.SeparatedValues;
using RelationsGraph.Model;

namespace RelationsGraph.Loaders;

/// <summary>
/// Streams CAMEO-coded event files (GDELT 1.0/2.0, ICEWS) into dyads per period. Default aggregation per unordered
/// country pair and period: weight = mean Goldstein score (ICEWS: <c>Intensity</c>) ÷ 10, in [−1, 1]; with the event
/// count and the counts by quad class (verbal/material cooperation/conflict; ICEWS: from the CAMEO root code). Actors
/// map to ISO3 through <see cref="CountryCodes"/> (GDELT: actor country codes; ICEWS: country names). Rows whose two
/// actors map to the same country, or with an actor without a country, or with an unknown code, are dropped and
/// counted; malformed rows are counted and reported with file and line (or, with <see cref="LoaderOptions.Strict"/>,
/// stop the load). Memory grows with the dyads and periods, not the rows; <c>.gz</c> files are read as they stream.
/// </summary>
public static class EventLoader
{
    private const int GdeltDate = 1;
    private const int GdeltActor1Country = 7;
    private const int GdeltActor2Country = 17;
    private const int GdeltQuadClass = 29;
    private const int GdeltGoldstein = 30;

    /// <summary>Loads event files.</summary>
    /// <param name="files">The files (<c>.gz</c> allowed), read in order.</param>
    /// <param name="format">Their format.</param>
    /// <param name="options">Periods, direction, strictness.</param>
    /// <param name="progress">Receives the rows read so far, every 100,000 rows (optional).</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The dyads and the report.</returns>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="MalformedInputException">Strict mode: the first malformed row, or a missing ICEWS column.</exception>
    public static DyadTable Load(IEnumerable<string> files, EventFormat format, LoaderOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(LoaderInput.Open(files), format, options, progress, cancellationToken);
    }

    /// <summary>Loads event data from readers (named for messages).</summary>
    /// <param name="sources">(name, reader) pairs, read in order.</param>
    /// <param name="format">Their format.</param>
    /// <param name="options">Periods, direction, strictness.</param>
    /// <param name="progress">Receives the rows read so far (optional).</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The dyads and the report.</returns>
    public static DyadTable Load(IEnumerable<(string Name, TextReader Reader)> sources, EventFormat format, LoaderOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var aggregator = new DyadAggregator(options ?? new LoaderOptions());
        var cameo = new Dictionary<string, string>(CountryCodes.Cameo, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var icews = new Dictionary<string, string>(CountryCodes.Icews, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var periods = new Dictionary<int, string>();
        foreach (var (name, reader) in sources)
        {
            aggregator.Report.Files++;
            using var sep = Sep.Reader(o => o with { Sep = new Sep('\t'), HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true }).From(reader);
            if (format == EventFormat.Gdelt)
            {
                ReadGdelt(sep, name, aggregator, cameo, periods, progress, cancellationToken);
            }
            else
            {
                ReadIcews(sep, name, aggregator, icews, periods, progress, cancellationToken);
            }
        }

        return aggregator.Build(RelationKind.Event);
    }

    private static void ReadGdelt(SepReader sep, string name, DyadAggregator aggregator, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, Dictionary<int, string> periods, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        foreach (var row in sep)
        {
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue;
            }

            Tick(aggregator, progress, cancellationToken);
            var line = row.RowIndex + 1; // one row per line: quotes are not parsed in these tab-separated files
            if (row.ColCount is not (57 or 58 or 61))
            {
                aggregator.Malformed(new InputLocation(name, line), string.Create(CultureInfo.InvariantCulture, $"expected 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated fields, found {row.ColCount}"));
                continue;
            }

            if (!Date(row[GdeltDate].Span, out var year, out var month))
            {
                aggregator.Malformed(new InputLocation(name, line, "SQLDATE"), $"'{Short(row[GdeltDate].Span)}' is not a date YYYYMMDD");
                continue;
            }

            if (!Quad(row[GdeltQuadClass].Span, out var quad))
            {
                aggregator.Malformed(new InputLocation(name, line, "QuadClass"), $"'{Short(row[GdeltQuadClass].Span)}' is not a quad class 1-4");
                continue;
            }

            if (!Score(row[GdeltGoldstein].Span, out var goldstein))
            {
                aggregator.Malformed(new InputLocation(name, line, "GoldsteinScale"), $"'{Short(row[GdeltGoldstein].Span)}' is not a Goldstein score in [-10, 10]");
                continue;
            }

            Dyad(aggregator, codes, row[GdeltActor1Country].Span, row[GdeltActor2Country].Span, Period(periods, aggregator.Options.Period, year, month), goldstein / 10, quad);
        }
    }

    private static void ReadIcews(SepReader sep, string name, DyadAggregator aggregator, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> names, Dictionary<int, string> periods, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        int date = -1, source = -1, target = -1, cameo = -1, intensity = -1, columns = 0;
        foreach (var row in sep)
        {
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue;
            }

            var line = row.RowIndex + 1; // one row per line: quotes are not parsed in these tab-separated files
            if (columns == 0)
            {
                var header = new List<string>(row.ColCount);
                for (var i = 0; i < row.ColCount; i++)
                {
                    header.Add(row[i].ToString().Trim('\uFEFF'));
                }

                columns = header.Count;
                date = Column(header, "Event Date", name);
                source = Column(header, "Source Country", name);
                target = Column(header, "Target Country", name);
                cameo = Column(header, "CAMEO Code", name);
                intensity = Column(header, "Intensity", name);
                continue;
            }

            Tick(aggregator, progress, cancellationToken);
            if (row.ColCount != columns)
            {
                aggregator.Malformed(new InputLocation(name, line), string.Create(CultureInfo.InvariantCulture, $"expected {columns} tab-separated fields as in the header, found {row.ColCount}"));
                continue;
            }

            var d = row[date].Span;
            if (d.Length != 10 || !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                aggregator.Malformed(new InputLocation(name, line, "Event Date"), $"'{Short(d)}' is not a date yyyy-MM-dd");
                continue;
            }

            var code = row[cameo].Span;
            if (code.Length < 2 || !int.TryParse(code[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var root) || root is < 1 or > 20)
            {
                aggregator.Malformed(new InputLocation(name, line, "CAMEO Code"), $"'{Short(code)}' is not a CAMEO code");
                continue;
            }

            if (!Score(row[intensity].Span, out var score))
            {
                aggregator.Malformed(new InputLocation(name, line, "Intensity"), $"'{Short(row[intensity].Span)}' is not an intensity in [-10, 10]");
                continue;
            }

            var quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            Dyad(aggregator, names, row[source].Span, row[target].Span, Period(periods, aggregator.Options.Period, day.Year, day.Month), score / 10, quad);
        }
    }

    private static int Column(List<string> header, string column, string name)
    {
        var i = header.IndexOf(column);
        return i >= 0 ? i : throw new MalformedInputException(new InputLocation(name, 1, column), $"missing required ICEWS column '{column}'");
    }

    private static void Dyad(DyadAggregator aggregator, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> map, ReadOnlySpan<char> first, ReadOnlySpan<char> second, string period, double weight, int quad)
    {
        if (first.IsEmpty || second.IsEmpty)
        {
            aggregator.Report.NoCountry++;
            return;
        }

        if (!map.TryGetValue(first, out var a))
        {
            aggregator.Unmapped(first.ToString());
            return;
        }

        if (!map.TryGetValue(second, out var b))
        {
            aggregator.Unmapped(second.ToString());
            return;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            aggregator.Report.SameCountry++;
            return;
        }

        aggregator.Add(a, b, period, weight, quad);
    }

    private static void Tick(DyadAggregator aggregator, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        if ((++aggregator.Report.Rows % 100_000) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(aggregator.Report.Rows);
        }
    }

    private static string Period(Dictionary<int, string> cache, PeriodKind kind, int year, int month)
    {
        var key = (year * 100) + month;
        if (!cache.TryGetValue(key, out var text))
        {
            text = DyadAggregator.PeriodKey(kind, year, month);
            cache[key] = text;
        }

        return text;
    }

    private static bool Date(ReadOnlySpan<char> text, out int year, out int month)
    {
        year = month = 0;
        if (text.Length != 8 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        year = value / 10000;
        month = value / 100 % 100;
        var day = value % 100;
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    // .NET's parsers ignore trailing NUL characters: a field holding one is malformed, not a number.
    private static bool Quad(ReadOnlySpan<char> text, out int quad) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out quad) && quad is >= 1 and <= 4 && !text.Contains('\0');

    private static bool Score(ReadOnlySpan<char> text, out double score) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out score) && score is >= -10 and <= 10 && !text.Contains('\0');

    private static string Short(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..37], "...");
}
