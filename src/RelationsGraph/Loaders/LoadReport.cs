using System.Globalization;

namespace RelationsGraph.Loaders;

/// <summary>What a loader read, used and left out — nothing is dropped silently.</summary>
public sealed class LoadReport
{
    internal List<InputNote> IssueList { get; } = [];

    internal SortedDictionary<string, long> UnmappedCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Files read.</summary>
    public int Files { get; internal set; }

    /// <summary>Data rows read (headers and blank lines not counted).</summary>
    public long Rows { get; internal set; }

    /// <summary>Rows aggregated into dyads.</summary>
    public long Used { get; internal set; }

    /// <summary>Rows whose two actors map to the same country (dropped).</summary>
    public long SameCountry { get; internal set; }

    /// <summary>Rows with an actor without a country code (GDELT leaves many empty; dropped).</summary>
    public long NoCountry { get; internal set; }

    /// <summary>Rows with a country code or name the mapping tables do not know (dropped; see <see cref="Unmapped"/>).</summary>
    public long UnmappedRows { get; internal set; }

    /// <summary>Alliance rows without an obligation that year (ATOP <c>atopally</c> 0, or no obligation flag set; left out).</summary>
    public long NoAlliance { get; internal set; }

    /// <summary>Rows that could not be parsed: wrong field count, bad date or number (dropped and reported).</summary>
    public long Malformed { get; internal set; }

    /// <summary>The unknown codes or names, with how many rows carried each.</summary>
    public IReadOnlyDictionary<string, long> Unmapped => UnmappedCodes;

    /// <summary>The first malformed rows, with file, line and field (at most <see cref="LoaderOptions.MaxReported"/>).</summary>
    public IReadOnlyList<InputNote> Issues => IssueList;

    /// <summary>One line per figure that is not zero, for the CLI's notes.</summary>
    /// <returns>The lines.</returns>
    public IEnumerable<string> Describe()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"read {Rows} row(s) from {Files} file(s); {Used} aggregated");
        if (SameCountry > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{SameCountry} row(s) dropped: both actors in the same country");
        }

        if (NoCountry > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{NoCountry} row(s) dropped: an actor without a country code");
        }

        if (NoAlliance > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{NoAlliance} row(s) left out: no alliance obligation that year");
        }

        if (UnmappedRows > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{UnmappedRows} row(s) dropped: unknown code(s) {string.Join(", ", UnmappedCodes.Take(10).Select(kv => $"{kv.Key} ({kv.Value})"))}{(UnmappedCodes.Count > 10 ? ", ..." : string.Empty)}");
        }

        if (Malformed > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{Malformed} malformed row(s) skipped");
            foreach (var issue in IssueList)
            {
                yield return issue.ToString();
            }
        }
    }
}
