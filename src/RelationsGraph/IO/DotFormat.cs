using System.Globalization;
using System.Text;
using RelationsGraph.Graphs;

namespace RelationsGraph.IO;

/// <summary>
/// Writes a <see cref="SignedGraph"/> in Graphviz DOT for pictures: positive ties solid green, negative ties
/// dashed red, zero-weight ties dotted grey; line width grows with |w| (1 to 4 points, scaled to the largest |w|); labels
/// give the weight to three decimals (a picture, not data: the other formats keep full precision).
/// </summary>
/// <remarks>Render with <c>dot -Tpng</c> or <c>neato -Tsvg</c> where Graphviz is installed. Ids are quoted and escaped.
/// Output is deterministic: nodes in index order, edges in (source, target) order.</remarks>
public static class DotFormat
{
    /// <summary>The colour of positive ties.</summary>
    public const string PositiveColor = "#1a9850";

    /// <summary>The colour of negative ties.</summary>
    public const string NegativeColor = "#d73027";

    /// <summary>The colour of zero-weight ties.</summary>
    public const string ZeroColor = "#999999";

    /// <summary>Writes the graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="name">The graph's name in the DOT header.</param>
    public static void Write(SignedGraph graph, TextWriter writer, string name = "relations")
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var arrow = graph.IsDirected ? "->" : "--";
        var max = graph.Edges().Select(e => Math.Abs(e.Weight)).DefaultIfEmpty(0).Max();
        writer.Write(graph.IsDirected ? "digraph " : "graph ");
        writer.Write(Quote(name));
        writer.Write(" {\n  node [shape=ellipse, fontname=\"Helvetica\"];\n");
        for (var v = 0; v < graph.NodeCount; v++)
        {
            writer.Write("  ");
            writer.Write(Quote(graph.IdOf(v)));
            writer.Write(";\n");
        }

        foreach (var e in graph.Edges())
        {
            var (color, style) = e.Weight > 0 ? (PositiveColor, "solid") : e.Weight < 0 ? (NegativeColor, "dashed") : (ZeroColor, "dotted");
            var width = max > 0 ? 1 + (3 * Math.Abs(e.Weight) / max) : 1;
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"  {Quote(graph.IdOf(e.Source))} {arrow} {Quote(graph.IdOf(e.Target))} [color=\"{color}\", style={style}, penwidth={width:0.##}, label=\"{e.Weight:0.###}\"];\n"));
        }

        writer.Write("}\n");
    }

    private static string Quote(string id)
    {
        var text = new StringBuilder(id.Length + 2).Append('"');
        foreach (var c in id)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
