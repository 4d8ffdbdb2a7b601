using RelationsGraph.Graphs;
using RelationsGraph.IO;
using Xunit;

namespace RelationsGraph.Tests.IO;

public class DotFormatTests
{
    private static string Dot(SignedGraph graph, string name = "relations")
    {
        using var writer = new StringWriter();
        DotFormat.Write(graph, writer, name);
        return writer.ToString();
    }

    private static string EdgeLine(string dot, string prefix) =>
        Assert.Single(dot.Split('\n'), l => l.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Write_PositiveEdge_PositiveColourSolid()
    {
        var dot = Dot(TestGraphs.Undirected(["a", "b"], ("a", "b", 2)));

        var line = EdgeLine(dot, "  \"a\" -- \"b\"");
        Assert.Contains($"color=\"{DotFormat.PositiveColor}\"", line, StringComparison.Ordinal);
        Assert.Contains("style=solid", line, StringComparison.Ordinal);
        Assert.Contains("label=\"2\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Label_RoundsToThreeDecimals()
    {
        var dot = Dot(TestGraphs.Undirected(["a", "b"], ("a", "b", -0.19999999999999996)));
        Assert.Contains("label=\"-0.2\"", EdgeLine(dot, "  \"a\" -- \"b\""), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NegativeEdge_RedDashed()
    {
        var dot = Dot(TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 2), ("b", "c", -0.5)));

        var line = EdgeLine(dot, "  \"b\" -- \"c\"");
        Assert.Equal("#d73027", DotFormat.NegativeColor);
        Assert.Contains($"color=\"{DotFormat.NegativeColor}\"", line, StringComparison.Ordinal);
        Assert.Contains("style=dashed", line, StringComparison.Ordinal);
        Assert.Contains("label=\"-0.5\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ZeroEdge_GreyDotted()
    {
        var line = EdgeLine(Dot(TestGraphs.Undirected(["a", "b"], ("a", "b", 0))), "  \"a\" -- \"b\"");

        Assert.Contains($"color=\"{DotFormat.ZeroColor}\"", line, StringComparison.Ordinal);
        Assert.Contains("style=dotted", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PenWidth_ScalesWithMagnitudeFromOneToFour()
    {
        var dot = Dot(TestGraphs.Undirected(["a", "b", "c"], ("a", "b", -4), ("b", "c", 2)));

        Assert.Contains("penwidth=4", EdgeLine(dot, "  \"a\" -- \"b\""), StringComparison.Ordinal);
        Assert.Contains("penwidth=2.5", EdgeLine(dot, "  \"b\" -- \"c\""), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IdsWithQuotesBackslashesAndNewlines_Escaped()
    {
        var dot = Dot(TestGraphs.Undirected(["say \"hi\"", "back\\slash", "two\nlines"], ("say \"hi\"", "back\\slash", 1), ("back\\slash", "two\nlines", -1)));

        Assert.Contains("  \"say \\\"hi\\\"\";\n", dot, StringComparison.Ordinal);
        Assert.Contains("  \"back\\\\slash\";\n", dot, StringComparison.Ordinal);
        Assert.Contains("  \"two\\nlines\";\n", dot, StringComparison.Ordinal);
        Assert.Contains("  \"say \\\"hi\\\"\" -- \"back\\\\slash\" [", dot, StringComparison.Ordinal);
        Assert.Equal(8, dot.Count(c => c == '\n'));
    }

    [Fact]
    public void Write_GraphNameWithQuote_Escaped()
    {
        var dot = Dot(TestGraphs.Undirected(["a"]), "my \"net\"");

        Assert.StartsWith("graph \"my \\\"net\\\"\" {\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Directed_DigraphWithArrows()
    {
        var dot = Dot(TestGraphs.Directed(["a", "b"], ("a", "b", 1), ("b", "a", -1)));

        Assert.StartsWith("digraph \"relations\" {", dot, StringComparison.Ordinal);
        Assert.Contains("  \"a\" -> \"b\" [", dot, StringComparison.Ordinal);
        Assert.Contains("  \"b\" -> \"a\" [", dot, StringComparison.Ordinal);
        Assert.DoesNotContain(" -- ", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Undirected_GraphWithDashes()
    {
        var dot = Dot(TestGraphs.Undirected(["a", "b"], ("a", "b", 1)));

        Assert.StartsWith("graph \"relations\" {", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("->", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IsolatedNodes_Listed()
    {
        var dot = Dot(TestGraphs.Isolated(2, directed: false));

        Assert.Equal("graph \"relations\" {\n  node [shape=ellipse, fontname=\"Helvetica\"];\n  \"n0\";\n  \"n1\";\n}\n", dot);
    }

    [Fact]
    public void Write_TwoRuns_Identical()
    {
        var g = TestGraphs.Random(20, 60, seed: 7, directed: true);

        Assert.Equal(Dot(g), Dot(g));
    }
}
