using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using nietras.SeparatedValues;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// The folder of published sources (<c>shared/sources</c>) and its <c>MANIFEST.csv</c>. A file is read only after its
/// SHA-256 equals the manifest's <c>sha256_file</c>; rows come with their physical line for error messages.
/// </summary>
internal sealed class SourceFiles
{
    private readonly Dictionary<string, ManifestEntry> manifest = new(StringComparer.Ordinal);
    private readonly HashSet<string> verified = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int First, int Last)?> coverage = new(StringComparer.Ordinal);

    public SourceFiles(string root)
    {
        Root = Path.GetFullPath(root);
        var path = Path.Combine(Root, "MANIFEST.csv");
        if (!File.Exists(path))
        {
            throw new BuildException(path, null, null, "no MANIFEST.csv in the sources folder");
        }

        foreach (var row in ReadCsv(path, "MANIFEST.csv"))
        {
            var entry = new ManifestEntry(row["file"], row["dataset"], row["citation"], row["licence"], row["years"], row["sha256_file"]);
            manifest[entry.File] = entry;
        }
    }

    /// <summary>The absolute path of the sources folder.</summary>
    public string Root { get; }

    /// <summary>The manifest entry of a file (path relative to the root, '/' separated).</summary>
    public ManifestEntry Entry(string file) =>
        manifest.TryGetValue(file, out var e) ? e : throw new BuildException(Path.Combine(Root, "MANIFEST.csv"), null, "file", $"'{file}' is not listed in the manifest");

    /// <summary>Reads a CSV source (plain or .gz) after checking its checksum: one <see cref="SourceRow"/> per record.</summary>
    public IEnumerable<SourceRow> Rows(string file)
    {
        Verify(file);
        return ReadCsv(Path.Combine(Root, file), file);
    }

    /// <summary>
    /// The years a file covers, from the manifest's <c>years</c> text (its first <c>yyyy-yyyy</c> range; editions for the
    /// Factbook), or null when the file is static (no range).
    /// </summary>
    public (int First, int Last)? Coverage(string file)
    {
        if (coverage.TryGetValue(file, out var known))
        {
            return known;
        }

        var m = System.Text.RegularExpressions.Regex.Match(Entry(file).Years, @"(\d{4})\s*-\s*(\d{4})");
        (int, int)? range = m.Success
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
        coverage[file] = range;
        return range;
    }

    /// <summary>Rejects a row dated outside its file's coverage in the manifest (a sign of a changed or misread file).</summary>
    public void CheckYear(SourceRow row, string field, int year)
    {
        if (Coverage(row.File) is { } c && (year < c.First || year > c.Last))
        {
            throw row.Error(field, $"year {year.ToString(CultureInfo.InvariantCulture)} is outside the source's coverage {c.First.ToString(CultureInfo.InvariantCulture)}-{c.Last.ToString(CultureInfo.InvariantCulture)} (MANIFEST.csv years)");
        }
    }

    /// <summary>Checks a file's SHA-256 against the manifest (once per file).</summary>
    public void Verify(string file)
    {
        if (verified.Contains(file))
        {
            return;
        }

        var entry = Entry(file);
        var path = Path.Combine(Root, file);
        if (!File.Exists(path))
        {
            throw new BuildException(file, null, null, "the file is missing from the sources folder");
        }

        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (!string.Equals(hash, entry.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BuildException(file, null, null, $"checksum {hash} differs from the manifest's {entry.Sha256}: the file was changed");
        }

        verified.Add(file);
    }

    /// <summary>Reads a curated CSV embedded in the builder (<c>curated/NAME.csv</c>) as located rows.</summary>
    internal static IEnumerable<SourceRow> ReadCuratedRows(string file)
    {
        var stream = typeof(SourceFiles).Assembly.GetManifestResourceStream(file.Replace('/', '.'))
            ?? throw new BuildException(file, null, null, "the curated file is not embedded in the builder");
        return ReadCsv(stream, file);
    }

    /// <summary>Reads a CSV file (plain or .gz) that is not a manifest source (no checksum check): the world-2023 overlay.</summary>
    internal static IEnumerable<SourceRow> ReadCsv(string path, string name)
    {
        var stream = File.OpenRead(path);
        return ReadCsv(path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream, name);
    }

    private static IEnumerable<SourceRow> ReadCsv(Stream data, string name)
    {
        using var owned = data;
        using var text = new StreamReader(data, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = true, Unescape = true, DisableColCountCheck = false }).From(text);
        var header = reader.Header.ColNames.Select(n => n.TrimStart('\uFEFF')).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            index[header[i]] = i;
        }

        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            yield return new SourceRow(name, row.LineNumberFrom, index, fields);
        }
    }
}

/// <summary>One row of <c>MANIFEST.csv</c>.</summary>
internal sealed record ManifestEntry(string File, string Dataset, string Citation, string Licence, string Years, string Sha256);

/// <summary>A record of a source file with typed, located accessors: every failure names the file, line and field.</summary>
internal sealed class SourceRow(string file, long line, Dictionary<string, int> columns, string[] fields)
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public string this[string column] =>
        columns.TryGetValue(column, out var i) ? fields[i] : throw new BuildException(File, 1, column, "missing column");

    public bool Has(string column) => columns.ContainsKey(column);

    public BuildException Error(string field, string problem) => new(File, Line, field, problem);

    /// <summary>An integer field; empty (or NA) → null.</summary>
    public int? IntOrNull(string column)
    {
        var s = this[column].Trim();
        if (s.Length == 0 || s == "NA")
        {
            return null;
        }

        // Some converted files write whole numbers as 2.0.
        if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue
            ? (int)d
            : throw Error(column, $"'{s}' is not an integer");
    }

    public int Int(string column) => IntOrNull(column) ?? throw Error(column, "empty, expected an integer");

    /// <summary>A real field; empty or NA → null.</summary>
    public double? DoubleOrNull(string column)
    {
        var s = this[column].Trim();
        if (s.Length == 0 || s == "NA")
        {
            return null;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw Error(column, $"'{s}' is not a finite number");
    }

    /// <summary>A yyyy-mm-dd date; empty → null.</summary>
    public DateOnly? DateOrNull(string column)
    {
        var s = this[column].Trim();
        if (s.Length == 0 || s == "NA")
        {
            return null;
        }

        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error(column, $"'{s}' is not a yyyy-mm-dd date");
    }
}
