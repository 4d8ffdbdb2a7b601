using System.Globalization;
using System.Text;
using System.Text.Unicode;
using RelationsGraph.Graphs;

namespace RelationsGraph.IO;

/// <summary>
/// The short road from a plain edges CSV (and a plain nodes CSV) to a <see cref="SignedGraph"/>: straight from the
/// file's bytes into the arrays the graph is built from, without the relations model, when nothing in the files needs
/// that model.
/// </summary>
/// <remarks>
/// <para>Plain edges: the header is <c>source,target</c> or <c>source,target,weight</c>; no field is quoted (no '"' in
/// the file); the file is valid UTF-8; no id starts with a single quote (spreadsheet protection); no self-loops; no two
/// rows with the same endpoints (either order unless directed); every row has as many fields as the header. Such a file
/// gives the graph that <see cref="CsvNetworkReader.Read(string, string?, NetworkReadOptions?)"/> and
/// <see cref="GraphProjection.Project"/> give — the same nodes in the same order (first appearance, source before
/// target; or the nodes file's order), ties and weights — and no notes but the projection's count of edges of
/// weight 0. Plain nodes: see <see cref="TryReadNodes"/>.</para>
/// <para>Anything else (and any value the full reader would reject) returns <see langword="null"/>, and the caller
/// reads the files the long way, which reports what it has to.</para>
/// <para>The bytes are parsed as they are (ids are compared as UTF-8, which for valid UTF-8 is comparing the
/// strings): no copy of the file as UTF-16 text, and arrays sized from the line count, because on the machines we
/// measured on every fresh page of memory a short command touches costs more than the parsing.</para>
/// </remarks>
internal static class CsvGraphReader
{
    private const NumberStyles WeightStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>The graph of a plain edges file (undirected unless <paramref name="directed"/>), or <see langword="null"/> when the file is not plain.</summary>
    public static SignedGraph? TryRead(string edgesPath, bool directed, EdgeAggregation aggregation = EdgeAggregation.Sum)
    {
        ArgumentNullException.ThrowIfNull(edgesPath);
        return TryRead(File.ReadAllBytes(edgesPath), directed, aggregation);
    }

    /// <summary>
    /// The graph of a plain edges file and a plain nodes file, and the groups of the nodes-file column
    /// <paramref name="groupColumn"/> when one is named; <see langword="null"/> when either file is not plain (see
    /// <see cref="TryReadNodes"/>).
    /// </summary>
    /// <param name="edgesPath">The edges CSV.</param>
    /// <param name="nodesPath">The nodes CSV, or <see langword="null"/> for the edges file alone.</param>
    /// <param name="directed">Whether the ties are directed.</param>
    /// <param name="groupColumn">The nodes-file column of each node's group (<see cref="NodeGroups.FromAttribute"/>), or <see langword="null"/>.</param>
    /// <param name="groups">The groups, when <paramref name="groupColumn"/> is named and the files are plain.</param>
    public static SignedGraph? TryRead(string edgesPath, string? nodesPath, bool directed, string? groupColumn, out NodeGroups? groups)
    {
        ArgumentNullException.ThrowIfNull(edgesPath);
        groups = null;
        if (nodesPath is null)
        {
            return groupColumn is null ? TryRead(edgesPath, directed) : null;
        }

        var nodeBytes = File.ReadAllBytes(nodesPath);
        if (TryReadNodes(nodeBytes, groupColumn) is not { } nodes)
        {
            return null;
        }

        var graph = TryRead(File.ReadAllBytes(edgesPath), directed, EdgeAggregation.Sum, nodes.Table);
        if (graph is not null && groupColumn is not null)
        {
            groups = NodeGroups.FromColumn(nodes.Table.Ids, nodes.Labels!, groupColumn, nodesPath);
        }

        return graph;
    }

    /// <summary>
    /// The ids of a plain nodes file in file order, and the labels of column <paramref name="column"/> when one is
    /// named; <see langword="null"/> when the file is not plain.
    /// </summary>
    /// <remarks>
    /// Plain means: valid UTF-8; a header with <c>id</c> and otherwise only <c>name</c> (ignored: a display name) and
    /// attribute columns (no <c>kind</c> or <c>ccode</c>, whose values the full reader parses); no quoted field; no
    /// header or id starting with a single quote; valid, distinct ids; every row with as many fields as the header; and,
    /// when a column is named, an attribute column of that name with no empty cell. Anything else goes the long way,
    /// which reports what it has to.
    /// </remarks>
    internal static (IdTable Table, string[]? Labels)? TryReadNodes(ReadOnlySpan<byte> bytes, string? column)
    {
        if (!IsPlainText(ref bytes))
        {
            return null;
        }

        var header = NextLine(ref bytes);
        if (header.Contains((byte)'\r'))
        {
            return null;
        }

        var names = Encoding.UTF8.GetString(header).Split(',');
        var idColumn = Array.IndexOf(names, "id");
        var labelColumn = column is null ? -1 : Array.IndexOf(names, column);
        if (idColumn < 0 || (column is not null && (labelColumn < 0 || column is "id" or "name")) || !PlainColumnNames(names))
        {
            return null;
        }

        var table = new IdTable(bytes.Count((byte)'\n') + 1);
        var labelTable = new IdTable(16);
        var labelTexts = new List<string>();
        var labels = column is null ? null : new List<string>();
        Span<Range> fields = new Range[names.Length + 1];
        while (!bytes.IsEmpty)
        {
            var line = NextLine(ref bytes);
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Contains((byte)'\r') || Split(line, fields) != names.Length)
            {
                return null;
            }

            var id = line[fields[idColumn]];
            if (table.Add(id) < 0)
            {
                return null;
            }

            if (labels is not null)
            {
                var label = line[fields[labelColumn]];
                if (label.IsEmpty)
                {
                    return null;
                }

                // Labels repeat (a few groups): one string each.
                var g = labelTable.IndexOf(label);
                if (g < 0)
                {
                    g = labelTable.AddUnchecked(label);
                    labelTexts.Add(SpreadsheetText.Unprotect(labelTable.Ids[g]));
                }

                labels.Add(labelTexts[g]);
            }
        }

        return (table, labels is null ? null : [.. labels]);
    }

    /// <summary>As <see cref="TryRead(string, bool, EdgeAggregation)"/>, for the file's bytes (UTF-8, with or without BOM).</summary>
    public static SignedGraph? TryRead(ReadOnlySpan<byte> bytes, bool directed, EdgeAggregation aggregation = EdgeAggregation.Sum) =>
        TryRead(bytes, directed, aggregation, declared: null);

    /// <summary>
    /// As <see cref="TryRead(ReadOnlySpan{byte}, bool, EdgeAggregation)"/>; with <paramref name="declared"/> (the ids of
    /// a nodes file) the nodes are those, in that order, and an endpoint not among them is not plain.
    /// </summary>
    private static SignedGraph? TryRead(ReadOnlySpan<byte> bytes, bool directed, EdgeAggregation aggregation, IdTable? declared)
    {
        if (!IsPlainText(ref bytes))
        {
            return null;
        }

        var header = NextLine(ref bytes);
        int fields;
        if (header.SequenceEqual("source,target"u8))
        {
            fields = 2;
        }
        else if (header.SequenceEqual("source,target,weight"u8))
        {
            fields = 3;
        }
        else
        {
            return null;
        }

        // At most one arc per remaining line.
        var capacity = bytes.Count((byte)'\n') + 1;
        var table = declared ?? new IdTable(Math.Max(16, capacity / 2));
        var src = new int[capacity];
        var dst = new int[capacity];
        var weights = new double[capacity];
        var m = 0;
        while (!bytes.IsEmpty)
        {
            var line = NextLine(ref bytes);
            if (line.IsEmpty)
            {
                // Blank lines are skipped, as the full reader does.
                continue;
            }

            if (line.Contains((byte)'\r'))
            {
                // A carriage return alone: the full reader decides what it is.
                return null;
            }

            var comma = line.IndexOf((byte)',');
            if (comma < 0)
            {
                return null;
            }

            var first = line[..comma];
            var rest = line[(comma + 1)..];
            var second = rest;
            var weight = 1.0;
            comma = rest.IndexOf((byte)',');
            if (fields == 2)
            {
                if (comma >= 0)
                {
                    return null;
                }
            }
            else
            {
                if (comma < 0)
                {
                    return null;
                }

                second = rest[..comma];
                var w = rest[(comma + 1)..];
                if (w.IsEmpty || w.Contains((byte)',') || !double.TryParse(w, WeightStyles, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight))
                {
                    return null;
                }
            }

            if (first.SequenceEqual(second))
            {
                return null;
            }

            var s = declared is null ? table.Add(first, existing: true) : table.IndexOf(first);
            var t = declared is null ? table.Add(second, existing: true) : table.IndexOf(second);
            if (s < 0 || t < 0)
            {
                return null;
            }

            src[m] = s;
            dst[m] = t;
            weights[m] = weight;
            m++;
        }

        if (m < capacity)
        {
            src = src[..m];
            dst = dst[..m];
            weights = weights[..m];
        }

        var ids = table.Ids.ToArray();
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var v = 0; v < ids.Length; v++)
        {
            index.Add(ids[v], v);
        }

        try
        {
            var graph = SignedGraph.FromArcs(ids, index, directed, src, dst, weights, aggregation, out var merged);

            // Repeated pairs: the full reader reports them.
            return merged > 0 ? null : graph;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Drops a byte order mark; whether the rest is valid UTF-8 without quotes or NUL characters.</summary>
    private static bool IsPlainText(ref ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return bytes.IndexOfAny((byte)'"', (byte)0) < 0 && Utf8.IsValid(bytes);
    }

    /// <summary>Whether a nodes file's columns are read the same on both roads: no empty, protected, repeated or parsed column.</summary>
    private static bool PlainColumnNames(string[] names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Length == 0 || name[0] == '\'' || name is "kind" or "ccode" || !seen.Add(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The comma-separated fields of <paramref name="line"/> (at most as many as <paramref name="fields"/> holds, the last taking the rest); their number.</summary>
    private static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (count < fields.Length - 1)
        {
            var comma = line[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                break;
            }

            fields[count++] = new Range(start, start + comma);
            start += comma + 1;
        }

        fields[count++] = new Range(start, line.Length);
        return count;
    }

    /// <summary>The next line of <paramref name="text"/> without its line end (LF or CRLF), and advances past it.</summary>
    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> text)
    {
        var end = text.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line;
        if (end < 0)
        {
            line = text;
            text = [];
        }
        else
        {
            line = text[..end];
            text = text[(end + 1)..];
        }

        return line.EndsWith((byte)'\r') ? line[..^1] : line;
    }

    /// <summary>
    /// Node ids by their UTF-8 bytes, numbered in order of addition: an open-addressing table that makes a string only
    /// for a new id.
    /// </summary>
    internal sealed class IdTable
    {
        private readonly List<string> ids;
        private readonly List<int> starts;
        private byte[] bytes;
        private int used;
        private int[] slots;
        private int[] hashes;

        public IdTable(int capacity)
        {
            ids = new List<string>(capacity);
            starts = new List<int>(capacity + 1) { 0 };
            bytes = new byte[Math.Max(64, capacity * 8)];
            var size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2));
            slots = new int[size];
            hashes = new int[size];
        }

        /// <summary>The ids, in order of addition.</summary>
        public List<string> Ids => ids;

        /// <summary>The number of <paramref name="id"/>, or −1 when it is not in the table.</summary>
        public int IndexOf(ReadOnlySpan<byte> id)
        {
            var hash = Hash(id);
            var mask = slots.Length - 1;
            for (var i = hash & mask; ; i = (i + 1) & mask)
            {
                var node = slots[i] - 1;
                if (node < 0)
                {
                    return -1;
                }

                if (hashes[i] == hash && Key(node).SequenceEqual(id))
                {
                    return node;
                }
            }
        }

        /// <summary>
        /// The number of <paramref name="id"/>, added if new; −1 when it is not an id the full reader reads as it is
        /// (invalid, or protected by a leading single quote), or when it is already there and <paramref name="existing"/>
        /// is false.
        /// </summary>
        public int Add(ReadOnlySpan<byte> id, bool existing = false)
        {
            var found = IndexOf(id);
            if (found >= 0)
            {
                return existing ? found : -1;
            }

            if (id.IsEmpty || id[0] == '\'')
            {
                return -1;
            }

            var text = Encoding.UTF8.GetString(id);
            return Model.Ids.Problem(text) is null ? Add(id, text) : -1;
        }

        /// <summary>Adds an id known not to be in the table, whatever its text; returns its number.</summary>
        public int AddUnchecked(ReadOnlySpan<byte> id) => Add(id, Encoding.UTF8.GetString(id));

        private int Add(ReadOnlySpan<byte> id, string text)
        {
            if (2 * (ids.Count + 1) > slots.Length)
            {
                Grow();
            }

            if (used + id.Length > bytes.Length)
            {
                Array.Resize(ref bytes, Math.Max(2 * bytes.Length, used + id.Length));
            }

            id.CopyTo(bytes.AsSpan(used));
            used += id.Length;
            starts.Add(used);
            var node = ids.Count;
            ids.Add(text);
            Place(Hash(id), node);
            return node;
        }

        private ReadOnlySpan<byte> Key(int node) => bytes.AsSpan(starts[node], starts[node + 1] - starts[node]);

        private void Place(int hash, int node)
        {
            var mask = slots.Length - 1;
            var i = hash & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = node + 1;
            hashes[i] = hash;
        }

        private void Grow()
        {
            slots = new int[slots.Length * 2];
            hashes = new int[slots.Length];
            for (var node = 0; node < ids.Count; node++)
            {
                Place(Hash(Key(node)), node);
            }
        }

        /// <summary>FNV-1a over the bytes, its bits mixed.</summary>
        private static int Hash(ReadOnlySpan<byte> key)
        {
            var h = 2166136261u;
            foreach (var b in key)
            {
                h = (h ^ b) * 16777619u;
            }

            h ^= h >> 15;
            h *= 0x2c1b3c6du;
            h ^= h >> 12;
            return (int)(h & 0x7fffffff);
        }
    }
}
