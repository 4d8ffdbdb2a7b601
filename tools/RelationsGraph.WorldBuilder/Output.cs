using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace RelationsGraph.WorldBuilder;

/// <summary>A node of the dataset: a state (ISO3 id) or a bloc (its acronym).</summary>
/// <remarks><paramref name="Category"/>: for blocs, security, political, economic, regional or universal (empty for states).</remarks>
internal sealed record DatasetActor(string Id, string Name, string Kind, int? CowCode, string Region, string Category = "", string Continent = "", bool MajorPower = false);

/// <summary>A state-year without a value for an attribute, and why (<c>gaps.csv</c>).</summary>
internal sealed record AttributeGap(string Id, int Year, string Name, string Reason);

/// <summary>
/// A relation of the dataset in the library's CSV edge format: <c>source,target,weight,kind,start,end,directed,ref</c>
/// and attribute columns. <paramref name="End"/> null: open (the relation was active in its source's last year).
/// </summary>
internal sealed record DatasetRelation(
    string Source,
    string Target,
    double Weight,
    string Kind,
    DateOnly Start,
    DateOnly? End,
    bool Directed,
    string Ref,
    SortedDictionary<string, string>? Attributes = null);

/// <summary>A time-varying attribute value: actor, year, name (e.g. <c>gdp</c>), value, the source it comes from.</summary>
internal sealed record AttributeValue(string Id, int Year, string Name, double Value, string Ref);

/// <summary>A source cited by the dataset's rows (<c>sources.csv</c>).</summary>
internal sealed record Citation(string Ref, string Title, string Url, string Publisher, string Date, string Licence);

/// <summary>
/// Writes the dataset deterministically: rows sorted, numbers in shortest round-trip form, LF line endings, gzip
/// with a fixed header. The same rows give the same bytes.
/// </summary>
internal static class DatasetWriter
{
    public static readonly string[] Files = ["nodes.csv.gz", "edges.csv.gz", "attributes.csv.gz", "sources.csv", "gaps.csv"];

    public static void Write(string directory, BuildContext context)
    {
        Directory.CreateDirectory(directory);
        var nodes = new StringBuilder("id,name,kind,ccode,region,category,continent,major_power\n");
        foreach (var a in context.Actors.Values.OrderBy(a => a.Kind, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            nodes.Append(Csv(a.Id)).Append(',').Append(Csv(a.Name)).Append(',').Append(a.Kind).Append(',')
                .Append(a.CowCode?.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Csv(a.Region)).Append(',').Append(Csv(a.Category)).Append(',').Append(Csv(a.Continent)).Append(',').Append(a.MajorPower ? "1" : string.Empty).Append('\n');
        }

        var attributeNames = context.Relations.SelectMany(r => r.Attributes?.Keys ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var edges = new StringBuilder("source,target,weight,kind,start,end,directed,ref");
        foreach (var name in attributeNames)
        {
            edges.Append(',').Append(Csv(name));
        }

        edges.Append('\n');
        foreach (var r in context.Relations.Order(RelationOrder.Instance))
        {
            edges.Append(Csv(r.Source)).Append(',').Append(Csv(r.Target)).Append(',').Append(Number(r.Weight)).Append(',').Append(r.Kind).Append(',')
                .Append(Date(r.Start)).Append(',').Append(r.End is { } e ? Date(e) : string.Empty).Append(',').Append(r.Directed ? "true" : "false").Append(',').Append(Csv(r.Ref));
            foreach (var name in attributeNames)
            {
                edges.Append(',');
                if (r.Attributes is not null && r.Attributes.TryGetValue(name, out var v))
                {
                    edges.Append(Csv(v));
                }
            }

            edges.Append('\n');
        }

        var attributes = new StringBuilder("id,year,attribute,value,ref\n");
        foreach (var v in context.AttributeValues.OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.Year))
        {
            attributes.Append(Csv(v.Id)).Append(',').Append(v.Year.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Csv(v.Name)).Append(',')
                .Append(Number(v.Value)).Append(',').Append(Csv(v.Ref)).Append('\n');
        }

        var sources = new StringBuilder("ref,title,url,publisher,date,accessed,licence\n");
        foreach (var c in context.Citations.Values.OrderBy(c => c.Ref, StringComparer.Ordinal))
        {
            sources.Append(Csv(c.Ref)).Append(',').Append(Csv(c.Title)).Append(',').Append(Csv(c.Url)).Append(',').Append(Csv(c.Publisher)).Append(',')
                .Append(Csv(c.Date)).Append(",,").Append(Csv(c.Licence)).Append('\n');
        }

        var gaps = new StringBuilder("id,year,attribute,reason\n");
        foreach (var g in context.Gaps.OrderBy(g => g.Id, StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Year))
        {
            gaps.Append(Csv(g.Id)).Append(',').Append(g.Year.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Csv(g.Name)).Append(',').Append(Csv(g.Reason)).Append('\n');
        }

        WriteGzip(Path.Combine(directory, "nodes.csv.gz"), nodes.ToString());
        WriteGzip(Path.Combine(directory, "edges.csv.gz"), edges.ToString());
        WriteGzip(Path.Combine(directory, "attributes.csv.gz"), attributes.ToString());
        File.WriteAllText(Path.Combine(directory, "sources.csv"), sources.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "gaps.csv"), gaps.ToString(), new UTF8Encoding(false));
    }

    /// <summary>The text of a written file (gzip or plain), for comparing builds by content.</summary>
    public static string ReadText(string path)
    {
        using var stream = File.OpenRead(path);
        using Stream data = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(data, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Csv(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var needsQuotes = text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        var formula = text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (formula && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            // The library's CSV reader takes a leading single quote off text that would read as a spreadsheet formula.
            text = "'" + text;
        }

        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static void WriteGzip(string path, string text)
    {
        using var file = File.Create(path);
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var bytes = new UTF8Encoding(false).GetBytes(text);
            gzip.Write(bytes);
        }
    }

    private sealed class RelationOrder : IComparer<DatasetRelation>
    {
        public static readonly RelationOrder Instance = new();

        public int Compare(DatasetRelation? x, DatasetRelation? y)
        {
            var c = string.CompareOrdinal(x!.Kind, y!.Kind);
            if (c == 0) { c = string.CompareOrdinal(x.Source, y.Source); }
            if (c == 0) { c = string.CompareOrdinal(x.Target, y.Target); }
            if (c == 0) { c = x.Start.CompareTo(y.Start); }
            if (c == 0) { c = Nullable.Compare(x.End, y.End); }
            if (c == 0) { c = x.Weight.CompareTo(y.Weight); }
            if (c == 0) { c = string.CompareOrdinal(x.Ref, y.Ref); }
            if (c == 0) { c = string.CompareOrdinal(Flatten(x.Attributes), Flatten(y.Attributes)); }
            return c;
        }

        private static string Flatten(SortedDictionary<string, string>? a) =>
            a is null ? string.Empty : string.Join("\u0001", a.Select(kv => kv.Key + "\u0002" + kv.Value));
    }
}
