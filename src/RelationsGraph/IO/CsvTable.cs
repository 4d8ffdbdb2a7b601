using nietras.SeparatedValues;

namespace RelationsGraph.IO;

/// <summary>
/// A strict RFC 4180 reader over Sep: a header row, then records with exactly as many fields. Sep finds the
/// records and physical line numbers; this class checks the quoting of every field (a quoted field must close
/// and double its inner quotes; an unquoted field may hold no quote) and unescapes it. Blank lines are skipped.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly SepReader reader;
    private readonly string source;
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);

    private CsvTable(SepReader reader, string source)
    {
        this.reader = reader;
        this.source = source;
    }

    public IReadOnlyList<string> Header { get; private set; } = [];

    public string Source => source;

    public static CsvTable Open(TextReader text, string source)
    {
        var reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, DisableColCountCheck = true, Unescape = false }).From(text);
        var table = new CsvTable(reader, source);
        try
        {
            table.ReadHeader();
            return table;
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    public int? ColumnIndex(string name) => columns.TryGetValue(name, out var i) ? i : null;

    public int RequireColumn(string name) =>
        ColumnIndex(name) ?? throw new MalformedInputException(
            new InputLocation(source, 1, name),
            $"missing required column '{name}' (found: {string.Join(", ", Header.Select(h => h.Length == 0 ? "<empty>" : h))})");

    /// <summary>Reads the records after the header: (physical line, unescaped fields).</summary>
    public IEnumerable<(int Line, string[] Fields)> Records()
    {
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount == 1 && row[0].Span.Length == 0)
            {
                continue;
            }

            if (row.ColCount != Header.Count)
            {
                var hint = row.Span.Contains('"') ? " (a stray or unclosed quote may have joined fields)" : string.Empty;
                throw new MalformedInputException(
                    new InputLocation(source, line),
                    $"expected {Header.Count} fields as in the header, found {row.ColCount}{hint}");
            }

            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Unescape(row[i].Span, new InputLocation(source, line, Header[i]));
            }

            yield return (line, fields);
        }
    }

    public void Dispose() => reader.Dispose();

    private static string Unescape(ReadOnlySpan<char> raw, InputLocation at)
    {
        if (raw.Length == 0 || raw[0] != '"')
        {
            return raw.Contains('"')
                ? throw new MalformedInputException(at, "malformed quoting: a quote inside an unquoted field (quote the whole field and double inner quotes)")
                : raw.ToString();
        }

        if (raw.Length < 2 || raw[^1] != '"')
        {
            throw new MalformedInputException(at, "malformed quoting: a quoted field is not closed (or text follows its closing quote)");
        }

        var inner = raw[1..^1];
        var text = new System.Text.StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    throw new MalformedInputException(at, "malformed quoting: a lone quote inside a quoted field (double it)");
                }

                i++;
            }

            text.Append(inner[i]);
        }

        return text.ToString();
    }

    private void ReadHeader()
    {
        if (!reader.MoveNext())
        {
            throw new MalformedInputException(new InputLocation(source, 1), "empty file: expected a header row");
        }

        var row = reader.Current;
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            // A byte order mark decoded as U+FEFF (a caller's reader that keeps it) goes before any quoting.
            var raw = row[i].Span;
            var name = Unescape(i == 0 && raw.StartsWith('\uFEFF') ? raw[1..] : raw, new InputLocation(source, 1));

            if (!columns.TryAdd(name, i))
            {
                throw new MalformedInputException(new InputLocation(source, 1, name), $"duplicate column name '{name}'");
            }

            names[i] = name;
        }

        Header = names;
    }
}
