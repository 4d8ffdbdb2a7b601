using System.Globalization;
using System.Text;
using RelationsGraph.IO;
using RelationsGraph.Loaders;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Hardening;

/// <summary>
/// Explicit hostile inputs for every reader: empty file, header only, binary garbage, BOM, UTF-16, CRLF, NUL, unbalanced
/// quotes, wrong field counts, a 100 kB id, duplicate header names, extreme weights and ids that look like spreadsheet
/// formulas. Each asserts the outcome documented in docs/formats.md (accepted with a value, or a typed exception naming
/// file, line and field). Where the behaviour is undocumented the test pins what the code does today and says so;
/// where it is a bug the test states the expected outcome and is skipped with the bug's id (see KnownBugs).
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Edges = ReaderHarness.EdgesName;
    private const string Nodes = ReaderHarness.NodesName;
    private const string Gml = "network.graphml";
    private const string JsonName = "network.json";
    private const string IcewsHeader = "Event Date\tSource Country\tTarget Country\tCAMEO Code\tIntensity";
    private const string UngaHeader = "ccode1,ccode2,agree,year";
    private const string AtopHeader = "mem1,mem2,year,atopally,defense,offense,neutral,nonagg,consul";
    private const string CowHeader = "ccode1,ccode2,year,defense,neutrality,nonaggression,entente";
    private const string GmlWeightKey = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/><key id=\"e\" for=\"edge\" attr.name=\"end\"/>";

    private static readonly string LongId = new('x', 100_000);

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"relgraph-hostile-{Guid.NewGuid():N}");

    public HostileInputTests() => Directory.CreateDirectory(folder);

    public static TheoryData<ReaderKind> Loaders => [ReaderKind.Gdelt, ReaderKind.Icews, ReaderKind.Unga, ReaderKind.Atop, ReaderKind.Cow];

    public static TheoryData<ReaderKind> HeaderLoaders => [ReaderKind.Icews, ReaderKind.Unga, ReaderKind.Atop, ReaderKind.Cow];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // ================================================================ CSV edges and nodes

    [Fact]
    public void Csv_EmptyFile_MalformedAtLine1()
    {
        var e = Rejected<MalformedInputException>(() => Csv(string.Empty), Edges, 1, null);
        Assert.Contains("empty file", e.Problem, StringComparison.Ordinal);

        Rejected<MalformedInputException>(() => Csv("source,target\nA,B\n", string.Empty), Nodes, 1, null);
    }

    [Fact]
    public void Csv_HeaderOnly_EmptyNetwork()
    {
        var edgesOnly = Csv("source,target,weight,kind,start,end,directed,ref,note\n");
        var withNodes = Csv("source,target\r\n", "id,name,kind,ccode,group\r\n");

        Assert.Empty(edgesOnly.Network.Actors);
        Assert.Empty(edgesOnly.Network.Relations);
        Assert.Empty(withNodes.Network.Actors);
        Assert.Empty(withNodes.Notes);
    }

    [Fact]
    public void Csv_BinaryGarbage_MalformedAtLine1_ViaPathAndReader()
    {
        var path = WriteFile("garbage.csv", Garbage(7));

        var fromPath = Assert.Throws<MalformedInputException>(() => CsvNetworkReader.Read(path));
        var fromReader = Assert.Throws<MalformedInputException>(() => Csv(Encoding.Latin1.GetString(Garbage(7))));

        foreach (var (e, source) in new[] { (fromPath, path), (fromReader, Edges) })
        {
            Assert.Equal((source, (int?)1), (e.Location.Source, e.Location.Line));
            Assert.StartsWith(e.Location.ToString(), e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Csv_Utf8Bom_Accepted_ViaPathAndAsCharacter()
    {
        var path = WriteFile("bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("source,target,weight\nA,B,2\n")]);

        var fromPath = CsvNetworkReader.Read(path, NodesFile("\uFEFFid\nA\nB\n"));
        var fromReader = Csv("\uFEFFsource,target,weight\nA,B,2\n");

        Assert.Equal(new Relation("A", "B", 2), Assert.Single(fromPath.Network.Relations));
        Assert.Equal(new Relation("A", "B", 2), Assert.Single(fromReader.Network.Relations));
    }

    [Fact]
    public void BomCharacterBeforeQuotedHeader_Accepted()
    {
        var result = Csv("\uFEFF\"source\",\"target\"\nA,B\n");
        var unga = ReaderHarness.Load(ReaderKind.Unga, "\uFEFF\"ccode1\",\"ccode2\",\"agree\",\"year\"\n2,365,1,2000\n", InputEncoding.Direct);

        Assert.Equal(new Relation("A", "B"), Assert.Single(result.Network.Relations));
        Assert.Single(unga.Dyads);
    }

    [Fact]
    public void Csv_Utf16LeWithBom_ViaPath_DecodedByBom_Undocumented()
    {
        // Undocumented (docs: "UTF-8 with or without BOM"): the path overload's StreamReader honours a UTF-16 BOM.
        var path = WriteFile("utf16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("source,target,weight\r\nA,B,2\r\n")]);

        Assert.Equal(new Relation("A", "B", 2), Assert.Single(CsvNetworkReader.Read(path).Network.Relations));

        // Decoded as UTF-8 (what a caller's UTF-8 reader gives), the header is garbage: a typed error at line 1.
        using var utf8 = new StreamReader(new MemoryStream(File.ReadAllBytes(path)), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        Rejected<MalformedInputException>(() => CsvNetworkReader.Read(utf8, Edges), Edges, 1, "source");
    }

    [Fact]
    public void Csv_Crlf_SameResultAndLinesAsLf()
    {
        const string Lf = "source,target,weight,ref\nA,B,1,\"two\nlines\"\nB,C,-1,\n";

        var lf = Csv(Lf);
        var crlf = Csv(Lf.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(lf.Network.Actors.ToArray(), crlf.Network.Actors.ToArray());
        Assert.Equal("two\r\nlines", crlf.Network.Relations[0].Reference); // a quoted field keeps its line break as written
        Assert.Equal(lf.Network.Relations[1], crlf.Network.Relations[1]);
        Rejected<InvalidValueException>(() => Csv("source,target,weight\r\nA,B,1\r\n\r\nB,C,x\r\n"), Edges, 4, "weight");
    }

    [Fact]
    public void Csv_LoneCarriageReturn_EndsALine_Undocumented()
    {
        // Undocumented (docs: "LF or CRLF"): Sep also ends a line at a lone CR, and counts it as a line.
        Assert.Equal(2, Csv("source,target\rA,B\rB,C\r").Network.Relations.Length);
        Rejected<MalformedInputException>(() => Csv("source,target\rA,B\rC\r"), Edges, 3, null);
    }

    [Fact]
    public void Csv_Nul_InsideAnIdRejected_AsALineMalformed()
    {
        // Ids must not hold control characters (they cannot be written as GraphML or shown safely).
        var e = Rejected<InvalidValueException>(() => Csv("source,target\nA\0B,C\n"), Edges, 2, "source");
        Assert.Contains("control character", e.Problem, StringComparison.Ordinal);

        Rejected<MalformedInputException>(() => Csv("source,target\nA,B\n\0\n"), Edges, 3, null);
    }

    [Fact]
    public void Csv_NulInsideAnId_RejectedOnRead_SoNeverWrittenAsGraphML()
    {
        Assert.Throws<InvalidValueException>(() => Csv("source,target\nA\0B,C\n"));
        Assert.Throws<ArgumentException>(() => new RelationsGraph.Model.Actor("A\u0001"));
    }

    [Theory]
    [InlineData("source,target\n\"A,B\nC,D\n", 2, null, "unclosed quote")]
    [InlineData("source,target\nA\"x,B\nC,D\n", 2, null, "unclosed quote")]
    [InlineData("source,target\n\"A\"x,B\n", 2, "source", "not closed (or text follows")]
    [InlineData("source,target\nA,\"a\"b\"c\"\n", 2, "target", "lone quote")]
    [InlineData("source,target\nA,B,C\n", 2, null, "found 3")]
    [InlineData("source,target\nA,B\nC\n", 3, null, "found 1")]
    [InlineData("source,target,weight\nA,B,1,5\n", 2, null, "found 4")]
    public void Csv_BadQuotingOrFieldCount_MalformedNamingLine(string csv, int line, string? field, string says)
    {
        var e = Rejected<MalformedInputException>(() => Csv(csv), Edges, line, field);

        Assert.Contains(says, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_100kBId_Accepted_UnknownOneNamedInFull()
    {
        var result = Csv($"source,target\n{LongId},B\n");
        Assert.Equal(LongId, result.Network.Relations[0].Source);

        // With a nodes file the unknown 100 kB id is rejected; the message carries it whole (100 kB; not shortened).
        var e = Rejected<UnknownActorException>(() => Csv($"source,target\n{LongId},B\n", "id\nB\n"), Edges, 2, "source");
        Assert.Equal(LongId, e.ActorId);
    }

    [Theory]
    [InlineData("source,target,source\nA,B,C\n", "source")]
    [InlineData("source,target,note,note\nA,B,x,y\n", "note")]
    [InlineData("source,target,,\nA,B,x,y\n", "")]
    public void Csv_DuplicateHeaderNames_MalformedAtLine1(string csv, string name)
    {
        var e = Rejected<MalformedInputException>(() => Csv(csv), Edges, 1, name);

        Assert.Contains($"duplicate column name '{name}'", e.Problem, StringComparison.Ordinal);
        Rejected<MalformedInputException>(() => Csv("source,target\nA,B\n", "id,name,id\nA,x,y\n"), Nodes, 1, "id");
    }

    [Theory]
    [InlineData("inf", "is not a number")]
    [InlineData("-inf", "is not a number")]
    [InlineData("Infinity", "is not finite")]
    [InlineData("1e400", "is not finite")]
    [InlineData("-1e400", "is not finite")]
    [InlineData("NaN", "is not finite")]
    [InlineData("\"1,5\"", "use '.' as the decimal point")]
    [InlineData(" 1", "is not a number")]
    [InlineData("", "empty weight")]
    public void Csv_BadWeight_InvalidValueNamingLineAndField(string weight, string says)
    {
        var e = Rejected<InvalidValueException>(() => Csv($"source,target,weight\nA,B,1\nB,C,{weight}\n"), Edges, 3, "weight");

        Assert.Contains(says, e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-0", -0.0)]
    [InlineData("4.9e-324", double.Epsilon)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    [InlineData("1e-400", 0.0)] // undocumented: underflows to +0, a tie of no polarity (the sign of 1e-400 is lost)
    [InlineData("-1e-400", -0.0)]
    public void Csv_ExtremeWeight_AcceptedBitForBit(string weight, double expected)
    {
        var r = Assert.Single(Csv($"source,target,weight\nA,B,{weight}\n").Network.Relations);

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(r.Weight));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+SUM(A1:A9)")]
    [InlineData("@cmd")]
    [InlineData("-2+3")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    public void Csv_FormulaLikeIds_AcceptedVerbatim(string id)
    {
        var quoted = "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        var result = Csv($"source,target\n{quoted},B\n", $"id,name\n{quoted},{quoted}\nB,\n");

        Assert.Equal(id, result.Network.Relations[0].Source);
        Assert.Equal(id, result.Network[id].Name);
    }

    [Fact]
    public void Csv_Dates_EdgeOfRange()
    {
        Assert.Equal(new DateOnly(9999, 12, 1), Assert.Single(Csv("source,target,start\nA,B,9999-12\n").Network.Relations).Period.Start);
        Assert.Equal(new DateOnly(9999, 12, 31), Assert.Single(Csv("source,target,end\nA,B,9999\n").Network.Relations).Period.End);
        Rejected<InvalidValueException>(() => Csv("source,target,start\nA,B,0000\n"), Edges, 2, "start");
        Rejected<InvalidValueException>(() => Csv("source,target,end\nA,B,2022-02-30\n"), Edges, 2, "end");
    }

    [Fact]
    public void Csv_EndMonth9999_12_IsLastDayOfYear9999()
    {
        var r = Assert.Single(Csv("source,target,end\nA,B,9999-12\n").Network.Relations);

        Assert.Equal(new DateOnly(9999, 12, 31), r.Period.End);
    }

    [Fact]
    public void CsvNodes_DuplicateIdAndBadCcode_Typed()
    {
        var dup = Rejected<DuplicateActorException>(() => Csv("source,target\nA,B\n", "id\nA\nB\nA\n"), Nodes, 4, "id");
        Assert.Contains("first declared on line 2", dup.Problem, StringComparison.Ordinal);

        Rejected<InvalidValueException>(() => Csv("source,target\nA,B\n", "id,ccode\nA,2147483648\nB,\n"), Nodes, 2, "ccode");
        Rejected<InvalidValueException>(() => Csv("source,target\nA,B\n", "id,ccode\nA,1e3\nB,\n"), Nodes, 2, "ccode");
        Rejected<InvalidValueException>(() => Csv("source,target\nA,B\n", "id\n A\nB\n"), Nodes, 2, "id");
    }

    // ================================================================ GraphML

    [Fact]
    public void GraphML_EmptyOrDeclarationOnly_Malformed_WithoutALine()
    {
        // Pinned: "Root element is missing" carries no line, so the message names the file only.
        foreach (var xml in new[] { string.Empty, "<?xml version=\"1.0\"?>\n" })
        {
            var e = Assert.Throws<MalformedInputException>(() => GraphML(xml));
            Assert.Equal(new InputLocation(Gml), e.Location);
            Assert.Contains("Root element is missing", e.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GraphML_HeaderOnly_KeysWithoutGraph_Malformed()
    {
        var e = Rejected<MalformedInputException>(() => GraphML("<graphml>\n<key id=\"w\" for=\"edge\" attr.name=\"weight\"/>\n</graphml>"), Gml, 1, null);

        Assert.Contains("exactly one <graph>, found 0", e.Problem, StringComparison.Ordinal);
        Assert.Empty(GraphML("<graphml><graph/></graphml>").Network.Actors);
    }

    [Fact]
    public void GraphML_BinaryGarbage_Malformed()
    {
        var e = Assert.Throws<MalformedInputException>(() => GraphMLBytes(Garbage(11)));

        Assert.Equal(Gml, e.Location.Source);
        Assert.StartsWith(e.Location.ToString(), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xFF, 0x3C })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x67, 0x72, 0x61, 0x70, 0x68, 0x6D, 0x6C, 0x2F, 0x3E })] // UTF-32 LE BOM, then "<graphml/>" in ASCII
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x3C, 0x67, 0x72, 0x61, 0x70, 0x68, 0x6D, 0x6C, 0x2F, 0x3E })] // UTF-32 BE BOM, likewise
    [InlineData(new byte[] { 0x4C, 0x6F, 0xA7, 0x94, 0x93 })]
    public void GraphML_UndecodableFirstBytes_Malformed(byte[] bytes)
    {
        var e = Assert.Throws<MalformedInputException>(() => GraphMLBytes(bytes));

        Assert.Equal(Gml, e.Location.Source);
    }

    [Fact]
    public void GraphML_Utf8BomAndUtf16_Accepted()
    {
        const string Xml = "<graphml><graph><node id=\"A\"/><node id=\"B\"/><edge source=\"A\" target=\"B\"/></graph></graphml>";

        var bom = GraphMLBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Xml)]);
        var utf16 = GraphMLBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?>" + Xml)]);

        Assert.Equal(new Relation("A", "B", 1, isDirected: true), Assert.Single(bom.Network.Relations));
        Assert.Equal(new Relation("A", "B", 1, isDirected: true), Assert.Single(utf16.Network.Relations));
    }

    [Fact]
    public void GraphML_Crlf_SameLines()
    {
        const string Xml = "<graphml>\n<graph>\n<node id=\"A\"/>\n<edge source=\"A\" target=\"Z\"/>\n</graph></graphml>";

        Rejected<UnknownActorException>(() => GraphML(Xml), Gml, 4, "target");
        Rejected<UnknownActorException>(() => GraphML(Xml.Replace("\n", "\r\n", StringComparison.Ordinal)), Gml, 4, "target");
    }

    [Theory]
    [InlineData("<graphml><graph>\n<node id=\"A\0\"/></graph></graphml>", 2)]
    [InlineData("<graphml><graph>\n<node id=\"A&#0;\"/></graph></graphml>", 2)]
    [InlineData("<graphml><graph>\n<node id=\"A/></graph></graphml>", 2)]
    [InlineData("<graphml><graph>\n<node id=\"A\" id=\"B\"/></graph></graphml>", 2)]
    [InlineData("<graphml><graph>\n<node id=\"&xxe;\"/></graph></graphml>", 2)]
    [InlineData("<graphml><graph>\n<node id=\"A\"></graph></graphml>", 2)]
    public void GraphML_NulQuotesDuplicateAttributes_MalformedXmlNamingLine(string xml, int line)
    {
        var e = Rejected<MalformedInputException>(() => GraphML(xml), Gml, line, null);

        Assert.Contains("malformed XML", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphML_MissingOrExtraEdgeAttributes()
    {
        Rejected<InvalidValueException>(() => GraphML("<graphml><graph><node id=\"A\"/>\n<edge source=\"A\"/></graph></graphml>"), Gml, 2, "target");

        // Pinned: unknown XML attributes are ignored (GraphML allows extension attributes).
        var r = GraphML("<graphml><graph><node id=\"A\" color=\"red\"/><node id=\"B\"/><edge source=\"A\" target=\"B\" extra=\"x\"/></graph></graphml>");
        Assert.Single(r.Network.Relations);
    }

    [Fact]
    public void GraphML_100kBId_Accepted()
    {
        var r = GraphML($"<graphml><graph><node id=\"{LongId}\"/><node id=\"B\"/><edge source=\"{LongId}\" target=\"B\"/></graph></graphml>");

        Assert.Equal(LongId, r.Network.Relations[0].Source);
    }

    [Fact]
    public void GraphML_DuplicateKeys_Malformed()
    {
        var dupId = Rejected<MalformedInputException>(() => GraphML("<graphml>\n<key id=\"k\"/>\n<key id=\"k\"/><graph/></graphml>"), Gml, 3, "id");
        Assert.Contains("duplicate key id 'k'", dupId.Problem, StringComparison.Ordinal);

        const string SameName = "<graphml><key id=\"a\" attr.name=\"group\"/><key id=\"b\" attr.name=\"group\"/><graph>\n<node id=\"A\"><data key=\"a\">x</data>\n<data key=\"b\">y</data></node></graph></graphml>";
        var twice = Rejected<MalformedInputException>(() => GraphML(SameName), Gml, 3, "group");
        Assert.Contains("two values for 'group'", twice.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inf", "is not a number")]
    [InlineData("INF", "is not a number")] // XML Schema's xs:double spelling; rejected as documented (±∞ rejected)
    [InlineData("1e400", "is not finite")]
    [InlineData("NaN", "is not finite")]
    [InlineData("1,5", "use '.' as the decimal point")]
    [InlineData(" 1 ", "is not a number")] // pinned: surrounding white space is not collapsed as xs:double would
    public void GraphML_BadWeight_InvalidValueNamingLineAndField(string weight, string says)
    {
        var e = Rejected<InvalidValueException>(() => GraphML(GraphMLEdge($"<data key=\"w\">{weight}</data>")), Gml, 2, "weight");

        Assert.Contains(says, e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-0", -0.0)]
    [InlineData("4.9e-324", double.Epsilon)]
    public void GraphML_ExtremeWeight_AcceptedBitForBit(string weight, double expected)
    {
        var r = Assert.Single(GraphML(GraphMLEdge($"<data key=\"w\">{weight}</data>")).Network.Relations);

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(r.Weight));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+SUM(A1)")]
    [InlineData("@cmd")]
    [InlineData("-2+3")]
    public void GraphML_FormulaLikeIds_AcceptedVerbatim(string id)
    {
        var r = GraphML($"<graphml><graph><node id=\"{id}\"/><node id=\"B\"/><edge source=\"{id}\" target=\"B\"/></graph></graphml>");

        Assert.Equal(id, r.Network.Relations[0].Source);
    }

    [Fact]
    public void GraphML_EndMonth9999_12_IsLastDayOfYear9999()
    {
        var r = Assert.Single(GraphML(GraphMLEdge("<data key=\"e\">9999-12</data>")).Network.Relations);

        Assert.Equal(new DateOnly(9999, 12, 31), r.Period.End);
    }

    // ================================================================ JSON

    [Fact]
    public void Json_EmptyOrHeaderOnly_Malformed()
    {
        var empty = Rejected<MalformedInputException>(() => Json(string.Empty), JsonName, 1, null);
        Assert.Contains("does not contain any JSON tokens", empty.Problem, StringComparison.Ordinal);

        var headerOnly = Rejected<MalformedInputException>(() => Json("{\"format\":\"relationsgraph-network\",\"version\":1}"), JsonName, null, "actors");
        Assert.Contains("missing required property 'actors'", headerOnly.Problem, StringComparison.Ordinal);
        Assert.Empty(Json("{\"format\":\"relationsgraph-network\",\"version\":1,\"actors\":[],\"relations\":[]}").Network.Actors);
    }

    [Fact]
    public void Json_BinaryGarbage_MalformedWithLine()
    {
        var e = Assert.Throws<MalformedInputException>(() => JsonBytes(Garbage(13)));

        Assert.Equal(JsonName, e.Location.Source);
        Assert.NotNull(e.Location.Line);
    }

    [Fact]
    public void Json_Utf8BomAccepted_Utf16Rejected()
    {
        var text = JsonNetwork("{\"source\":\"A\",\"target\":\"B\"}");

        Assert.Single(JsonBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]).Network.Relations);

        // Pinned (JSON is UTF-8 by RFC 8259; the CSV path reader, by contrast, decodes UTF-16 by its BOM).
        Rejected<MalformedInputException>(() => JsonBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]), JsonName, 1, null);
    }

    [Fact]
    public void Json_Crlf_SameResultAndSyntaxErrorLine()
    {
        var lf = "{\n\"format\": \"relationsgraph-network\",\n\"version\": 1,\n\"actors\": [{\"id\": \"A\"}, {\"id\": \"B\"}],\n\"relations\": [{\"source\": \"A\", \"target\": \"B\"}]\n}\n";

        Assert.Equal(Json(lf).Network.Relations.ToArray(), Json(lf.Replace("\n", "\r\n", StringComparison.Ordinal)).Network.Relations.ToArray());
        var broken = lf.Replace("\"version\": 1,", "\"version\": 1,,", StringComparison.Ordinal);
        Rejected<MalformedInputException>(() => Json(broken), JsonName, 3, null);
        Rejected<MalformedInputException>(() => Json(broken.Replace("\n", "\r\n", StringComparison.Ordinal)), JsonName, 3, null);
    }

    [Fact]
    public void Json_Nul_RawMalformed_EscapedRejectedInId()
    {
        Rejected<MalformedInputException>(() => Json(JsonNetwork(string.Empty, "{\"id\":\"A\0\"}")), JsonName, 1, null);

        // An escaped NUL is valid JSON but not a valid id.
        Assert.Throws<InvalidValueException>(() => Json(JsonNetwork(string.Empty, "{\"id\":\"A\\u0000\"}")));
    }

    [Theory]
    [InlineData("{\"format\":\"relationsgraph-network\",\"version\":1,\"actors\":[{\"id\":\"A}],\"relations\":[]}")]
    [InlineData("{\"format\":\"relationsgraph-network\",\"version\":1,\"actors\":[{\"id\":'A'}],\"relations\":[]}")]
    [InlineData("{\"format\":\"relationsgraph-network\",\"version\":1,\"actors\":[],\"relations\":[]} trailing")]
    public void Json_UnbalancedQuotesOrTrailingText_MalformedAtLine1(string json)
    {
        var e = Rejected<MalformedInputException>(() => Json(json), JsonName, 1, null);

        Assert.StartsWith("malformed JSON", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_TooManyOrTooFewFields_MalformedNamingPath()
    {
        Rejected<MalformedInputException>(() => Json(JsonNetwork("{\"source\":\"A\",\"target\":\"B\",\"color\":\"red\"}")), JsonName, null, "relations[0].color");
        Rejected<MalformedInputException>(() => Json(JsonNetwork("{\"source\":\"A\"}")), JsonName, null, "relations[0].target");
    }

    [Fact]
    public void Json_100kBId_Accepted()
    {
        var r = Json(JsonNetwork($"{{\"source\":\"{LongId}\",\"target\":\"B\"}}", $"{{\"id\":\"{LongId}\"}},{{\"id\":\"B\"}}"));

        Assert.Equal(LongId, r.Network.Relations[0].Source);
    }

    [Fact]
    public void Json_DuplicatePropertyNames_Malformed()
    {
        Rejected<MalformedInputException>(() => Json(JsonNetwork(string.Empty, "{\"id\":\"A\",\"id\":\"B\"}")), JsonName, null, "actors[0].id");
        Assert.Throws<MalformedInputException>(() => Json(JsonNetwork("{\"source\":\"A\",\"target\":\"B\",\"weight\":1,\"weight\":-1}")));
    }

    [Fact]
    public void Json_DuplicateAttributeKeyWithTheSameValue_Malformed()
    {
        // A property given twice is rejected even when both values agree: nothing is silently merged.
        Rejected<MalformedInputException>(() => Json(JsonNetwork(string.Empty, "{\"id\":\"A\",\"attributes\":{\"g\":\"1\",\"g\":\"1\"}}")), JsonName, null, "actors[0].attributes.g");
    }

    [Fact]
    public void Json_DuplicateAttributeKeyWithDifferentValues_Malformed()
    {
        Rejected<MalformedInputException>(() => Json(JsonNetwork(string.Empty, "{\"id\":\"A\",\"attributes\":{\"g\":\"1\",\"g\":\"2\"}}")), JsonName, null, "actors[0].attributes.g");
        Assert.Throws<MalformedInputException>(() => Json(JsonNetwork("{\"source\":\"A\",\"target\":\"B\",\"attributes\":{\"x\":\"1\",\"x\":\"2\"}}")));
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("NaN")]
    [InlineData("1,5")]
    [InlineData("-Infinity")]
    public void Json_NonJsonWeight_MalformedAtLine1(string weight)
    {
        Rejected<MalformedInputException>(() => Json(JsonNetwork($"{{\"source\":\"A\",\"target\":\"B\",\"weight\":{weight}}}")), JsonName, 1, null);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("\"1\"")]
    [InlineData("null")]
    public void Json_NonFiniteOrNonNumberWeight_InvalidValueNamingPath(string weight)
    {
        var e = Rejected<InvalidValueException>(() => Json(JsonNetwork($"{{\"source\":\"A\",\"target\":\"B\",\"weight\":{weight}}}")), JsonName, null, "relations[0].weight");

        Assert.Contains("not a finite number", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-0", -0.0)]
    [InlineData("4.9e-324", double.Epsilon)]
    [InlineData("1e-400", 0.0)] // undocumented: underflows to +0
    public void Json_ExtremeWeight_AcceptedBitForBit(string weight, double expected)
    {
        var r = Assert.Single(Json(JsonNetwork($"{{\"source\":\"A\",\"target\":\"B\",\"weight\":{weight}}}")).Network.Relations);

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(r.Weight));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+SUM(A1)")]
    [InlineData("@cmd")]
    [InlineData("-2+3")]
    public void Json_FormulaLikeIds_AcceptedVerbatim(string id)
    {
        var r = Json(JsonNetwork($"{{\"source\":\"{id}\",\"target\":\"B\"}}", $"{{\"id\":\"{id}\"}},{{\"id\":\"B\"}}"));

        Assert.Equal(id, r.Network.Relations[0].Source);
    }

    [Fact]
    public void Json_InvalidUtf8InAString_Malformed()
    {
        var bytes = Encoding.UTF8.GetBytes(JsonNetwork(string.Empty, "{\"id\":\"AX\"}"));
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xE9;

        var e = Assert.Throws<MalformedInputException>(() => JsonBytes(bytes));

        Assert.Equal(JsonName, e.Location.Source);
    }

    [Fact]
    public void Json_LoneSurrogateEscape_Malformed()
    {
        Assert.Throws<MalformedInputException>(() => Json(JsonNetwork(string.Empty, "{\"id\":\"\\ud800\"}")));
    }

    [Fact]
    public void Json_EndMonth9999_12_IsLastDayOfYear9999()
    {
        var r = Assert.Single(Json(JsonNetwork("{\"source\":\"A\",\"target\":\"B\",\"end\":\"9999-12\"}")).Network.Relations);

        Assert.Equal(new DateOnly(9999, 12, 31), r.Period.End);
    }

    // ================================================================ Loaders (GDELT, ICEWS, UNGA, ATOP, COW)

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Loader_EmptyFile_EmptyTableNoError_Undocumented(ReaderKind kind)
    {
        // Pinned and reported: an empty file gives an empty table and no error or issue, even for the formats whose
        // header (and required columns) is missing; the CSV network reader calls an empty file malformed.
        var table = ReaderHarness.Load(kind, string.Empty, InputEncoding.Direct, new LoaderOptions { Strict = true });

        Assert.Empty(table.Dyads);
        Assert.Equal((1, 0L, 0L), (table.Report.Files, table.Report.Rows, table.Report.Malformed));
    }

    [Theory]
    [MemberData(nameof(HeaderLoaders))]
    public void Loader_HeaderOnly_EmptyTable(ReaderKind kind)
    {
        var table = ReaderHarness.Load(kind, HeaderOf(kind) + "\r\n", InputEncoding.Direct, new LoaderOptions { Strict = true });

        Assert.Empty(table.Dyads);
        Assert.Equal(0, table.Report.Rows);
    }

    [Fact]
    public void Gdelt_HeaderLine_IsAMalformedRow()
    {
        // GDELT files have no header (documented); a header line is a row whose SQLDATE is not a date.
        var header = string.Join('\t', Enumerable.Range(0, 61).Select(i => i == 1 ? "SQLDATE" : $"F{i}"));

        var table = ReaderHarness.Load(ReaderKind.Gdelt, header + "\n" + FuzzSeeds.GdeltRow("20220301", "USA", "RUS", "4", "-10") + "\n", InputEncoding.Direct);

        Assert.Equal((2L, 1L, 1L), (table.Report.Rows, table.Report.Used, table.Report.Malformed));
        Assert.Equal(new InputLocation("events.tsv", 1, "SQLDATE"), table.Report.Issues[0].Location);
    }

    [Fact]
    public void Gdelt_BinaryGarbage_MalformedRowsCounted_StrictTyped()
    {
        var text = Encoding.Latin1.GetString(Garbage(17));

        var table = ReaderHarness.Load(ReaderKind.Gdelt, text, InputEncoding.Direct);
        var strict = Assert.Throws<MalformedInputException>(() => ReaderHarness.Load(ReaderKind.Gdelt, text, InputEncoding.Direct, new LoaderOptions { Strict = true }));

        Assert.True(table.Report.Rows > 0);
        Assert.Equal(table.Report.Rows, table.Report.Malformed);
        Assert.Equal(table.Report.Issues[0].Location, strict.Location);
    }

    [Theory]
    [MemberData(nameof(HeaderLoaders))]
    public void Loader_BinaryGarbage_MissingColumnAtLine1(ReaderKind kind)
    {
        var e = Assert.Throws<MalformedInputException>(() => ReaderHarness.Load(kind, Encoding.Latin1.GetString(Garbage(19)), InputEncoding.Direct));

        Assert.Equal((ReaderHarness.SourceName(kind), (int?)1), (e.Location.Source, e.Location.Line));
        Assert.Contains("missing", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Loader_Utf8Bom_Accepted_ViaPathAndAsCharacter(ReaderKind kind)
    {
        var text = ValidFile(kind);

        var fromPath = LoadFile(kind, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        var fromReader = ReaderHarness.Load(kind, "\uFEFF" + text, InputEncoding.Direct);

        Assert.Single(fromPath.Dyads);
        Assert.Single(fromReader.Dyads);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Loader_Utf16LeWithBom_ViaPath_DecodedByBom_Undocumented(ReaderKind kind)
    {
        // Undocumented (docs: UTF-8 with or without BOM): LoaderInput's StreamReader honours a UTF-16 BOM.
        var table = LoadFile(kind, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ValidFile(kind))]);

        Assert.Single(table.Dyads);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Loader_Crlf_SameDyadsAndLinesAsLf(ReaderKind kind)
    {
        var lf = ValidFile(kind) + "bad\n";

        var a = ReaderHarness.Load(kind, lf, InputEncoding.Direct);
        var b = ReaderHarness.Load(kind, lf.Replace("\n", "\r\n", StringComparison.Ordinal), InputEncoding.Direct);

        Assert.Equal(a.Dyads.Select(d => (d.Source, d.Target, d.Period, d.Weight)), b.Dyads.Select(d => (d.Source, d.Target, d.Period, d.Weight)));
        Assert.Equal(a.Report.Issues.Select(i => i.Location), b.Report.Issues.Select(i => i.Location));
        Assert.Equal(kind == ReaderKind.Gdelt ? 2 : 3, b.Report.Issues[0].Location.Line);
    }

    [Fact]
    public void Loaders_NulBytes_UnmappedOrMalformed()
    {
        var gdelt = ReaderHarness.Load(ReaderKind.Gdelt, FuzzSeeds.GdeltRow("20220301", "US\0A", "RUS", "4", "-10") + "\n\0\n", InputEncoding.Direct);
        Assert.Equal((1L, 1L), (gdelt.Report.UnmappedRows, gdelt.Report.Malformed));
        Assert.Equal(1, gdelt.Report.Unmapped["US\0A"]);

        var unga = ReaderHarness.Load(ReaderKind.Unga, UngaHeader + "\n\u00002,365,1,2000\n2,3\u000065,1,2000\n", InputEncoding.Direct);
        Assert.Equal([new InputLocation("agree.csv", 2, "ccode1"), new InputLocation("agree.csv", 3, "ccode2")], unga.Report.Issues.Select(i => i.Location));
    }

    [Fact]
    public void TrailingNul_InANumber_Rejected()
    {
        Rejected<InvalidValueException>(() => Csv("source,target,weight\nA,B,1\0\0\n"), Edges, 2, "weight");
        Rejected<InvalidValueException>(() => Csv("source,target\nA,B\n", "id,ccode\nA,365\0\nB,\n"), Nodes, 2, "ccode");
        var unga = ReaderHarness.Load(ReaderKind.Unga, UngaHeader + "\n2\0,365,1,2000\n", InputEncoding.Direct);
        Assert.Equal(new InputLocation("agree.csv", 2, "ccode1"), Assert.Single(unga.Report.Issues).Location);
    }

    [Fact]
    public void Gdelt_Icews_QuotesAreData_LinesStayPut()
    {
        // Documented: quotes are not parsed in these tab-separated files, so a stray quote cannot join lines.
        var gdelt = ReaderHarness.Load(ReaderKind.Gdelt, FuzzSeeds.GdeltRow("20220301", "USA", "RUS", "4", "-10").Replace("\t042\t", "\t\"042\t", StringComparison.Ordinal) + "\n1\t2\n", InputEncoding.Direct);
        Assert.Equal((1L, 1L), (gdelt.Report.Used, gdelt.Report.Malformed));
        Assert.Equal(2, gdelt.Report.Issues[0].Location.Line);

        var icews = ReaderHarness.Load(ReaderKind.Icews, IcewsHeader + "\n\"2022-02-24\tRussian Federation\tUkraine\t190\t-10\n2022-02-24\tRussian Federation\tUkraine\t190\t-10\n", InputEncoding.Direct);
        Assert.Equal((1L, 1L), (icews.Report.Used, icews.Report.Malformed));
        Assert.Equal(new InputLocation("icews.tsv", 2, "Event Date"), icews.Report.Issues[0].Location);
    }

    [Fact]
    public void CommaLoaders_UnbalancedQuote_JoinsLinesIntoOneMalformedRow_Undocumented()
    {
        // Pinned and reported: UNGA/ATOP/COW parse RFC 4180 quotes leniently: an unclosed quote swallows the following
        // lines into one malformed row (counted once, at its first line) ...
        var unga = ReaderHarness.Load(ReaderKind.Unga, UngaHeader + "\n2,\"365,1,2000\n2,365,1,2001\n2,365,1,2002\n", InputEncoding.Direct);
        Assert.Equal((1L, 0L, 1L), (unga.Report.Rows, unga.Report.Used, unga.Report.Malformed));
        Assert.Equal(new InputLocation("agree.csv", 2), unga.Report.Issues[0].Location);

        // ... and text after a closing quote is glued on ("36"5 reads as 365), where the CSV network reader rejects it.
        var glued = ReaderHarness.Load(ReaderKind.Unga, UngaHeader + "\n2,\"36\"5,1,2000\n", InputEncoding.Direct);
        Assert.Equal("RUS", Assert.Single(glued.Dyads).Source);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Loader_TooManyOrTooFewFields_MalformedNamingLine(ReaderKind kind)
    {
        var header = kind == ReaderKind.Gdelt ? 0 : 1;
        var sep = kind is ReaderKind.Gdelt or ReaderKind.Icews ? "\t" : ",";
        var row = ValidFile(kind).Split('\n')[header];

        var table = ReaderHarness.Load(kind, ValidFile(kind) + row + sep + "extra\n" + row[..row.LastIndexOf(sep, StringComparison.Ordinal)] + "\n", InputEncoding.Direct);

        Assert.Equal(2, table.Report.Malformed);
        Assert.Equal([header + 2, header + 3], table.Report.Issues.Select(i => i.Location.Line ?? 0));
        Assert.All(table.Report.Issues, i => Assert.Null(i.Location.Field));
        Assert.Contains("found", table.Report.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loaders_100kBCode_UnmappedOrMalformed()
    {
        var gdelt = ReaderHarness.Load(ReaderKind.Gdelt, FuzzSeeds.GdeltRow("20220301", LongId, "RUS", "4", "-10") + "\n", InputEncoding.Direct);
        Assert.Equal(1, gdelt.Report.Unmapped[LongId]);

        var icews = ReaderHarness.Load(ReaderKind.Icews, IcewsHeader + $"\n2022-02-24\t{LongId}\tUkraine\t190\t-10\n", InputEncoding.Direct);
        Assert.Equal(1, icews.Report.Unmapped[LongId]);

        // The UNGA and alliance issues quote the whole field (100 kB), where the event loaders shorten it to 40 characters.
        var digits = new string('7', 100_000);
        var unga = ReaderHarness.Load(ReaderKind.Unga, UngaHeader + $"\n{digits},365,1,2000\n", InputEncoding.Direct);
        Assert.Equal(new InputLocation("agree.csv", 2, "ccode1"), Assert.Single(unga.Report.Issues).Location);
        Assert.True(unga.Report.Issues[0].Message.Length > 100_000);
    }

    [Theory]
    [InlineData(ReaderKind.Icews, "Event Date\tSource Country\tTarget Country\tCAMEO Code\tIntensity\tIntensity\n2022-02-24\tRussian Federation\tUkraine\t190\t-10\t10\n", -1.0)]
    [InlineData(ReaderKind.Unga, "ccode1,ccode2,agree,agree,year\n2,365,1,0,2000\n", 1.0)]
    [InlineData(ReaderKind.Atop, "mem1,mem2,year,atopally,defense,offense,neutral,nonagg,consul,defense\n2,740,2010,1,0,0,0,0,1,1\n", 0.4)]
    public void Loader_DuplicateHeaderNames_FirstColumnUsed_Undocumented(ReaderKind kind, string text, double weight)
    {
        // Pinned and reported: the loaders take the first of two same-named columns silently; the CSV network reader rejects them.
        var d = Assert.Single(ReaderHarness.Load(kind, text, InputEncoding.Direct, new LoaderOptions { Strict = true }).Dyads);

        Assert.Equal(weight, d.Weight, 12);
    }

    [Theory]
    [InlineData(ReaderKind.Gdelt, "inf")]
    [InlineData(ReaderKind.Gdelt, "1e400")]
    [InlineData(ReaderKind.Gdelt, "NaN")]
    [InlineData(ReaderKind.Gdelt, "1,5")]
    [InlineData(ReaderKind.Gdelt, "10.0001")]
    [InlineData(ReaderKind.Icews, "inf")]
    [InlineData(ReaderKind.Icews, "1e400")]
    [InlineData(ReaderKind.Icews, "NaN")]
    [InlineData(ReaderKind.Icews, "1,5")]
    [InlineData(ReaderKind.Unga, "inf")]
    [InlineData(ReaderKind.Unga, "1e400")]
    [InlineData(ReaderKind.Unga, "\"1,5\"")]
    [InlineData(ReaderKind.Unga, "-0.5")]
    [InlineData(ReaderKind.Atop, "inf")]
    [InlineData(ReaderKind.Atop, "1e400")]
    [InlineData(ReaderKind.Atop, "NaN")]
    [InlineData(ReaderKind.Atop, "-0")]
    [InlineData(ReaderKind.Atop, "4.9e-324")]
    [InlineData(ReaderKind.Atop, "\"1,5\"")]
    [InlineData(ReaderKind.Cow, "NaN")]
    [InlineData(ReaderKind.Cow, "-0")]
    public void Loader_BadScore_MalformedRowNamingLineAndField(ReaderKind kind, string score)
    {
        var (text, line, field) = WithScore(kind, score);

        var table = ReaderHarness.Load(kind, text, InputEncoding.Direct);
        var strict = Assert.Throws<MalformedInputException>(() => ReaderHarness.Load(kind, text, InputEncoding.Direct, new LoaderOptions { Strict = true }));

        var expected = new InputLocation(ReaderHarness.SourceName(kind), line, field);
        Assert.Equal(expected, Assert.Single(table.Report.Issues).Location);
        Assert.Equal(expected, strict.Location);
        Assert.Empty(table.Dyads);
    }

    [Theory]
    [InlineData(ReaderKind.Gdelt, "-0", 0.0)] // the mean starts from +0, so -0 comes out as +0
    [InlineData(ReaderKind.Gdelt, "4.9e-324", 0.0)] // score ÷ 10 underflows to 0
    [InlineData(ReaderKind.Icews, "-0", 0.0)]
    [InlineData(ReaderKind.Unga, "-0", -1.0)]
    [InlineData(ReaderKind.Unga, "4.9e-324", -1.0)]
    public void Loader_ExtremeScore_Accepted(ReaderKind kind, string score, double weight)
    {
        var (text, _, _) = WithScore(kind, score);

        var d = Assert.Single(ReaderHarness.Load(kind, text, InputEncoding.Direct).Dyads);

        Assert.Equal(BitConverter.DoubleToInt64Bits(weight), BitConverter.DoubleToInt64Bits(d.Weight));
    }

    [Fact]
    public void Unga_NaNAgreement_MalformedRow()
    {
        var (text, line, field) = WithScore(ReaderKind.Unga, "NaN");

        var table = ReaderHarness.Load(ReaderKind.Unga, text, InputEncoding.Direct);

        Assert.Equal(new InputLocation("agree.csv", line, field), Assert.Single(table.Report.Issues).Location);
        Assert.Empty(table.Dyads);
    }

    [Theory]
    [InlineData(ReaderKind.Gdelt, "=USA")]
    [InlineData(ReaderKind.Gdelt, "+USA")]
    [InlineData(ReaderKind.Gdelt, "@USA")]
    [InlineData(ReaderKind.Gdelt, "-USA")]
    [InlineData(ReaderKind.Icews, "=Ukraine")]
    [InlineData(ReaderKind.Icews, "@Ukraine")]
    public void EventLoaders_FormulaLikeCodes_Unmapped(ReaderKind kind, string code)
    {
        var text = kind == ReaderKind.Gdelt
            ? FuzzSeeds.GdeltRow("20220301", code, "RUS", "4", "-10") + "\n"
            : IcewsHeader + $"\n2022-02-24\tRussian Federation\t{code}\t190\t-10\n";

        var table = ReaderHarness.Load(kind, text, InputEncoding.Direct);

        Assert.Equal(1, table.Report.Unmapped[code]);
    }

    [Theory]
    [InlineData(ReaderKind.Unga, "=2", "ccode1")]
    [InlineData(ReaderKind.Unga, "+2", "ccode1")]
    [InlineData(ReaderKind.Unga, "@2", "ccode1")]
    [InlineData(ReaderKind.Unga, "-2", "ccode1")]
    [InlineData(ReaderKind.Atop, "-2", "mem1")]
    [InlineData(ReaderKind.Cow, "+2", "ccode1")]
    public void CodeLoaders_FormulaLikeCodes_MalformedRow(ReaderKind kind, string code, string field)
    {
        var text = ValidFile(kind);
        var lines = text.Split('\n');
        var cells = lines[1].Split(',');
        cells[0] = code;
        lines[1] = string.Join(',', cells);

        var table = ReaderHarness.Load(kind, string.Join('\n', lines), InputEncoding.Direct);

        Assert.Equal(new InputLocation(ReaderHarness.SourceName(kind), 2, field), Assert.Single(table.Report.Issues).Location);
    }

    [Theory]
    [InlineData(ReaderKind.Gdelt)]
    [InlineData(ReaderKind.Icews)]
    public void EventLoaders_MonthPeriod9999_12_UsableAsNetwork(ReaderKind kind)
    {
        var text = kind == ReaderKind.Gdelt
            ? FuzzSeeds.GdeltRow("99991231", "USA", "RUS", "4", "-10") + "\n"
            : IcewsHeader + "\n9999-12-31\tRussian Federation\tUkraine\t190\t-10\n";
        var table = ReaderHarness.Load(kind, text, InputEncoding.Direct, new LoaderOptions { Period = PeriodKind.Month });

        var r = Assert.Single(table.ToNetwork().Relations);

        Assert.Equal(new ValidityPeriod(new DateOnly(9999, 12, 1), new DateOnly(9999, 12, 31)), r.Period);
    }

    [Fact]
    public void EventLoaders_Year9999_UsableAsNetwork()
    {
        var table = ReaderHarness.Load(ReaderKind.Gdelt, FuzzSeeds.GdeltRow("99991231", "USA", "RUS", "4", "-10") + "\n", InputEncoding.Direct);

        Assert.Equal(new DateOnly(9999, 12, 31), Assert.Single(table.ToNetwork().Relations).Period.End);
    }

    [Theory]
    [InlineData("8055")]
    [InlineData("2147483647")]
    public void Unga_SessionBeyondYear9999_MalformedRow(string session)
    {
        var table = ReaderHarness.Load(ReaderKind.Unga, $"ccode1,ccode2,agree,session\n2,365,1,{session}\n", InputEncoding.Direct);

        Assert.Equal(new InputLocation("agree.csv", 2, "session"), Assert.Single(table.Report.Issues).Location);
    }

    // ================================================================ helpers

    private static NetworkReadResult Csv(string edges, string? nodes = null, NetworkReadOptions? options = null)
    {
        using var e = new StringReader(edges);
        using var n = nodes is null ? null : new StringReader(nodes);
        return CsvNetworkReader.Read(e, Edges, n, nodes is null ? null : Nodes, options);
    }

    private static NetworkReadResult GraphML(string xml) => GraphMLBytes(Encoding.UTF8.GetBytes(xml));

    private static NetworkReadResult GraphMLBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return GraphMLFormat.Read(stream, Gml);
    }

    private static string GraphMLEdge(string data) =>
        GmlWeightKey + "<graph><node id=\"A\"/><node id=\"B\"/>\n<edge source=\"A\" target=\"B\">" + data + "</edge></graph></graphml>";

    private static NetworkReadResult Json(string json) => JsonBytes(Encoding.UTF8.GetBytes(json));

    private static NetworkReadResult JsonBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return JsonNetworkFormat.Read(stream, JsonName);
    }

    /// <summary>A JSON network with actors A and B (or <paramref name="actors"/>) and the given relations.</summary>
    private static string JsonNetwork(string relations, string actors = "{\"id\":\"A\"},{\"id\":\"B\"}") =>
        $"{{\"format\":\"relationsgraph-network\",\"version\":1,\"actors\":[{actors}],\"relations\":[{relations}]}}";

    /// <summary>Deterministic random bytes.</summary>
    private static byte[] Garbage(int seed)
    {
        var bytes = new byte[4096];
#pragma warning disable CA5394 // test data, not security
        new Random(seed).NextBytes(bytes);
#pragma warning restore CA5394
        return bytes;
    }

    private static string HeaderOf(ReaderKind kind) => kind switch
    {
        ReaderKind.Icews => IcewsHeader,
        ReaderKind.Unga => UngaHeader,
        ReaderKind.Atop => AtopHeader,
        _ => CowHeader,
    };

    /// <summary>A file of <paramref name="kind"/> with one valid row giving one dyad, ending with a line break.</summary>
    private static string ValidFile(ReaderKind kind) => kind switch
    {
        ReaderKind.Gdelt => FuzzSeeds.GdeltRow("20220301", "USA", "RUS", "4", "-10") + "\n",
        ReaderKind.Icews => IcewsHeader + "\n2022-02-24\tRussian Federation\tUkraine\t190\t-10\n",
        ReaderKind.Unga => UngaHeader + "\n2,365,0.25,2022\n",
        ReaderKind.Atop => AtopHeader + "\n2,740,2010,1,1,0,0,0,1\n",
        _ => CowHeader + "\n225,305,1995,0,0,0,1\n",
    };

    /// <summary>A one-row file whose score (Goldstein, Intensity, agree, the defence flag) is <paramref name="score"/>; its line and field.</summary>
    private static (string Text, int Line, string Field) WithScore(ReaderKind kind, string score) => kind switch
    {
        ReaderKind.Gdelt => (FuzzSeeds.GdeltRow("20220301", "USA", "RUS", "4", score) + "\n", 1, "GoldsteinScale"),
        ReaderKind.Icews => (IcewsHeader + $"\n2022-02-24\tRussian Federation\tUkraine\t190\t{score}\n", 2, "Intensity"),
        ReaderKind.Unga => (UngaHeader + $"\n2,365,{score},2022\n", 2, "agree"),
        ReaderKind.Atop => (AtopHeader + $"\n2,740,2010,1,{score},0,0,0,0\n", 2, "defense"),
        _ => (CowHeader + $"\n225,305,1995,{score},0,0,0\n", 2, "defense"),
    };

    /// <summary>Asserts the exact exception type, its location, and that the message starts with that location.</summary>
    private static T Rejected<T>(Func<object> read, string source, int? line, string? field)
        where T : InvalidInputException
    {
        var e = Assert.Throws<T>(read);
        Assert.Equal(new InputLocation(source, line, field), e.Location);
        Assert.StartsWith(e.Location.ToString(), e.Message, StringComparison.Ordinal);
        Assert.Contains(source, e.Message, StringComparison.Ordinal);
        if (line is { } l)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{source}:{l}"), e.Message, StringComparison.Ordinal);
        }

        if (field is not null)
        {
            Assert.Contains($"field '{field}'", e.Message, StringComparison.Ordinal);
        }

        return e;
    }

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string NodesFile(string text) => WriteFile("nodes.csv", Encoding.UTF8.GetBytes(text));

    /// <summary>Loads through the path overloads (LoaderInput: UTF-8, BOM detection), as the CLI does.</summary>
    private DyadTable LoadFile(ReaderKind kind, byte[] bytes)
    {
        var path = WriteFile(ReaderHarness.SourceName(kind), bytes);
        return kind switch
        {
            ReaderKind.Gdelt => EventLoader.Load([path], EventFormat.Gdelt),
            ReaderKind.Icews => EventLoader.Load([path], EventFormat.Icews),
            ReaderKind.Unga => UngaLoader.Load([path]),
            ReaderKind.Atop => AllianceLoader.Load([path], AllianceFormat.Atop),
            _ => AllianceLoader.Load([path], AllianceFormat.Cow),
        };
    }
}
