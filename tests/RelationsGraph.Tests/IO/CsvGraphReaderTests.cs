using System.Globalization;
using System.Text;
using RelationsGraph.Graphs;
using RelationsGraph.IO;
using Xunit;

namespace RelationsGraph.Tests.IO;

/// <summary>
/// The short road from a plain edges CSV to a graph (<see cref="CsvGraphReader"/>) gives the graph of the full reader
/// and projection — same nodes in the same order, ties and weights — and declines (null) every file the full reader
/// would read differently, report on, or reject.
/// </summary>
public class CsvGraphReaderTests
{
    private static SignedGraph FullRoad(string csv, bool directed) =>
        GraphProjection.Project(
            CsvNetworkReader.Read(new StringReader(csv), "edges.csv", options: new NetworkReadOptions { DirectedByDefault = directed }).Network,
            new ProjectionOptions { Direction = directed ? GraphDirection.Directed : GraphDirection.Undirected }).Graph;

    private static void AssertSameGraph(SignedGraph expected, SignedGraph actual)
    {
        Assert.Equal(expected.IsDirected, actual.IsDirected);
        Assert.Equal(expected.NodeIds, actual.NodeIds);
        var e = expected.Edges().ToList();
        var a = actual.Edges().ToList();
        Assert.Equal(e.Count, a.Count);
        for (var i = 0; i < e.Count; i++)
        {
            Assert.Equal((e[i].Source, e[i].Target), (a[i].Source, a[i].Target));
            Assert.Equal(BitConverter.DoubleToInt64Bits(e[i].Weight), BitConverter.DoubleToInt64Bits(a[i].Weight));
        }
    }

    /// <summary>A random plain file: distinct pairs, weights of every written form the full reader accepts.</summary>
    private static string RandomCsv(int seed, int n, int m, bool directed, bool weighted, bool crlf, bool bom)
    {
        var random = new Random(seed);
        var seen = new HashSet<(int, int)>();
        var text = new StringBuilder();
        var newline = crlf ? "\r\n" : "\n";
        text.Append(bom ? "\uFEFF" : string.Empty).Append(weighted ? "source,target,weight" : "source,target").Append(newline);
        string[] forms = ["{0}", "{0:F2}", "{0:E3}", "+{0}", "{0:R}"];
        for (var e = 0; e < m; e++)
        {
            var s = random.Next(n);
            var t = random.Next(n);
            if (s == t || !seen.Add((s, t)) || (!directed && seen.Contains((t, s))))
            {
                continue;
            }

            // Ids of several shapes, non-ASCII among them.
            var id = (int v) => v % 3 == 0 ? "n" + v.ToString(CultureInfo.InvariantCulture) : v % 3 == 1 ? "Côte " + v.ToString(CultureInfo.InvariantCulture) : "x-" + v.ToString(CultureInfo.InvariantCulture) + "-y";
            text.Append(id(s)).Append(',').Append(id(t));
            if (weighted)
            {
                var w = Math.Round((random.NextDouble() * 2) - 1, random.Next(1, 6));
                var form = forms[random.Next(forms.Length)];
                text.Append(',').Append(string.Format(CultureInfo.InvariantCulture, form.StartsWith('+') && double.IsNegative(w) ? "{0}" : form, w));
            }

            text.Append(newline);
            if (random.Next(50) == 0)
            {
                text.Append(newline);
            }
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(1, false, true, false, false)]
    [InlineData(2, true, true, true, false)]
    [InlineData(3, false, false, false, true)]
    [InlineData(4, true, false, true, true)]
    [InlineData(5, false, true, true, true)]
    public void GivesTheFullReadersGraph(int seed, bool directed, bool weighted, bool crlf, bool bom)
    {
        var csv = RandomCsv(seed, 300, 1500, directed, weighted, crlf, bom);
        var fast = CsvGraphReader.TryRead(Encoding.UTF8.GetBytes(csv), directed);
        Assert.NotNull(fast);
        AssertSameGraph(FullRoad(csv, directed), fast);
    }

    [Fact]
    public void ReadsAFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            var csv = RandomCsv(9, 50, 120, directed: false, weighted: true, crlf: false, bom: false);
            File.WriteAllText(path, csv);
            AssertSameGraph(FullRoad(csv, directed: false), CsvGraphReader.TryRead(path, directed: false)!);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("source,target,weight\na,b,1\nb,a,2\n")]
    [InlineData("source,target,weight\na,a,1\n")]
    [InlineData("source,target,weight\n\"a\",b,1\n")]
    [InlineData("source,target,weight,kind\na,b,1,alliance\n")]
    [InlineData("target,source,weight\na,b,1\n")]
    [InlineData("source,target,weight\n'=a,b,1\n")]
    [InlineData("source,target,weight\na,b,\n")]
    [InlineData("source,target,weight\na,b,1,2\n")]
    [InlineData("source,target,weight\na,b\n")]
    [InlineData("source,target,weight\na,b,1e400\n")]
    [InlineData("source,target,weight\na,b,NaN\n")]
    [InlineData("source,target,weight\na,b,1,5\n")]
    [InlineData("source,target,weight\n a,b,1\n")]
    [InlineData("source,target,weight\n,b,1\n")]
    [InlineData("source,target,weight\na\rb,c,1\n")]
    [InlineData("source,target\na,b,1\n")]
    [InlineData("")]
    public void DeclinesWhatTheFullReaderTreatsOtherwise(string csv)
    {
        Assert.Null(CsvGraphReader.TryRead(Encoding.UTF8.GetBytes(csv), directed: false));
    }

    [Fact]
    public void ReversedPairsAreDistinctWhenDirected()
    {
        var csv = "source,target,weight\na,b,1\nb,a,2\n";
        AssertSameGraph(FullRoad(csv, directed: true), CsvGraphReader.TryRead(Encoding.UTF8.GetBytes(csv), directed: true)!);
    }
}
