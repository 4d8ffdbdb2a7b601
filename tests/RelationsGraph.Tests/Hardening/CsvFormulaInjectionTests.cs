using RelationsGraph.IO;
using RelationsGraph.Model;
using FsCheck;
using FsCheck.Xunit;
using RelationsGraph.Tests.IO;
using Xunit;
using RelationsGraph.Reporting;

namespace RelationsGraph.Tests.Hardening;

/// <summary>
/// Formula injection through <see cref="CsvNetworkWriter"/>: a cell whose text starts with <c>=</c>, <c>+</c>,
/// <c>-</c> or <c>@</c> is run as a formula when the CSV is opened in a spreadsheet. The issue asks the writer to
/// escape such ids and names (a leading single quote, or quoting them); numbers such as a weight of -1 must stay
/// numbers, and whatever escape is chosen must read back to the original id.
/// </summary>
public class CsvFormulaInjectionTests
{
    private static readonly string[] FormulaIds = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "=HYPERLINK(\"http://example.invalid/x\",\"click\")"];

    [Fact]
    public void Write_FormulaLikeIdsAndNames_AreEscaped()
    {
        var (edges, nodes) = IoSamples.WriteCsv(Network());

        foreach (var (header, rows) in new[] { Parse(edges), Parse(nodes) })
        {
            foreach (var row in rows)
            {
                foreach (var column in new[] { "source", "target", "id", "name" })
                {
                    var i = header.IndexOf(column);
                    if (i >= 0 && row[i].Text.Length > 0 && "=+-@".Contains(row[i].Text[0], StringComparison.Ordinal))
                    {
                        Assert.True(row[i].Quoted, $"{column} cell written unescaped: {row[i].Text}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Write_NegativeWeights_StayNumbers()
    {
        var (edges, _) = IoSamples.WriteCsv(Network());
        var (header, rows) = Parse(edges);
        var weight = header.IndexOf("weight");

        Assert.All(rows, row => Assert.Equal(("-1", false), (row[weight].Text, row[weight].Quoted)));
    }

    [Fact]
    public void Write_FormulaLikeIds_ReadBackUnchanged()
    {
        var network = Network();
        var (edges, nodes) = IoSamples.WriteCsv(network);

        using var e = new StringReader(edges);
        using var n = new StringReader(nodes);
        var back = CsvNetworkReader.Read(e, "edges.csv", n, "nodes.csv").Network;

        Assert.Equal(network.Actors.ToArray(), back.Actors.ToArray());
        Assert.Equal(network.Relations.ToArray(), back.Relations.ToArray());
    }

    [Property(MaxTest = 2000)]
    public void Protect_ThenUnprotect_GivesTheTextBack(NonNull<string> text, byte quotes, bool trigger)
    {
        // Bias towards the interesting shapes: leading single quotes, then a trigger character.
        var value = new string('\'', quotes % 4) + (trigger ? "=" : string.Empty) + text.Get;

        Assert.Equal(value, SpreadsheetText.Unprotect(SpreadsheetText.Protect(value)));
    }

    [Property(MaxTest = 2000)]
    public void Protect_NeverStartsWithATrigger_UnlessANumber(NonNull<string> text)
    {
        var cell = SpreadsheetText.Protect(text.Get);

        Assert.True(
            cell.Length == 0 || "=+-@\t\r".IndexOf(cell[0], StringComparison.Ordinal) < 0
            || double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
            cell);
    }

    [Theory]
    [InlineData("-1", "-1")]
    [InlineData("+2.5e3", "+2.5e3")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("'=x", "''=x")]
    [InlineData("'-1", "''-1")]
    [InlineData("it's", "it's")]
    [InlineData("'quoted'", "'quoted'")]
    public void Protect_Examples(string text, string cell)
    {
        Assert.Equal(cell, SpreadsheetText.Protect(text));
        Assert.Equal(text, SpreadsheetText.Unprotect(cell));
    }

    [Fact]
    public void ScoresAndAttributes_FormulaLikeText_Escaped_AndRoundTrips()
    {
        var network = new RelationsNetworkBuilder()
            .AddActor(new Actor("=A", ActorKind.State, "@name", null, [new KeyValuePair<string, string>("+key", "=value")]))
            .AddActor("B")
            .AddRelation(new Relation("=A", "B", -2, RelationKind.Sanction, attributes: [new KeyValuePair<string, string>("@note", "-x")]))
            .Build();
        var (edges, nodes) = IoSamples.WriteCsv(network);

        Assert.Contains("'+key", nodes, StringComparison.Ordinal);
        Assert.Contains("'=value", nodes, StringComparison.Ordinal);
        Assert.Contains("'@note", edges, StringComparison.Ordinal);
        Assert.Contains("'-x", edges, StringComparison.Ordinal);
        using var e = new StringReader(edges);
        using var n = new StringReader(nodes);
        var back = CsvNetworkReader.Read(e, "edges.csv", n, "nodes.csv").Network;
        Assert.Equal(network.Actors.ToArray(), back.Actors.ToArray());
        Assert.Equal(network.Relations.ToArray(), back.Relations.ToArray());

        using var scores = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ScoresFormat.WriteCsv(new RelationsGraph.Metrics.NodeScores("degree", new RelationsGraph.Centrality.DegreeOptions(), ["=A"], [-1.5]), scores);
        Assert.Equal("id,score\n'=A,-1.5\n", scores.ToString().ReplaceLineEndings("\n"));
    }

    private static RelationsNetwork Network()
    {
        var builder = new RelationsNetworkBuilder().AddActor("B", ActorKind.State, "=B()");
        foreach (var id in FormulaIds)
        {
            builder.AddActor(id, ActorKind.State, id);
            builder.AddRelation(new Relation(id, "B", -1, RelationKind.Sanction));
        }

        return builder.Build();
    }


    /// <summary>
    /// Splits RFC 4180 text into the header and rows of cells: a cell's text as a spreadsheet shows it (quotes removed,
    /// doubled quotes undone), and whether the written cell starts with an escape (a quote character or a single quote).
    /// </summary>
    private static (List<string> Header, List<List<(string Text, bool Quoted)>> Rows) Parse(string csv)
    {
        var rows = new List<List<(string Text, bool Quoted)>>();
        var row = new List<(string, bool)>();
        var i = 0;
        while (i < csv.Length)
        {
            var quoted = csv[i] == '"';
            var text = new System.Text.StringBuilder();
            if (quoted)
            {
                i++;
                while (i < csv.Length && !(csv[i] == '"' && (i + 1 >= csv.Length || csv[i + 1] != '"')))
                {
                    text.Append(csv[i]);
                    i += csv[i] == '"' ? 2 : 1;
                }

                i++;
            }

            while (i < csv.Length && csv[i] is not (',' or '\n'))
            {
                text.Append(csv[i++]);
            }

            var cell = text.ToString();
            row.Add((cell, quoted || cell.StartsWith('\'')));
            if (i >= csv.Length || csv[i] == '\n')
            {
                rows.Add(row);
                row = [];
            }

            i++;
        }

        return ([.. rows[0].Select(c => c.Item1)], rows.Skip(1).ToList());
    }
}
