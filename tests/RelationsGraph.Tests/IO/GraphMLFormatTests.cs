using System.Text;
using RelationsGraph.IO;
using RelationsGraph.Model;
using Xunit;
using static RelationsGraph.Tests.IO.IoSamples;

namespace RelationsGraph.Tests.IO;

public class GraphMLFormatTests
{
    private const string Name = "g.graphml";

    private static NetworkReadResult Read(string xml, NetworkReadOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return GraphMLFormat.Read(stream, Name, options);
    }

    private static byte[] Write(RelationsNetwork network)
    {
        using var stream = new MemoryStream();
        GraphMLFormat.Write(network, stream);
        return stream.ToArray();
    }

    private static RelationsNetwork RoundTrip(RelationsNetwork network)
    {
        using var stream = new MemoryStream(Write(network));
        return GraphMLFormat.Read(stream, Name).Network;
    }

    private const string Header =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

    [Fact]
    public void WriteRead_MixedDirectedNetworkWithAttributes_RoundTrips()
    {
        var network = Tricky(withCarriageReturns: false);
        Assert.Contains(network.Relations, r => r.IsDirected);
        Assert.Contains(network.Relations, r => !r.IsDirected);

        AssertSameNetwork(network, RoundTrip(network));
    }

    [Fact]
    public void WriteRead_AllDirected_RoundTripsWithDirectedDefault()
    {
        var network = new RelationsNetworkBuilder()
            .AddActor(new Actor("A", ActorKind.State, "Alpha", 1, [Attr("group", "g1")]))
            .AddRelation(new Relation("A", "B", -2, RelationKind.Sanction, isDirected: true))
            .AddRelation(new Relation("B", "A", 0.5, RelationKind.Trade, isDirected: true, attributes: [Attr("via", "EU")]))
            .Build();

        var xml = Encoding.UTF8.GetString(Write(network));

        Assert.Contains("edgedefault=\"directed\"", xml, StringComparison.Ordinal);
        AssertSameNetwork(network, RoundTrip(network));
    }

    [Fact]
    public void WriteRead_ThroughFile_RoundTrips()
    {
        var network = Tricky(withCarriageReturns: false);
        var path = TempPath(".graphml");
        try
        {
            GraphMLFormat.Write(network, path);

            AssertSameNetwork(network, GraphMLFormat.Read(path).Network);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteRead_CarriageReturnInTextValues_Preserved()
    {
        // Names, references and attributes may hold "\r\n" (read from a CRLF CSV); GraphML must keep them.
        var network = new RelationsNetworkBuilder()
            .AddActor(new Actor("A", ActorKind.State, "line1\r\nline2", null, [Attr("note", "x\ry")]))
            .AddRelation(new Relation("A", "B", 1, reference: "ref\r\nsecond line", attributes: [Attr("comment", "a\r\nb")]))
            .Build();

        var back = RoundTrip(network);

        Assert.Equal("line1\r\nline2", back.Actors[0].Name);
        Assert.Equal("x\ry", back.Actors[0].Attributes["note"]);
        Assert.Equal("ref\r\nsecond line", back.Relations[0].Reference);
        Assert.Equal("a\r\nb", back.Relations[0].Attributes["comment"]);
        AssertSameNetwork(network, back);
    }

    [Fact]
    public void Write_TwoRuns_ByteIdentical()
    {
        Assert.Equal(Write(Tricky()), Write(Tricky()));
    }

    [Fact]
    public void Read_DocumentWithDtd_RejectedAsMalformedMentioningDtd()
    {
        const string xml =
            "<?xml version=\"1.0\"?>\n" +
            "<!DOCTYPE graphml [ <!ELEMENT graphml ANY> ]>\n" +
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"/></graphml>\n";

        var e = Assert.Throws<MalformedInputException>(() => Read(xml));

        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
        Assert.Contains(Name, e.Message, StringComparison.Ordinal);
        Assert.Equal(2, e.Location.Line);
    }

    [Fact]
    public void Read_ExternalEntityToLocalFile_RejectedAndFileNeverRead()
    {
        var secretPath = TempPath(".txt");
        const string Secret = "TOP-SECRET-8f2c6a";
        File.WriteAllText(secretPath, Secret);
        var graphPath = TempPath(".graphml");
        try
        {
            var uri = new Uri(secretPath).AbsoluteUri;
            var xml =
                "<?xml version=\"1.0\"?>\n" +
                $"<!DOCTYPE graphml [ <!ENTITY x SYSTEM \"{uri}\"> <!ENTITY p SYSTEM \"file:///etc/passwd\"> ]>\n" +
                Header.Split('\n')[1] + "\n" +
                "  <key id=\"n\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n" +
                "  <graph edgedefault=\"undirected\">\n" +
                "    <node id=\"A\"><data key=\"n\">&x;&p;</data></node>\n" +
                "  </graph>\n" +
                "</graphml>\n";
            File.WriteAllText(graphPath, xml);

            var fromStream = Assert.Throws<MalformedInputException>(() => Read(xml));
            var fromFile = Assert.Throws<MalformedInputException>(() => GraphMLFormat.Read(graphPath));

            foreach (var e in new[] { fromStream, fromFile })
            {
                Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain("root:", e.ToString(), StringComparison.Ordinal);
            }

            Assert.Contains(graphPath, fromFile.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secretPath);
            File.Delete(graphPath);
        }
    }

    [Fact]
    public void Read_EdgeToUndeclaredNode_ThrowsUnknownActorNamingIdAndLine()
    {
        const string xml = Header +
            "  <graph edgedefault=\"undirected\">\n" +
            "    <node id=\"A\"/>\n" +
            "    <node id=\"B\"/>\n" +
            "    <edge source=\"A\" target=\"B\"/>\n" +
            "    <edge source=\"A\" target=\"Ghost\"/>\n" +
            "  </graph>\n" +
            "</graphml>\n";

        var e = Assert.Throws<UnknownActorException>(() => Read(xml));

        Assert.Equal("Ghost", e.ActorId);
        Assert.Equal(new InputLocation(Name, 7, "target"), e.Location);
        Assert.Contains("g.graphml:7", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Ghost'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NetworkxStyleFile_KeysByAttrNameUndirectedNoKind()
    {
        const string xml =
            "<?xml version='1.0' encoding='utf-8'?>\n" +
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" " +
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">" +
            "<key id=\"d1\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n" +
            "<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n" +
            "<graph edgedefault=\"undirected\"><node id=\"RUS\">\n" +
            "  <data key=\"d0\">Russia</data>\n" +
            "</node>\n" +
            "<node id=\"UKR\"/>\n" +
            "<node id=\"POL\"/>\n" +
            "<edge source=\"RUS\" target=\"UKR\">\n" +
            "  <data key=\"d1\">-1.0</data>\n" +
            "</edge>\n" +
            "<edge source=\"UKR\" target=\"POL\"/>\n" +
            "</graph></graphml>";

        var network = Read(xml).Network;

        Assert.Equal(
            [new Actor("RUS", attributes: [Attr("label", "Russia")]), new Actor("UKR"), new Actor("POL")],
            network.Actors.ToArray());
        Assert.Equal([new Relation("RUS", "UKR", -1), new Relation("UKR", "POL", 1)], network.Relations.ToArray());
    }

    [Fact]
    public void Read_KeyDefaultWeight_UsedWhenEdgeHasNoWeight()
    {
        const string xml = Header +
            "  <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"><default>-2.5</default></key>\n" +
            "  <graph edgedefault=\"directed\"><node id=\"A\"/><node id=\"B\"/><edge source=\"A\" target=\"B\"/></graph>\n" +
            "</graphml>\n";

        Assert.Equal(new Relation("A", "B", -2.5, isDirected: true), Assert.Single(Read(xml).Network.Relations));
    }

    [Fact]
    public void Read_NetworkxFixture_Loads()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fixtures", "graphml", "networkx-written.graphml");

        var network = GraphMLFormat.Read(path).Network;

        Assert.Equal(9, network.Actors.Length);
        Assert.Equal(15, network.Relations.Length);
        Assert.Equal(ActorKind.Bloc, network["NATO"].Kind);
        Assert.Equal("Türkiye", network["TUR"].Name);
        Assert.Contains(network.Relations, r => r is { Source: "RUS", Target: "USA", IsDirected: true, Kind: RelationKind.Sanction, Weight: -1 });
    }

    [Fact]
    public void Read_NestedGraph_RejectedAsMalformed()
    {
        const string xml = Header +
            "  <graph edgedefault=\"undirected\">\n" +
            "    <node id=\"A\">\n" +
            "      <graph id=\"inner\" edgedefault=\"undirected\"><node id=\"A1\"/></graph>\n" +
            "    </node>\n" +
            "  </graph>\n" +
            "</graphml>\n";

        var e = Assert.Throws<MalformedInputException>(() => Read(xml));

        Assert.Equal(5, e.Location.Line);
        Assert.Contains("g.graphml:5", e.Message, StringComparison.Ordinal);
        Assert.Contains("graph", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Hyperedge_RejectedAsMalformed()
    {
        const string xml = Header +
            "  <graph edgedefault=\"undirected\"><node id=\"A\"/><node id=\"B\"/>\n" +
            "    <hyperedge><endpoint node=\"A\"/><endpoint node=\"B\"/></hyperedge>\n" +
            "  </graph>\n</graphml>\n";

        var e = Assert.Throws<MalformedInputException>(() => Read(xml));

        Assert.Equal(4, e.Location.Line);
    }

    [Fact]
    public void Read_MalformedXml_ReportsLine()
    {
        const string xml = Header + "  <graph edgedefault=\"undirected\">\n    <node id=\"A\">\n  </graph>\n</graphml>\n";

        var e = Assert.Throws<MalformedInputException>(() => Read(xml));

        Assert.NotNull(e.Location.Line);
        Assert.Contains($"{Name}:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadWeight_ThrowsInvalidValueNamingLineAndField()
    {
        const string xml = Header +
            "  <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n" +
            "  <graph edgedefault=\"undirected\"><node id=\"A\"/><node id=\"B\"/>\n" +
            "    <edge source=\"A\" target=\"B\"><data key=\"w\">NaN</data></edge>\n" +
            "  </graph>\n</graphml>\n";

        var e = Assert.Throws<InvalidValueException>(() => Read(xml));

        Assert.Equal(new InputLocation(Name, 5, "weight"), e.Location);
    }

    [Fact]
    public void Read_DuplicateNode_ThrowsDuplicateActorNamingLineAndId()
    {
        const string xml = Header +
            "  <graph edgedefault=\"undirected\">\n" +
            "    <node id=\"A\"/>\n" +
            "    <node id=\"A\"/>\n" +
            "  </graph>\n</graphml>\n";

        var e = Assert.Throws<DuplicateActorException>(() => Read(xml));

        Assert.Equal(new InputLocation(Name, 5, "id"), e.Location);
        Assert.Equal("A", e.ActorId);
        Assert.Contains("g.graphml:5", e.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SelfLoop_RejectedByDefaultDroppedOnRequest()
    {
        const string xml = Header +
            "  <graph edgedefault=\"undirected\"><node id=\"A\"/><node id=\"B\"/>\n" +
            "    <edge source=\"A\" target=\"A\"/>\n" +
            "    <edge source=\"A\" target=\"B\"/>\n" +
            "  </graph>\n</graphml>\n";

        var e = Assert.Throws<SelfLoopException>(() => Read(xml));
        Assert.Equal(4, e.Location.Line);

        var dropped = Read(xml, new NetworkReadOptions { SelfLoops = SelfLoopPolicy.Drop });
        Assert.Single(dropped.Network.Relations);
        Assert.Equal(4, Assert.Single(dropped.Notes).Location.Line);
    }

    [Fact]
    public void Read_EdgeDirectedAttribute_OverridesEdgeDefault()
    {
        const string xml = Header +
            "  <graph edgedefault=\"undirected\"><node id=\"A\"/><node id=\"B\"/>\n" +
            "    <edge source=\"A\" target=\"B\" directed=\"true\"/>\n" +
            "    <edge source=\"B\" target=\"A\"/>\n" +
            "  </graph>\n</graphml>\n";

        Assert.Equal([true, false], Read(xml).Network.Relations.Select(r => r.IsDirected));
    }

    [Fact]
    public void Read_DataWithUndeclaredKey_RejectedNamingLine()
    {
        const string xml = Header +
            "  <graph edgedefault=\"undirected\"><node id=\"A\"/>\n" +
            "    <node id=\"B\"><data key=\"nope\">1</data></node>\n" +
            "  </graph>\n</graphml>\n";

        var e = Assert.Throws<MalformedInputException>(() => Read(xml));

        Assert.Equal(4, e.Location.Line);
        Assert.Contains("nope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongRoot_Rejected()
    {
        Assert.Throws<MalformedInputException>(() => Read("<?xml version=\"1.0\"?>\n<gexf><graph/></gexf>\n"));
    }

    [Fact]
    public void Read_TwoGraphs_Rejected()
    {
        Assert.Throws<MalformedInputException>(() => Read(Header + "<graph edgedefault=\"undirected\"/><graph edgedefault=\"undirected\"/></graphml>"));
    }
}
