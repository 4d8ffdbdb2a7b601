using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RelationsGraph.IO;
using RelationsGraph.Loaders;
using RelationsGraph.Model;

namespace RelationsGraph.Tests.Hardening;

/// <summary>The readers under test.</summary>
public enum ReaderKind
{
    /// <summary><see cref="CsvNetworkReader"/>, the edges file mutated.</summary>
    CsvEdges,

    /// <summary><see cref="CsvNetworkReader"/>, the nodes file mutated (edges fixed).</summary>
    CsvNodes,

    /// <summary><see cref="GraphMLFormat"/>.</summary>
    GraphML,

    /// <summary><see cref="JsonNetworkFormat"/>.</summary>
    Json,

    /// <summary><see cref="EventLoader"/>, GDELT.</summary>
    Gdelt,

    /// <summary><see cref="EventLoader"/>, ICEWS.</summary>
    Icews,

    /// <summary><see cref="UngaLoader"/>.</summary>
    Unga,

    /// <summary><see cref="AllianceLoader"/>, ATOP.</summary>
    Atop,

    /// <summary><see cref="AllianceLoader"/>, COW.</summary>
    Cow,
}

/// <summary>How a test text reaches a reader.</summary>
public enum InputEncoding
{
    /// <summary>As the string itself: a <see cref="StringReader"/> for text readers, UTF-8 bytes for stream readers.</summary>
    Direct,

    /// <summary>UTF-8 bytes without BOM, decoded as the path overloads do (UTF-8, BOM detection).</summary>
    Utf8,

    /// <summary>UTF-8 bytes with BOM.</summary>
    Utf8Bom,

    /// <summary>Latin-1 bytes (invalid UTF-8 wherever the text is not ASCII).</summary>
    Latin1,

    /// <summary>UTF-16 little-endian bytes with BOM.</summary>
    Utf16LeBom,
}

/// <summary>A way in which a reader broke the contract of docs/formats.md.</summary>
/// <param name="Stage">Where: <c>read</c>, <c>strict</c>, <c>result</c> or <c>post</c> (using a loader's table).</param>
/// <param name="Description">What happened.</param>
/// <param name="Exception">The exception, if one escaped.</param>
internal sealed record Violation(string Stage, string Description, Exception? Exception);

/// <summary>
/// Runs each reader on a text and checks the contract: it returns a result or throws a typed
/// <see cref="InvalidInputException"/> (loaders: <see cref="MalformedInputException"/>) whose location names the
/// source (and, for CSV, a line within the input) and whose message starts with that location; a returned result
/// is sound (finite weights, endpoints declared, loader counts adding up, a loader table usable as a network and
/// as the import CSV, which reads back).
/// </summary>
internal static partial class ReaderHarness
{
    public const string EdgesName = "edges.csv";
    public const string NodesName = "nodes.csv";

    public static string SourceName(ReaderKind kind) => kind switch
    {
        ReaderKind.CsvEdges => EdgesName,
        ReaderKind.CsvNodes => NodesName,
        ReaderKind.GraphML => "network.graphml",
        ReaderKind.Json => "network.json",
        ReaderKind.Gdelt => "events.tsv",
        ReaderKind.Icews => "icews.tsv",
        ReaderKind.Unga => "agree.csv",
        ReaderKind.Atop => "atop.csv",
        _ => "cow.csv",
    };

    public static byte[] Encode(string text, InputEncoding encoding) => encoding switch
    {
        InputEncoding.Utf8Bom => [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(text)],
        InputEncoding.Latin1 => Encoding.Latin1.GetBytes(text),
        InputEncoding.Utf16LeBom => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        _ => new UTF8Encoding(false).GetBytes(text),
    };

    /// <summary>A reader over the text: the string itself, or its bytes decoded as the path overloads decode files.</summary>
    public static TextReader Text(string text, InputEncoding encoding) =>
        encoding == InputEncoding.Direct
            ? new StringReader(text)
            : new StreamReader(new MemoryStream(Encode(text, encoding)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    public static NetworkReadOptions NetworkOptions(int variant) => new()
    {
        DirectedByDefault = (variant & 1) != 0,
        SelfLoops = (variant & 2) != 0 ? SelfLoopPolicy.Drop : SelfLoopPolicy.Reject,
    };

    public static LoaderOptions LoaderOptionsFor(int variant) => (variant & 3) switch
    {
        0 => new LoaderOptions(),
        1 => new LoaderOptions { Period = PeriodKind.Month },
        2 => new LoaderOptions { Period = PeriodKind.All, Directed = true },
        _ => new LoaderOptions { Period = PeriodKind.Month, Directed = true, MaxReported = 0 },
    };

    /// <summary>Runs <paramref name="kind"/> on <paramref name="text"/> and returns the first contract violation, or <see langword="null"/>.</summary>
    /// <param name="kind">The reader.</param>
    /// <param name="text">The (mutated) input.</param>
    /// <param name="encoding">How the input reaches the reader.</param>
    /// <param name="variant">Selects reader options (0..3).</param>
    /// <param name="companion">For CSV: the other file (nodes for <see cref="ReaderKind.CsvEdges"/>, edges for <see cref="ReaderKind.CsvNodes"/>), or <see langword="null"/>.</param>
    public static Violation? Run(ReaderKind kind, string text, InputEncoding encoding, int variant, string? companion = null)
    {
        var lines = PhysicalLines(text);
        switch (kind)
        {
            case ReaderKind.CsvEdges:
            case ReaderKind.CsvNodes:
                var edgesText = kind == ReaderKind.CsvEdges ? text : companion!;
                var nodesText = kind == ReaderKind.CsvNodes ? text : companion;
                var edgesEncoding = kind == ReaderKind.CsvEdges ? encoding : InputEncoding.Direct;
                var nodesEncoding = kind == ReaderKind.CsvNodes ? encoding : InputEncoding.Direct;
                return CheckNetwork(
                    () =>
                    {
                        using var edges = Text(edgesText, edgesEncoding);
                        using var nodes = nodesText is null ? null : Text(nodesText, nodesEncoding);
                        return CsvNetworkReader.Read(edges, EdgesName, nodes, nodesText is null ? null : NodesName, NetworkOptions(variant));
                    },
                    nodesText is null ? [EdgesName] : [EdgesName, NodesName],
                    Math.Max(lines, companion is null ? 0 : PhysicalLines(companion)));
            case ReaderKind.GraphML:
                return CheckNetwork(() => GraphMLFormat.Read(new MemoryStream(Encode(text, encoding)), SourceName(kind), NetworkOptions(variant)), [SourceName(kind)], null);
            case ReaderKind.Json:
                return CheckNetwork(() => JsonNetworkFormat.Read(new MemoryStream(Encode(text, encoding)), SourceName(kind), NetworkOptions(variant)), [SourceName(kind)], null);
            default:
                return CheckLoader(kind, o => Load(kind, text, encoding, o), LoaderOptionsFor(variant), lines);
        }
    }

    /// <summary>Loads <paramref name="text"/> with the loader of <paramref name="kind"/>.</summary>
    public static DyadTable Load(ReaderKind kind, string text, InputEncoding encoding, LoaderOptions? options = null)
    {
        using var reader = Text(text, encoding);
        (string, TextReader)[] sources = [(SourceName(kind), reader)];
        return kind switch
        {
            ReaderKind.Gdelt => EventLoader.Load(sources, EventFormat.Gdelt, options),
            ReaderKind.Icews => EventLoader.Load(sources, EventFormat.Icews, options),
            ReaderKind.Unga => UngaLoader.Load(sources, options),
            ReaderKind.Atop => AllianceLoader.Load(sources, AllianceFormat.Atop, options),
            ReaderKind.Cow => AllianceLoader.Load(sources, AllianceFormat.Cow, options),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a loader"),
        };
    }

    /// <summary>Physical lines as Sep counts them (LF, CRLF or a lone CR ends a line).</summary>
    public static int PhysicalLines(string text)
    {
        var count = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Everything a result holds, as one string (for "the secret never appears" checks).</summary>
    public static string Dump(NetworkReadResult result)
    {
        var text = new StringBuilder();
        foreach (var a in result.Network.Actors)
        {
            text.Append(a.Id).Append('|').Append(a.Name).Append('|').Append(a.Kind).Append('|').Append(a.CowCode);
            foreach (var (k, v) in a.Attributes)
            {
                text.Append('|').Append(k).Append('=').Append(v);
            }

            text.Append('\n');
        }

        foreach (var r in result.Network.Relations)
        {
            text.Append(r.Source).Append('|').Append(r.Target).Append('|').Append(r.Weight.ToString("R", CultureInfo.InvariantCulture))
                .Append('|').Append(r.Kind).Append('|').Append(r.IsDirected).Append('|').Append(r.Period.ToString()).Append('|').Append(r.Reference);
            foreach (var (k, v) in r.Attributes)
            {
                text.Append('|').Append(k).Append('=').Append(v);
            }

            text.Append('\n');
        }

        foreach (var n in result.Notes)
        {
            text.Append(n).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Control characters, non-ASCII and long runs made readable for failure messages.</summary>
    public static string Escape(string text, int max = 3000)
    {
        var s = new StringBuilder();
        foreach (var c in text.Length > max ? text[..max] : text)
        {
            s.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return text.Length > max ? string.Create(CultureInfo.InvariantCulture, $"{s}...(+{text.Length - max} chars)") : s.ToString();
    }

    /// <summary>The type, message and first frames of an exception.</summary>
    public static string Describe(Exception e)
    {
        var frames = (e.StackTrace ?? string.Empty).Split('\n').Take(6).Select(f => f.Trim());
        return $"{e.GetType().FullName}: {e.Message}\n    {string.Join("\n    ", frames)}";
    }

    /// <summary>Checks a typed exception: source named, message starting with the location, line within the input when lines are known.</summary>
    public static Violation? CheckTyped(InvalidInputException e, IReadOnlyCollection<string> sources, int? lines, string stage = "read")
    {
        if (e.Location.Source is null || !sources.Contains(e.Location.Source))
        {
            return new Violation(stage, $"typed exception names source '{e.Location.Source}', not one of {string.Join(", ", sources)}: {e.Message}", e);
        }

        if (!e.Message.StartsWith(e.Location.ToString(), StringComparison.Ordinal) || e.Problem.Length == 0)
        {
            return new Violation(stage, $"message does not start with the location or says nothing: {e.Message}", e);
        }

        if (lines is not null && e.Location.Line is null)
        {
            return new Violation(stage, $"no line in a line-oriented format: {e.Message}", e);
        }

        if (lines is { } max && e.Location.Line is { } l && (l < 1 || l > max))
        {
            return new Violation(stage, string.Create(CultureInfo.InvariantCulture, $"line {l} outside the input's 1..{max} lines: {e.Message}"), e);
        }

        return null;
    }

    private static Violation? CheckNetwork(Func<NetworkReadResult> read, string[] sources, int? lines)
    {
        NetworkReadResult result;
        try
        {
            result = read();
        }
        catch (InvalidInputException e)
        {
            return CheckTyped(e, sources, lines);
        }
        catch (Exception e) when (e is not Xunit.Sdk.IAssertionException)
        {
            return new Violation("read", Describe(e), e);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in result.Network.Actors)
        {
            if (!ids.Add(a.Id))
            {
                return new Violation("result", $"actor '{Escape(a.Id, 80)}' listed twice", null);
            }
        }

        foreach (var r in result.Network.Relations)
        {
            if (!double.IsFinite(r.Weight))
            {
                return new Violation("result", $"relation weight {r.Weight} is not finite", null);
            }

            if (!ids.Contains(r.Source) || !ids.Contains(r.Target))
            {
                return new Violation("result", $"relation {Escape(r.Source, 80)}-{Escape(r.Target, 80)} has an endpoint that is not an actor", null);
            }
        }

        foreach (var note in result.Notes)
        {
            if (note.Location.Source is null || !sources.Contains(note.Location.Source))
            {
                return new Violation("result", $"note without its source: {note}", null);
            }
        }

        return null;
    }

    private static Violation? CheckLoader(ReaderKind kind, Func<LoaderOptions, DyadTable> load, LoaderOptions options, int lines)
    {
        string[] sources = [SourceName(kind)];
        DyadTable table;
        try
        {
            table = load(options);
        }
        catch (MalformedInputException e)
        {
            // Only a missing header column may stop a lenient load; the strict load must fail the same way.
            return CheckTyped(e, sources, lines) ?? CheckStrict(load, options, sources, lines, expected: e.Location, mustThrow: true);
        }
        catch (Exception e) when (e is not Xunit.Sdk.IAssertionException)
        {
            return new Violation("read", Describe(e), e);
        }

        var report = table.Report;
        var accounted = report.Used + report.SameCountry + report.NoCountry + report.UnmappedRows + report.Malformed + report.NoAlliance;
        if (report.Rows != accounted)
        {
            return new Violation("result", string.Create(CultureInfo.InvariantCulture, $"rows {report.Rows} != used + dropped + malformed {accounted}"), null);
        }

        if (report.Issues.Count != Math.Min(report.Malformed, options.MaxReported))
        {
            return new Violation("result", string.Create(CultureInfo.InvariantCulture, $"{report.Issues.Count} issues reported for {report.Malformed} malformed rows (limit {options.MaxReported})"), null);
        }

        foreach (var issue in report.Issues)
        {
            if (issue.Location.Source != sources[0] || issue.Location.Line is not { } l || l < 1 || l > lines)
            {
                return new Violation("result", $"issue without source or with a line outside the input: {issue}", null);
            }
        }

        if (table.Dyads.Sum(d => d.Count) != report.Used)
        {
            return new Violation("result", "dyad counts do not add up to the rows used", null);
        }

        var alliance = kind is ReaderKind.Atop or ReaderKind.Cow;
        foreach (var d in table.Dyads)
        {
            if (double.IsNaN(d.Weight) || d.Weight < (alliance ? double.Epsilon : -1) || d.Weight > 1)
            {
                return new Violation("result", string.Create(CultureInfo.InvariantCulture, $"dyad weight {d.Weight:R} outside {(alliance ? "(0, 1]" : "[-1, 1]")} ({d.Source}-{d.Target} {d.Period})"), null);
            }

            if (string.Equals(d.Source, d.Target, StringComparison.Ordinal))
            {
                return new Violation("result", $"dyad of {d.Source} with itself", null);
            }

            if (!PeriodKeyIsValid(table.Period, d.Period))
            {
                return new Violation("result", $"period key '{Escape(d.Period, 40)}' is not a {table.Period.ToString().ToLowerInvariant()}", null);
            }
        }

        try
        {
            table.ToNetwork();
            using var csv = new StringWriter(CultureInfo.InvariantCulture);
            table.WriteCsv(csv);
            using var back = new StringReader(csv.ToString());
            var reread = CsvNetworkReader.Read(back, "import.csv", options: new NetworkReadOptions { DirectedByDefault = table.IsDirected });
            if (reread.Network.Relations.Length != table.Dyads.Count)
            {
                return new Violation("post", "the import CSV does not read back one relation per dyad", null);
            }
        }
        catch (Exception e) when (e is not Xunit.Sdk.IAssertionException)
        {
            return new Violation("post", "using the loaded table (ToNetwork / WriteCsv / reading the CSV back): " + Describe(e), e);
        }

        return CheckStrict(load, options, sources, lines, report.Issues.Count > 0 ? report.Issues[0].Location : null, mustThrow: report.Malformed > 0);
    }

    /// <summary>Strict mode throws a <see cref="MalformedInputException"/> exactly when the lenient load found a malformed row, at the first one.</summary>
    private static Violation? CheckStrict(Func<LoaderOptions, DyadTable> load, LoaderOptions options, string[] sources, int lines, InputLocation? expected, bool mustThrow)
    {
        try
        {
            load(options with { Strict = true });
        }
        catch (MalformedInputException e)
        {
            if (!mustThrow)
            {
                return new Violation("strict", $"strict load threw though the lenient load found nothing malformed: {e.Message}", e);
            }

            if (expected is not null && e.Location != expected)
            {
                return new Violation("strict", $"strict load stopped at {e.Location}, the lenient load reported {expected} first", e);
            }

            return CheckTyped(e, sources, lines, "strict");
        }
        catch (Exception e) when (e is not Xunit.Sdk.IAssertionException)
        {
            return new Violation("strict", Describe(e), e);
        }

        return mustThrow ? new Violation("strict", "strict load returned though rows are malformed", null) : null;
    }

    private static bool PeriodKeyIsValid(PeriodKind kind, string period) => kind switch
    {
        PeriodKind.Year => YearKey().IsMatch(period),
        PeriodKind.Month => MonthKey().IsMatch(period),
        _ => period == "all",
    };

    [GeneratedRegex(@"^[0-9]{4}\z")]
    private static partial Regex YearKey();

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])\z")]
    private static partial Regex MonthKey();
}

/// <summary>
/// Bugs found by these tests and reported (see the skipped tests that reproduce each). The fuzz properties tolerate
/// exactly these signatures (B1-B7) so that they keep looking for new ones; the twin properties with
/// <c>NoKnownBugTolerance</c> in their name are skipped until the bugs are fixed. Remove an entry when its bug is fixed.
/// </summary>
internal static class KnownBugs
{
    /// <summary>The bug a violation is an instance of, or <see langword="null"/> when it is new.</summary>
    /// <remarks>B1–B7, B9, B10 and B12 are fixed; none is tolerated any more.</remarks>
    public static string? Match(ReaderKind kind, Violation v)
    {
        _ = (kind, v);
        return null;
    }
}
