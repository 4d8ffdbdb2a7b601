using System.Globalization;
using RelationsGraph.Model;

namespace RelationsGraph.Loaders;

/// <summary>Accumulates rows into dyad-period sums; memory grows with the dyads and periods, not with the rows.</summary>
internal sealed class DyadAggregator(LoaderOptions options)
{
    private readonly Dictionary<(string Source, string Target, string Period), Accumulator> cells = [];

    public LoadReport Report { get; } = new();

    public LoaderOptions Options { get; } = options;

    public static string PeriodKey(PeriodKind kind, int year, int month) => kind switch
    {
        PeriodKind.Year => year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"),
        _ => "all",
    };

    /// <summary>Whether a dyad's weight is the strongest of its rows (alliances) rather than their mean.</summary>
    public bool TakeMaximum { get; init; }

    /// <summary>Adds one row between two mapped ids (a different country each).</summary>
    public void Add(string a, string b, string period, double weight, int quad)
    {
        if (!Options.Directed && string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        if (!cells.TryGetValue((a, b, period), out var acc))
        {
            acc = new Accumulator();
            cells[(a, b, period)] = acc;
        }

        acc.Sum += weight;
        acc.Max = acc.Count == 0 ? weight : Math.Max(acc.Max, weight);
        acc.Count++;
        if (quad is >= 1 and <= 4)
        {
            acc.Quads[quad - 1]++;
        }

        Report.Used++;
    }

    /// <summary>Records a malformed row: reported (up to the limit) and counted, or thrown in strict mode.</summary>
    public void Malformed(InputLocation at, string problem)
    {
        if (Options.Strict)
        {
            throw new MalformedInputException(at, problem);
        }

        Report.Malformed++;
        if (Report.IssueList.Count < Options.MaxReported)
        {
            Report.IssueList.Add(new InputNote(at, problem));
        }
    }

    /// <summary>Counts a data row (checking cancellation now and then); false, with the row reported, when its field count is not the header's.</summary>
    public bool StartRow(int fields, int columns, string source, int line, CancellationToken cancellationToken)
    {
        if ((++Report.Rows % 100_000) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (fields == columns)
        {
            return true;
        }

        Malformed(new InputLocation(source, line), string.Create(CultureInfo.InvariantCulture, $"expected {columns} fields as in the header, found {fields}"));
        return false;
    }

    /// <summary>Maps two COW codes to ISO3; false, with the row counted, when a code is unknown or both are one country.</summary>
    public bool MapCow(int a, int b, out string isoA, out string isoB)
    {
        isoB = string.Empty;
        if (!CountryCodes.Cow.TryGetValue(a, out isoA!))
        {
            Unmapped($"ccode {a.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        if (!CountryCodes.Cow.TryGetValue(b, out isoB!))
        {
            Unmapped($"ccode {b.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        if (string.Equals(isoA, isoB, StringComparison.Ordinal))
        {
            Report.SameCountry++;
            return false;
        }

        return true;
    }

    public void Unmapped(string code)
    {
        Report.UnmappedRows++;
        Report.UnmappedCodes[code] = Report.UnmappedCodes.GetValueOrDefault(code) + 1;
    }

    public DyadTable Build(RelationKind kind)
    {
        var dyads = cells
            .OrderBy(kv => kv.Key.Period, StringComparer.Ordinal).ThenBy(kv => kv.Key.Source, StringComparer.Ordinal).ThenBy(kv => kv.Key.Target, StringComparer.Ordinal)
            .Select(kv => new DyadAggregate(kv.Key.Source, kv.Key.Target, kv.Key.Period, TakeMaximum ? kv.Value.Max : kv.Value.Sum / kv.Value.Count, kv.Value.Count, [.. kv.Value.Quads]))
            .ToList();
        return new DyadTable(kind, Options.Directed, Options.Period, dyads, Report);
    }

    private sealed class Accumulator
    {
        public double Sum { get; set; }

        public double Max { get; set; }

        public long Count { get; set; }

        public long[] Quads { get; } = new long[4];
    }
}
