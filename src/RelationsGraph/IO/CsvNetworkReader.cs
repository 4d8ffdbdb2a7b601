using System.Text;
using RelationsGraph.Graphs;
using RelationsGraph.Model;

namespace RelationsGraph.IO;

/// <summary>
/// Reads the CSV edges and nodes files of the <c>relgraph</c> command-line contract.
/// </summary>
/// <remarks>
/// <para><b>Edges</b>: a header row, then one relation per record. Required columns <c>source</c>, <c>target</c>;
/// optional <c>weight</c> (signed real with '.' as the decimal point, default 1 when the column is absent; NaN and
/// infinities are rejected), <c>kind</c> (a <see cref="RelationKind"/> name, any case; empty is <c>other</c>),
/// <c>start</c>, <c>end</c> (<c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>, inclusive), <c>directed</c>
/// (true/false, 1/0, yes/no; empty means <see cref="NetworkReadOptions.DirectedByDefault"/>), <c>ref</c> (a citation);
/// any other column becomes a relation attribute (an empty cell: no attribute).</para>
/// <para><b>Nodes</b> (optional): required column <c>id</c>; optional <c>name</c>, <c>kind</c> (an <see cref="ActorKind"/>),
/// <c>ccode</c> (COW code); other columns become actor attributes. When a nodes file is given every edge endpoint
/// must be one of its ids, and ids without edges are isolated actors.</para>
/// <para>RFC 4180 quoting is enforced; UTF-8 with or without BOM; LF or CRLF; blank lines are skipped. Column names
/// are case-sensitive. Ids are case-sensitive and may not be empty or padded with white space. Lines are 1-based
/// physical lines (the header is line 1). Two rows with the same endpoints (either order unless directed), kind and
/// period are kept as two relations and reported in <see cref="NetworkReadResult.Notes"/>; the graph projection
/// aggregates them (sum by default).</para>
/// </remarks>
public static class CsvNetworkReader
{
    private static readonly HashSet<string> EdgeColumns = new(["source", "target", "weight", "kind", "start", "end", "directed", "ref"], StringComparer.Ordinal);
    private static readonly HashSet<string> NodeColumns = new(["id", "name", "kind", "ccode"], StringComparer.Ordinal);

    /// <summary>
    /// The analysis graph of a plain edges file, read straight into its arrays without the relations model (about five
    /// times faster than <see cref="Read(string, string?, NetworkReadOptions?)"/> and a projection), or
    /// <see langword="null"/> when the file needs the full reader.
    /// </summary>
    /// <remarks>
    /// Plain: the header is <c>source,target</c> or <c>source,target,weight</c>; no quoted field; no self-loop; no two
    /// rows for one pair (either order unless directed); nothing the full reader would reject or note. Such a file gives
    /// exactly the graph that <see cref="Read(string, string?, NetworkReadOptions?)"/> and
    /// <see cref="GraphProjection.Project"/> give (same nodes in the same order, same weights). When this returns
    /// <see langword="null"/>, read the file with <see cref="Read(string, string?, NetworkReadOptions?)"/>, which says
    /// what is wrong or worth a note.
    /// </remarks>
    /// <param name="edgesPath">The edges CSV.</param>
    /// <param name="directed">Whether the ties are directed.</param>
    /// <returns>The graph, or <see langword="null"/>.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SignedGraph? TryReadPlainGraph(string edgesPath, bool directed = false) => CsvGraphReader.TryRead(edgesPath, directed);

    /// <summary>Reads an edges file and, optionally, a nodes file.</summary>
    /// <param name="edgesPath">The edges CSV.</param>
    /// <param name="nodesPath">The nodes CSV, or <see langword="null"/>.</param>
    /// <param name="options">Reading options.</param>
    /// <returns>The network and the notes.</returns>
    /// <exception cref="InvalidInputException">The input is malformed or holds an invalid value; the message names file, line and field.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static NetworkReadResult Read(string edgesPath, string? nodesPath = null, NetworkReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(edgesPath);
        using var edges = new StreamReader(edgesPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var nodes = nodesPath is null ? null : new StreamReader(nodesPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(edges, edgesPath, nodes, nodesPath, options);
    }

    /// <summary>Reads edges and, optionally, nodes from text readers.</summary>
    /// <param name="edges">The edges CSV text.</param>
    /// <param name="edgesName">The name used in error messages for the edges.</param>
    /// <param name="nodes">The nodes CSV text, or <see langword="null"/>.</param>
    /// <param name="nodesName">The name used in error messages for the nodes.</param>
    /// <param name="options">Reading options.</param>
    /// <returns>The network and the notes.</returns>
    /// <exception cref="InvalidInputException">The input is malformed or holds an invalid value.</exception>
    public static NetworkReadResult Read(TextReader edges, string edgesName, TextReader? nodes = null, string? nodesName = null, NetworkReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        options ??= new NetworkReadOptions();
        var builder = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions
        {
            RequireDeclaredActors = nodes is not null,
            SelfLoops = options.SelfLoops,
        });
        if (nodes is not null)
        {
            ReadNodes(nodes, nodesName ?? "nodes", builder);
        }

        ReadEdges(edges, edgesName, options, builder);
        return new NetworkReadResult(builder.Build(), builder.Notes);
    }

    private static void ReadNodes(TextReader text, string source, RelationsNetworkBuilder builder)
    {
        using var table = CsvTable.Open(text, source);
        var id = table.RequireColumn("id");
        var name = table.ColumnIndex("name");
        var kind = table.ColumnIndex("kind");
        var ccode = table.ColumnIndex("ccode");
        var extra = ExtraColumns(table, NodeColumns);
        foreach (var (line, f) in table.Records())
        {
            var at = new InputLocation(source, line, "id");
            var actor = new Actor(
                FieldParsers.Id(SpreadsheetText.Unprotect(f[id]), at),
                kind is { } k ? FieldParsers.Enum(f[k], ActorKind.Other, at with { Field = "kind" }) : ActorKind.Other,
                name is { } n ? SpreadsheetText.Unprotect(f[n]) : null,
                ccode is { } c ? FieldParsers.Integer(f[c], at with { Field = "ccode" }) : null,
                Attributes(extra, f));
            builder.AddActor(actor, at);
        }
    }

    private static void ReadEdges(TextReader text, string source, NetworkReadOptions options, RelationsNetworkBuilder builder)
    {
        using var table = CsvTable.Open(text, source);
        var src = table.RequireColumn("source");
        var dst = table.RequireColumn("target");
        var weight = table.ColumnIndex("weight");
        var kind = table.ColumnIndex("kind");
        var start = table.ColumnIndex("start");
        var end = table.ColumnIndex("end");
        var directed = table.ColumnIndex("directed");
        var reference = table.ColumnIndex("ref");
        var extra = ExtraColumns(table, EdgeColumns);
        var seen = new Dictionary<(string, string, RelationKind, ValidityPeriod), (int Line, Relation Relation)>();
        Dictionary<(string, string, RelationKind, ValidityPeriod), List<(int Line, Relation Relation)>>? distinct = null;
        foreach (var (line, f) in table.Records())
        {
            var at = new InputLocation(source, line);
            var s = FieldParsers.Id(SpreadsheetText.Unprotect(f[src]), at with { Field = "source" });
            var t = FieldParsers.Id(SpreadsheetText.Unprotect(f[dst]), at with { Field = "target" });
            var w = weight is { } wi ? FieldParsers.Weight(f[wi], at with { Field = "weight" }) : 1.0;
            var k = kind is { } ki ? FieldParsers.Enum(f[ki], RelationKind.Other, at with { Field = "kind" }) : RelationKind.Other;
            var from = start is { } si ? FieldParsers.Date(f[si], isEnd: false, at with { Field = "start" }) : null;
            var to = end is { } ei ? FieldParsers.Date(f[ei], isEnd: true, at with { Field = "end" }) : null;
            var period = FieldParsers.Period(from, to, at with { Field = "end" });
            var isDirected = (directed is { } di ? FieldParsers.Boolean(f[di], at with { Field = "directed" }) : null) ?? options.DirectedByDefault;
            var citation = reference is { } ri && f[ri].Length > 0 ? SpreadsheetText.Unprotect(f[ri]) : null;
            var attributes = Attributes(extra, f);
            var relation = new Relation(s, t, w, k, isDirected, period, citation, attributes);

            // Rows that differ in their citation or attributes (e.g. two cases of a sanctions database) are distinct
            // records of parallel relations, aggregated by the projection like any others; a duplicate repeats the record.
            // (Records are compared only when endpoints, kind and period meet.)
            var key = isDirected || string.CompareOrdinal(s, t) <= 0 ? (s, t, k, period) : (t, s, k, period);
            var earlier = -1;
            if (!string.Equals(s, t, StringComparison.Ordinal) && !seen.TryAdd(key, (line, relation)))
            {
                if (SameRecord(seen[key].Relation, relation))
                {
                    earlier = seen[key].Line;
                }
                else
                {
                    // A parallel record; rare, so its list is made only then.
                    distinct ??= [];
                    if (!distinct.TryGetValue(key, out var others))
                    {
                        distinct[key] = others = [];
                    }

                    var match = others.FindIndex(r => SameRecord(r.Relation, relation));
                    if (match >= 0)
                    {
                        earlier = others[match].Line;
                    }
                    else
                    {
                        others.Add((line, relation));
                    }
                }
            }

            if (earlier >= 0)
            {
                builder.AddNote(new InputNote(at, $"duplicate of line {earlier} ({s}-{t}, {FieldParsers.Lower(k)}); both kept, the graph projection aggregates them"));
            }

            builder.AddRelation(relation, at);
        }
    }

    /// <summary>Whether two relations of one pair, kind and period repeat one record: the same citation and attributes.</summary>
    private static bool SameRecord(Relation a, Relation b) =>
        string.Equals(a.Reference, b.Reference, StringComparison.Ordinal) && a.Attributes.SequenceEqual(b.Attributes);

    private static List<(int Index, string Name)> ExtraColumns(CsvTable table, HashSet<string> known)
    {
        var extra = new List<(int, string)>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (!known.Contains(table.Header[i]))
            {
                if (table.Header[i].Length == 0)
                {
                    throw new MalformedInputException(new InputLocation(table.Source, 1), $"column {i + 1} has an empty name");
                }

                extra.Add((i, SpreadsheetText.Unprotect(table.Header[i])));
            }
        }

        return extra;
    }

    private static List<KeyValuePair<string, string>>? Attributes(List<(int Index, string Name)> extra, string[] fields)
    {
        if (extra.Count == 0)
        {
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>(extra.Count);
        foreach (var (index, name) in extra)
        {
            if (fields[index].Length > 0)
            {
                pairs.Add(new KeyValuePair<string, string>(name, SpreadsheetText.Unprotect(fields[index])));
            }
        }

        return pairs;
    }
}
