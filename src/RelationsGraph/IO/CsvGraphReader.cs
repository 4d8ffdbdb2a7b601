using System.Globalization;
using System.Text;
using RelationsGraph.Graphs;
using RelationsGraph.Model;

namespace RelationsGraph.IO;

/// <summary>
/// The short road from a plain edges CSV to a <see cref="SignedGraph"/>: straight into the arrays the graph is built
/// from, without the relations model, when nothing in the file needs that model.
/// </summary>
/// <remarks>
/// Plain means: the header is <c>source,target</c> or <c>source,target,weight</c>; no field is quoted (no '"' in the
/// file); no id starts with a single quote (spreadsheet protection); no self-loops; no two rows with the same endpoints
/// (either order unless directed); every row has as many fields as the header. Such a file gives the graph that
/// <see cref="CsvNetworkReader.Read(string, string?, NetworkReadOptions?)"/> and <see cref="GraphProjection.Project"/>
/// give — the same nodes in the same order (first appearance, source before target), ties and weights — and no notes.
/// Anything else (and any value the full reader would reject) returns <see langword="null"/>, and the caller reads the
/// file the long way, which reports what it has to.
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

    /// <summary>As <see cref="TryRead(string, bool, EdgeAggregation)"/>, for the file's bytes (UTF-8, with or without BOM).</summary>
    public static SignedGraph? TryRead(ReadOnlySpan<byte> bytes, bool directed, EdgeAggregation aggregation = EdgeAggregation.Sum)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.Contains((byte)'"') || bytes.Contains((byte)0))
        {
            return null;
        }

        ReadOnlySpan<char> text = Encoding.UTF8.GetString(bytes);
        var header = NextLine(ref text);
        int fields;
        if (header.SequenceEqual("source,target"))
        {
            fields = 2;
        }
        else if (header.SequenceEqual("source,target,weight"))
        {
            fields = 3;
        }
        else
        {
            return null;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<string>();
        var capacity = Math.Max(16, bytes.Length / 16);
        var src = new int[capacity];
        var dst = new int[capacity];
        var weights = new double[capacity];
        var m = 0;
        while (!text.IsEmpty)
        {
            var line = NextLine(ref text);
            if (line.IsEmpty)
            {
                // Blank lines are skipped, as the full reader does.
                continue;
            }

            if (line.Contains('\r'))
            {
                // A carriage return alone: the full reader decides what it is.
                return null;
            }

            var comma = line.IndexOf(',');
            if (comma < 0)
            {
                return null;
            }

            var first = line[..comma];
            var rest = line[(comma + 1)..];
            var second = rest;
            var weight = 1.0;
            comma = rest.IndexOf(',');
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
                if (w.IsEmpty || w.Contains(',') || !double.TryParse(w, WeightStyles, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight))
                {
                    return null;
                }
            }

            if (first.SequenceEqual(second))
            {
                return null;
            }

            var s = Node(first, lookup, ids);
            var t = Node(second, lookup, ids);
            if (s < 0 || t < 0)
            {
                return null;
            }

            if (m == src.Length)
            {
                Array.Resize(ref src, 2 * m);
                Array.Resize(ref dst, 2 * m);
                Array.Resize(ref weights, 2 * m);
            }

            src[m] = s;
            dst[m] = t;
            weights[m] = weight;
            m++;
        }

        SignedGraph graph;
        try
        {
            graph = SignedGraph.FromArcs([.. ids], index, directed, src[..m], dst[..m], weights[..m], aggregation, out var merged);
            if (merged > 0)
            {
                // Repeated pairs: the full reader reports them.
                return null;
            }
        }
        catch (ArgumentException)
        {
            return null;
        }

        return graph;
    }

    /// <summary>The node of <paramref name="id"/>, added at first sight; −1 for an id the full reader treats otherwise (invalid, or protected).</summary>
    private static int Node(ReadOnlySpan<char> id, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, List<string> ids)
    {
        if (lookup.TryGetValue(id, out var node))
        {
            return node;
        }

        var text = id.ToString();
        if (id.IsEmpty || id[0] == '\'' || Ids.Problem(text) is not null)
        {
            return -1;
        }

        lookup.Dictionary.Add(text, ids.Count);
        ids.Add(text);
        return ids.Count - 1;
    }

    /// <summary>The next line of <paramref name="text"/> without its line end (LF or CRLF), and advances past it.</summary>
    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> text)
    {
        var end = text.IndexOf('\n');
        ReadOnlySpan<char> line;
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

        return line.EndsWith('\r') ? line[..^1] : line;
    }
}
