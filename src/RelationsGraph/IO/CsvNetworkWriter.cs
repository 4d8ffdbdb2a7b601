using System.Text;
using nietras.SeparatedValues;
using RelationsGraph.Model;

namespace RelationsGraph.IO;

/// <summary>
/// Writes a network as the CSV edges and nodes files that <see cref="CsvNetworkReader"/> reads back unchanged:
/// weights in round-trip form, dates as <c>yyyy-MM-dd</c>, kinds in lower case, one column per attribute key
/// (sorted), RFC 4180 quoting where needed, text cells that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) behind a leading single quote that the reader removes again, UTF-8 without BOM, LF line ends. An attribute named like one of the
/// format's columns cannot be written and throws <see cref="UnrepresentableDataException"/>.
/// </summary>
public static class CsvNetworkWriter
{
    private static readonly string[] EdgeColumns = ["source", "target", "weight", "kind", "directed", "start", "end", "ref"];
    private static readonly string[] NodeColumns = ["id", "name", "kind", "ccode"];

    /// <summary>Writes the edges file.</summary>
    /// <param name="network">The network.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteEdges(RelationsNetwork network, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        var extra = AttributeKeys(network.Relations.Select(r => r.Attributes), EdgeColumns, "relation");
        string[] header = [.. EdgeColumns, .. extra.Select(SpreadsheetText.Protect)];
        using var csv = Open(writer, header);
        foreach (var r in network.Relations)
        {
            using var row = csv.NewRow();
            row["source"].Set(SpreadsheetText.Protect(r.Source));
            row["target"].Set(SpreadsheetText.Protect(r.Target));
            row["weight"].Set(FieldParsers.Format(r.Weight));
            row["kind"].Set(FieldParsers.Lower(r.Kind));
            row["directed"].Set(r.IsDirected ? "true" : "false");
            row["start"].Set(FieldParsers.Format(r.Period.Start));
            row["end"].Set(FieldParsers.Format(r.Period.End));
            row["ref"].Set(SpreadsheetText.Protect(r.Reference ?? string.Empty));
            foreach (var key in extra)
            {
                row[SpreadsheetText.Protect(key)].Set(SpreadsheetText.Protect(r.Attributes.GetValueOrDefault(key, string.Empty)));
            }
        }
    }

    /// <summary>Writes the nodes file.</summary>
    /// <param name="network">The network.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteNodes(RelationsNetwork network, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        var extra = AttributeKeys(network.Actors.Select(a => a.Attributes), NodeColumns, "actor");
        string[] header = [.. NodeColumns, .. extra.Select(SpreadsheetText.Protect)];
        using var csv = Open(writer, header);
        foreach (var a in network.Actors)
        {
            using var row = csv.NewRow();
            row["id"].Set(SpreadsheetText.Protect(a.Id));
            row["name"].Set(SpreadsheetText.Protect(a.Name));
            row["kind"].Set(FieldParsers.Lower(a.Kind));
            row["ccode"].Set(a.CowCode is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            foreach (var key in extra)
            {
                row[SpreadsheetText.Protect(key)].Set(SpreadsheetText.Protect(a.Attributes.GetValueOrDefault(key, string.Empty)));
            }
        }
    }

    /// <summary>Writes the edges file and, when <paramref name="nodesPath"/> is given, the nodes file.</summary>
    /// <param name="network">The network.</param>
    /// <param name="edgesPath">The edges file to create or overwrite.</param>
    /// <param name="nodesPath">The nodes file to create or overwrite, or <see langword="null"/>.</param>
    public static void Write(RelationsNetwork network, string edgesPath, string? nodesPath = null)
    {
        using (var edges = new StreamWriter(edgesPath, append: false, new UTF8Encoding(false)))
        {
            WriteEdges(network, edges);
        }

        if (nodesPath is not null)
        {
            using var nodes = new StreamWriter(nodesPath, append: false, new UTF8Encoding(false));
            WriteNodes(network, nodes);
        }
    }

    /// <summary>Every attribute key in use, sorted; none may be one of the format's own columns.</summary>
    private static string[] AttributeKeys(IEnumerable<IReadOnlyDictionary<string, string>> attributes, string[] columns, string owner)
    {
        var attributeKeys = attributes.SelectMany(a => a.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var key in attributeKeys)
        {
            if (columns.Contains(key, StringComparer.Ordinal))
            {
                throw new UnrepresentableDataException($"An {owner} attribute is named '{key}', which is a column of the CSV format; rename the attribute or write JSON.");
            }
        }

        return attributeKeys;
    }

    private static SepWriter Open(TextWriter writer, string[] header)
    {
        var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, WriteHeader = true }).To(writer, leaveOpen: true);
        csv.Header.Add(header);
        return csv;
    }
}
