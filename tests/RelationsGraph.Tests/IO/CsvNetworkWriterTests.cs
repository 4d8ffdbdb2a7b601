using System.Text;
using RelationsGraph.IO;
using RelationsGraph.Model;
using Xunit;
using static RelationsGraph.Tests.IO.IoSamples;

namespace RelationsGraph.Tests.IO;

public class CsvNetworkWriterTests
{
    private static (string Edges, string Nodes) WriteToText(RelationsNetwork network)
    {
        using var edges = new StringWriter();
        using var nodes = new StringWriter();
        CsvNetworkWriter.WriteEdges(network, edges);
        CsvNetworkWriter.WriteNodes(network, nodes);
        return (edges.ToString(), nodes.ToString());
    }

    private static NetworkReadResult ReadText(string edges, string? nodes)
    {
        using var e = new StringReader(edges);
        using var n = nodes is null ? null : new StringReader(nodes);
        return CsvNetworkReader.Read(e, "edges.csv", n, nodes is null ? null : "nodes.csv");
    }

    [Fact]
    public void WriteRead_TrickyNetwork_PreservesEveryActorAndRelation()
    {
        var network = Tricky();

        var (edges, nodes) = WriteToText(network);
        var back = ReadText(edges, nodes);

        AssertSameNetwork(network, back.Network);
    }

    [Fact]
    public void WriteRead_TrickyNetwork_NegativeZeroWeightStaysNegativeZero()
    {
        var (edges, nodes) = WriteToText(Tricky());

        var back = ReadText(edges, nodes).Network;

        var zero = Assert.Single(back.Relations, r => r.Weight == 0);
        Assert.True(double.IsNegative(zero.Weight));
    }

    [Fact]
    public void WriteRead_EdgesOnly_PreservesRelationsAndEndpointOrder()
    {
        var network = Tricky();

        var (edges, _) = WriteToText(network);
        var back = ReadText(edges, null).Network;

        Assert.Equal(network.Relations.ToArray(), back.Relations.ToArray());
        Assert.Equal(network.Actors.Where(a => a.Id != "ISOLATED").Select(a => a.Id).Order(StringComparer.Ordinal), back.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WriteRead_DuplicateRelation_KeptTwiceWithNote()
    {
        var (edges, nodes) = WriteToText(Tricky());

        var back = ReadText(edges, nodes);

        // relation 7 repeats relation 1 (line 2); the rows between span extra physical lines (ids and a ref hold line
        // breaks: rows 3 and 4 take 3 and 2 lines), so the repeat starts on line 11.
        var note = Assert.Single(back.Notes);
        Assert.Equal(11, note.Location.Line);
        Assert.Contains("line 2", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ToFiles_Utf8WithoutBomLfAndRoundTrips()
    {
        var network = Tricky(withCarriageReturns: false);
        var edgesPath = TempPath(".csv");
        var nodesPath = TempPath(".csv");
        try
        {
            CsvNetworkWriter.Write(network, edgesPath, nodesPath);

            var edgeBytes = File.ReadAllBytes(edgesPath);
            var nodeBytes = File.ReadAllBytes(nodesPath);
            Assert.Equal((byte)'s', edgeBytes[0]);
            Assert.Equal((byte)'i', nodeBytes[0]);
            Assert.DoesNotContain((byte)'\r', edgeBytes);
            Assert.DoesNotContain((byte)'\r', nodeBytes);
            AssertSameNetwork(network, CsvNetworkReader.Read(edgesPath, nodesPath).Network);
        }
        finally
        {
            File.Delete(edgesPath);
            File.Delete(nodesPath);
        }
    }

    [Fact]
    public void Write_WithoutNodesPath_WritesOnlyEdges()
    {
        var edgesPath = TempPath(".csv");
        try
        {
            CsvNetworkWriter.Write(Tricky(), edgesPath);

            Assert.StartsWith("source,target,", File.ReadAllText(edgesPath), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(edgesPath);
        }
    }

    [Fact]
    public void WriteEdges_Header_FixedColumnsThenAttributeKeysSorted()
    {
        var (edges, nodes) = WriteToText(Tricky());

        Assert.StartsWith("source,target,weight,kind,directed,start,end,ref,src,weight note\n", edges, StringComparison.Ordinal);
        Assert.StartsWith("id,name,kind,ccode,gdp,group,note\n", nodes, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteEdges_SimpleRelation_ExactText()
    {
        var network = new RelationsNetworkBuilder()
            .AddRelation(new Relation("A", "B", -0.5, RelationKind.Sanction, isDirected: true, new ValidityPeriod(new DateOnly(2022, 2, 1), null), "r"))
            .AddRelation(new Relation("B", "C", 2))
            .Build();

        var (edges, nodes) = WriteToText(network);

        Assert.Equal(
            "source,target,weight,kind,directed,start,end,ref\n" +
            "A,B,-0.5,sanction,true,2022-02-01,,r\n" +
            "B,C,2,other,false,,,\n",
            edges.ReplaceLineEndings("\n"));
        Assert.Equal("id,name,kind,ccode\nA,A,other,\nB,B,other,\nC,C,other,\n", nodes.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WriteEdges_EmptyNetwork_HeaderOnlyThatReadsBack()
    {
        var (edges, nodes) = WriteToText(RelationsNetwork.Empty);

        var back = ReadText(edges, nodes).Network;

        Assert.Empty(back.Actors);
        Assert.Empty(back.Relations);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(-1e-300)]
    [InlineData(1e300)]
    [InlineData(-0.0)]
    [InlineData(5e-324)]
    [InlineData(1.7976931348623157e308)]
    [InlineData(0.30000000000000004)]
    [InlineData(-123456789.123456789)]
    public void WriteRead_Weight_RoundTripsBitForBit(double weight)
    {
        var network = new RelationsNetworkBuilder().AddRelation(new Relation("A", "B", weight)).Build();

        var (edges, _) = WriteToText(network);
        var back = Assert.Single(ReadText(edges, null).Network.Relations).Weight;

        Assert.Equal(BitConverter.DoubleToInt64Bits(weight), BitConverter.DoubleToInt64Bits(back));
    }

    [Theory]
    [InlineData("weight")]
    [InlineData("source")]
    [InlineData("directed")]
    public void WriteEdges_AttributeKeyNamedLikeAColumn_RoundTripsOrThrowsLibraryException(string key)
    {
        // Such a key is reachable from input: a GraphML edge <data> with attr.name="source", or a JSON "attributes"
        // object. The writer must either keep it or refuse it with its own exception, never crash inside the CSV library.
        var network = new RelationsNetworkBuilder()
            .AddRelation(new Relation("A", "B", 2, attributes: [Attr(key, "value")]))
            .Build();

        string? edges = null;
        var error = Record.Exception(() => edges = WriteToText(network).Edges);

        if (error is null)
        {
            Assert.Equal(network.Relations.ToArray(), ReadText(edges!, null).Network.Relations.ToArray());
        }
        else
        {
            Assert.IsAssignableFrom<RelationsGraphException>(error);
            Assert.Contains(key, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("name")]
    [InlineData("id")]
    public void WriteNodes_AttributeKeyNamedLikeAColumn_RoundTripsOrThrowsLibraryException(string key)
    {
        var network = new RelationsNetworkBuilder()
            .AddActor(new Actor("A", attributes: [Attr(key, "value")]))
            .Build();

        string? nodes = null;
        var error = Record.Exception(() => nodes = WriteToText(network).Nodes);

        if (error is null)
        {
            Assert.Equal(network.Actors.ToArray(), ReadText("source,target\n", nodes).Network.Actors.ToArray());
        }
        else
        {
            Assert.IsAssignableFrom<RelationsGraphException>(error);
            Assert.Contains(key, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WriteNodes_UnicodeIds_WrittenAsUtf8()
    {
        var path = TempPath(".csv");
        var nodesPath = TempPath(".csv");
        try
        {
            var network = new RelationsNetworkBuilder().AddActor("Türkiye").AddActor("日本").AddRelation("Türkiye", "日本").Build();
            CsvNetworkWriter.Write(network, path, nodesPath);

            Assert.True(File.ReadAllBytes(path).AsSpan().IndexOf(Encoding.UTF8.GetBytes("Türkiye,日本")) >= 0);
        }
        finally
        {
            File.Delete(path);
            File.Delete(nodesPath);
        }
    }
}
