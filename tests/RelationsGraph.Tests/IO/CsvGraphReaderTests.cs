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

    private static (SignedGraph Graph, NodeGroups Groups) FullRoad(string edges, string nodes, bool directed, string column)
    {
        var network = CsvNetworkReader.Read(new StringReader(edges), "edges.csv", new StringReader(nodes), "nodes.csv", new NetworkReadOptions { DirectedByDefault = directed }).Network;
        var graph = GraphProjection.Project(network, new ProjectionOptions { Direction = directed ? GraphDirection.Directed : GraphDirection.Undirected }).Graph;
        return (graph, NodeGroups.FromAttribute(network, column, "nodes.csv"));
    }

    private static SignedGraph? ShortRoad(string edges, string nodes, bool directed, string? column, out NodeGroups? groups)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"relgraph-plain-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var edgesPath = Path.Combine(folder, "edges.csv");
            var nodesPath = Path.Combine(folder, "nodes.csv");
            File.WriteAllText(edgesPath, edges, new UTF8Encoding(false));
            File.WriteAllText(nodesPath, nodes, new UTF8Encoding(false));
            return CsvGraphReader.TryRead(edgesPath, nodesPath, directed, column, out groups);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A nodes file for <see cref="RandomCsv"/>'s ids (every id of 0..n−1, shuffled, a few isolated), with a group column.</summary>
    private static string RandomNodes(int seed, int n, bool crlf)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToList();
        var newline = crlf ? "\r\n" : "\n";
        var text = new StringBuilder("id,name,group,note").Append(newline);
        foreach (var v in order)
        {
            var id = v % 3 == 0 ? "n" + v.ToString(CultureInfo.InvariantCulture) : v % 3 == 1 ? "Côte " + v.ToString(CultureInfo.InvariantCulture) : "x-" + v.ToString(CultureInfo.InvariantCulture) + "-y";
            var group = random.Next(4) switch { 0 => "east", 1 => "west", 2 => "'=south", _ => "Nörth" };
            text.Append(id).Append(",Name ").Append(v).Append(',').Append(group).Append(',').Append(random.Next(3) == 0 ? string.Empty : "x").Append(newline);
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(11, false, false)]
    [InlineData(12, true, true)]
    [InlineData(13, true, false)]
    public void WithNodesFile_GivesTheFullReadersGraphAndGroups(int seed, bool directed, bool crlf)
    {
        var edges = RandomCsv(seed, 300, 1500, directed, weighted: true, crlf, bom: false);
        var nodes = RandomNodes(seed, 300, crlf);
        var (graph, groups) = FullRoad(edges, nodes, directed, "group");

        var fast = ShortRoad(edges, nodes, directed, "group", out var fastGroups);

        Assert.NotNull(fast);
        AssertSameGraph(graph, fast);
        Assert.NotNull(fastGroups);
        Assert.Equal(groups.Description, fastGroups.Description);
        Assert.Equal(groups.Field, fastGroups.Field);
        Assert.Equal(groups.Labels, fastGroups.Labels);
        Assert.Equal(groups.Count, fastGroups.Count);
        Assert.All(graph.NodeIds, id => Assert.Equal(groups[id], fastGroups[id]));
    }

    [Theory]
    [InlineData("source,target\na,b\n", "id,group\na,x\nb,y\n", "group", true)]
    [InlineData("source,target\na,b\n", "id,group\na,x\nb,y\n", null, true)]
    [InlineData("source,target\na,b\n", "id,group\na,x\nb,\n", "group", false)] // an empty group
    [InlineData("source,target\na,b\n", "id,group\na,x\nb,\n", null, true)] // ... that nobody reads
    [InlineData("source,target\na,c\n", "id,group\na,x\nb,y\n", "group", false)] // an undeclared endpoint
    [InlineData("source,target\na,b\n", "id,group\na,x\na,y\nb,y\n", "group", false)] // a repeated id
    [InlineData("source,target\na,b\n", "id,group\na,x\nb,y\n", "colour", false)] // no such column
    [InlineData("source,target\na,b\n", "id,group\na,x\nb,y\n", "id", false)]
    [InlineData("source,target\na,b\n", "id,name,group\na,A,x\nb,B,y\n", "name", false)]
    [InlineData("source,target\na,b\n", "id,kind,group\na,state,x\nb,state,y\n", "group", false)] // kinds to parse
    [InlineData("source,target\na,b\n", "id,ccode,group\na,2,x\nb,3,y\n", "group", false)] // codes to parse
    [InlineData("source,target\na,b\n", "id,group,group\na,x,x\nb,y,y\n", "group", false)] // a repeated column
    [InlineData("source,target\na,b\n", "id,,group\na,,x\nb,,y\n", "group", false)] // an unnamed column
    [InlineData("source,target\na,b\n", "id,'=group\na,x\nb,y\n", "group", false)] // a protected column name
    [InlineData("source,target\na,b\n", "id,group\n\"a\",x\nb,y\n", "group", false)] // quoted
    [InlineData("source,target\na,b\n", "id,group\na,x,z\nb,y\n", "group", false)] // a field too many
    [InlineData("source,target\na,b\n", "id,group\na\nb,y\n", "group", false)] // a field missing
    [InlineData("source,target\na,b\n", "id,group\n'=a,x\nb,y\n", "group", false)] // a protected id
    [InlineData("source,target\na,b\n", "id,group\n a,x\nb,y\n", "group", false)] // an id padded with white space
    [InlineData("source,target\na,b\n", "id,group\na\rc,x\nb,y\n", "group", false)] // a lone carriage return
    [InlineData("source,target\na,b\n", "", "group", false)]
    public void WithNodesFile_DeclinesWhatTheFullReaderTreatsOtherwise(string edges, string nodes, string? column, bool plain)
    {
        Assert.Equal(plain, ShortRoad(edges, nodes, directed: true, column, out _) is not null);
    }

    [Fact]
    public void InvalidUtf8_IsNotPlain()
    {
        // Two different invalid sequences decode to the same replacement character: only the full reader knows what it does with them.
        var bytes = Encoding.UTF8.GetBytes("source,target\na,b\n").Concat(new byte[] { 0xC3, (byte)',', (byte)'c', (byte)'\n' }).ToArray();
        Assert.Null(CsvGraphReader.TryRead(bytes, directed: false));
    }

    [Fact]
    public void ManyIds_TheTableGrowsAndKeepsEveryId()
    {
        var text = new StringBuilder("source,target\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"v{i},w{(i * 7919) % 5003}\n");
        }

        var csv = text.ToString();
        AssertSameGraph(FullRoad(csv, directed: true), CsvGraphReader.TryRead(Encoding.UTF8.GetBytes(csv), directed: true)!);
    }
}
