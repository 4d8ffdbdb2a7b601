using System.Globalization;
using System.Text;
using RelationsGraph.Graphs;
using RelationsGraph.IO;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.IO;

public class CsvNetworkReaderTests
{
    private const string EdgesName = "edges.csv";
    private const string NodesName = "nodes.csv";

    private static NetworkReadResult Read(string edges, string? nodes = null, NetworkReadOptions? options = null)
    {
        using var e = new StringReader(edges);
        using var n = nodes is null ? null : new StringReader(nodes);
        return CsvNetworkReader.Read(e, EdgesName, n, nodes is null ? null : NodesName, options);
    }

    /// <summary>Asserts the exact exception type, its location, and that the message names file, line and field.</summary>
    private static T Rejects<T>(string edges, string file, int line, string? field, string? nodes = null, NetworkReadOptions? options = null)
        where T : InvalidInputException
    {
        var e = Assert.Throws<T>(() => Read(edges, nodes, options));
        Assert.Equal(new InputLocation(file, line, field), e.Location);
        Assert.Contains(file, e.Message, StringComparison.Ordinal);
        Assert.Contains($"{file}:{line.ToString(CultureInfo.InvariantCulture)}", e.Message, StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.Contains($"field '{field}'", e.Message, StringComparison.Ordinal);
        }

        Assert.StartsWith(e.Location.ToString(), e.Message, StringComparison.Ordinal);
        return e;
    }

    private static KeyValuePair<string, string> Attr(string key, string value) => new(key, value);

    // ---------------------------------------------------------------- happy paths

    [Fact]
    public void Read_AllOptionalColumns_ParsesEveryField()
    {
        const string csv =
            "source,target,weight,kind,start,end,directed,ref,note,db\n" +
            "RUS,UKR,-1,War,2022-02-24,,true,\"Invasion, 2022\",heavy,x\n" +
            "USA,UKR,0.5,PARTNERSHIP,2022,2023-06,no,,,y\n" +
            "POL,UKR,2.5e-1,sanction,,2021,0,r3,,\n";

        var result = Read(csv);

        Relation[] expected =
        [
            new("RUS", "UKR", -1, RelationKind.War, isDirected: true, new ValidityPeriod(new DateOnly(2022, 2, 24), null), "Invasion, 2022", [Attr("note", "heavy"), Attr("db", "x")]),
            new("USA", "UKR", 0.5, RelationKind.Partnership, isDirected: false, new ValidityPeriod(new DateOnly(2022, 1, 1), new DateOnly(2023, 6, 30)), null, [Attr("db", "y")]),
            new("POL", "UKR", 0.25, RelationKind.Sanction, isDirected: false, new ValidityPeriod(null, new DateOnly(2021, 12, 31)), "r3"),
        ];
        Assert.Equal(expected, result.Network.Relations.ToArray());
        Assert.Equal(["RUS", "UKR", "USA", "POL"], result.Network.Actors.Select(a => a.Id));
        Assert.All(result.Network.Actors, a => Assert.Equal(ActorKind.Other, a.Kind));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Read_OnlyRequiredColumns_DefaultsWeightOneKindOtherUndirectedAlways()
    {
        var result = Read("source,target\nA,B\n");

        var r = Assert.Single(result.Network.Relations);
        Assert.Equal(new Relation("A", "B"), r);
        Assert.Equal(1.0, r.Weight);
        Assert.Equal(RelationKind.Other, r.Kind);
        Assert.False(r.IsDirected);
        Assert.True(r.Period.IsAlways);
        Assert.Null(r.Reference);
        Assert.Empty(r.Attributes);
    }

    [Theory]
    [InlineData("war", RelationKind.War)]
    [InlineData("WAR", RelationKind.War)]
    [InlineData("wAr", RelationKind.War)]
    [InlineData("Membership", RelationKind.Membership)]
    [InlineData("", RelationKind.Other)]
    public void Read_KindAnyCase_ParsesKind(string kind, RelationKind expected)
    {
        var result = Read($"source,target,kind\nA,B,{kind}\n");

        Assert.Equal(expected, Assert.Single(result.Network.Relations).Kind);
    }

    [Theory]
    [InlineData("2024-02-10", "2024-03-05", "2024-02-10", "2024-03-05")]
    [InlineData("2024-02", "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2020-12", "2021-04", "2020-12-01", "2021-04-30")]
    [InlineData("1999", "1999", "1999-01-01", "1999-12-31")]
    [InlineData("1999", "2001-06-15", "1999-01-01", "2001-06-15")]
    public void Read_DatesOfEachPrecision_StartIsFirstDayEndIsLastDay(string start, string end, string expectedStart, string expectedEnd)
    {
        var result = Read($"source,target,start,end\nA,B,{start},{end}\n");

        var period = Assert.Single(result.Network.Relations).Period;
        Assert.Equal(DateOnly.ParseExact(expectedStart, "yyyy-MM-dd", CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.ParseExact(expectedEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture), period.End);
    }

    [Theory]
    [InlineData("true", false, true)]
    [InlineData("TRUE", false, true)]
    [InlineData("1", false, true)]
    [InlineData("yes", false, true)]
    [InlineData("Yes", false, true)]
    [InlineData("false", true, false)]
    [InlineData("False", true, false)]
    [InlineData("0", true, false)]
    [InlineData("no", true, false)]
    [InlineData("NO", true, false)]
    [InlineData("", false, false)]
    [InlineData("", true, true)]
    public void Read_DirectedValues_ParsedOrDefaulted(string cell, bool directedByDefault, bool expected)
    {
        var result = Read($"source,target,directed\nA,B,{cell}\n", options: new NetworkReadOptions { DirectedByDefault = directedByDefault });

        Assert.Equal(expected, Assert.Single(result.Network.Relations).IsDirected);
    }

    [Fact]
    public void Read_NoDirectedColumn_UsesDirectedByDefault()
    {
        var result = Read("source,target\nA,B\n", options: new NetworkReadOptions { DirectedByDefault = true });

        Assert.True(Assert.Single(result.Network.Relations).IsDirected);
    }

    [Fact]
    public void Read_ExtraColumns_BecomeAttributesAndEmptyCellsAreLeftOut()
    {
        var result = Read("source,target,group,comment\nA,B,east,\nB,C,,hello\nC,D,,\n");

        var rel = result.Network.Relations;
        Assert.Equal([Attr("group", "east")], rel[0].Attributes.ToArray());
        Assert.Equal([Attr("comment", "hello")], rel[1].Attributes.ToArray());
        Assert.Empty(rel[2].Attributes);
    }

    [Fact]
    public void Read_EmptyRefCell_NoReference()
    {
        var result = Read("source,target,ref\nA,B,\nB,C,cite\n");

        Assert.Null(result.Network.Relations[0].Reference);
        Assert.Equal("cite", result.Network.Relations[1].Reference);
    }

    [Fact]
    public void Read_NodesFile_DeclaresActorsWithNameKindCcodeAttributesAndIsolatedNodes()
    {
        const string nodes =
            "id,name,kind,ccode,group\n" +
            "RUS,Russia,state,365,east\n" +
            "NATO,,Bloc,,west\n" +
            "ISL,Iceland,STATE,395,\n" +
            "UN,United Nations,organization,,\n";
        const string edges = "source,target,weight\nRUS,NATO,-1\n";

        var result = Read(edges, nodes);

        Actor[] expected =
        [
            new("RUS", ActorKind.State, "Russia", 365, [Attr("group", "east")]),
            new("NATO", ActorKind.Bloc, null, null, [Attr("group", "west")]),
            new("ISL", ActorKind.State, "Iceland", 395),
            new("UN", ActorKind.Organization, "United Nations"),
        ];
        Assert.Equal(expected, result.Network.Actors.ToArray());
        Assert.Equal("NATO", result.Network["NATO"].Name);
        Assert.Single(result.Network.Relations);
        Assert.Equal(0, result.Network.ToSignedGraph().OutDegree(result.Network.ToSignedGraph().IndexOf("ISL")));
    }

    [Fact]
    public void Read_NodesFileOnlyIdColumn_KindOtherNameIsId()
    {
        var result = Read("source,target\nA,B\n", "id\nA\nB\nC\n");

        Assert.Equal([new Actor("A"), new Actor("B"), new Actor("C")], result.Network.Actors.ToArray());
    }

    [Fact]
    public void Read_Utf8BomFile_HeaderRecognised()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relgraph-bom-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("source,target,weight\nA,B,2\n")]);

            var result = CsvNetworkReader.Read(path);

            Assert.Equal(new Relation("A", "B", 2), Assert.Single(result.Network.Relations));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_BomCharacterInTextReader_HeaderRecognised()
    {
        var result = Read("\uFEFFsource,target\nA,B\n");

        Assert.Equal(new Relation("A", "B"), Assert.Single(result.Network.Relations));
    }

    [Fact]
    public void Read_CrLfLineEnds_ValuesHaveNoCarriageReturn()
    {
        var result = Read("source,target,weight,note\r\nA,B,1,x\r\nB,C,-2,y\r\n");

        Relation[] expected = [new("A", "B", 1, attributes: [Attr("note", "x")]), new("B", "C", -2, attributes: [Attr("note", "y")])];
        Assert.Equal(expected, result.Network.Relations.ToArray());
    }

    [Fact]
    public void Read_CrLfLineEnds_ErrorNamesPhysicalLine()
    {
        Rejects<InvalidValueException>("source,target,weight\r\nA,B,1\r\n\r\nB,C,x\r\n", EdgesName, 4, "weight");
    }

    [Fact]
    public void Read_QuotedFields_CommasDoubledQuotesAndNewlinesUnescaped()
    {
        const string csv =
            "source,target,ref,note\n" +
            "\"Bosnia, and Herzegovina\",\"the \"\"West\"\"\",\"line one\nline two\",\"\"\n";

        var result = Read(csv);

        var r = Assert.Single(result.Network.Relations);
        Assert.Equal("Bosnia, and Herzegovina", r.Source);
        Assert.Equal("the \"West\"", r.Target);
        Assert.Equal("line one\nline two", r.Reference);
        Assert.Empty(r.Attributes);
    }

    [Fact]
    public void Read_QuotedCrLfInsideField_Preserved()
    {
        var result = Read("source,target,ref\r\nA,B,\"one\r\ntwo\"\r\n");

        Assert.Equal("one\r\ntwo", Assert.Single(result.Network.Relations).Reference);
    }

    [Fact]
    public void Read_QuotedHeaderNames_Recognised()
    {
        var result = Read("\"source\",\"target\",\"weight\"\nA,B,3\n");

        Assert.Equal(new Relation("A", "B", 3), Assert.Single(result.Network.Relations));
    }

    [Fact]
    public void Read_BlankLines_Skipped()
    {
        var result = Read("source,target\n\nA,B\n\n\nB,C\n\n");

        Assert.Equal([new Relation("A", "B"), new Relation("B", "C")], result.Network.Relations.ToArray());
    }

    [Fact]
    public void Read_BlankLines_CountedInLineNumbers()
    {
        Rejects<InvalidValueException>("source,target,weight\n\nA,B,1\n\nB,C,oops\n", EdgesName, 5, "weight");
    }

    [Fact]
    public void Read_MultiLineQuotedField_LaterLinesCountPhysicalLines()
    {
        // header = line 1; the quoted ref spans lines 2-4 (with an empty line inside); the bad row is line 5.
        const string csv = "source,target,weight,ref\nA,B,1,\"one\n\nthree\"\nB,C,NaN,\n";

        Rejects<InvalidValueException>(csv, EdgesName, 5, "weight");
    }

    [Fact]
    public void Read_MultiLineQuotedFieldWithCrLf_CountsEachCrLfAsOneLine()
    {
        const string csv = "source,target,weight,ref\r\nA,B,1,\"one\r\ntwo\"\r\nB,C,NaN,\r\n";

        Rejects<InvalidValueException>(csv, EdgesName, 4, "weight");
    }

    [Fact]
    public void Read_MultiLineQuotedField_EmptyLineInsideIsKept()
    {
        var result = Read("source,target,ref\nA,B,\"one\n\nthree\"\n");

        Assert.Equal("one\n\nthree", Assert.Single(result.Network.Relations).Reference);
    }

    [Fact]
    public void Read_ErrorOnRowAfterMultiLineField_NamesStartLineOfThatRow()
    {
        const string csv = "source,target,weight,ref\nA,B,1,\"x\ny\"\n\"multi\nline\",C,abc,\n";

        // the row starting on line 4 spans lines 4-5
        Rejects<InvalidValueException>(csv, EdgesName, 4, "weight");
    }

    [Fact]
    public void Read_HeaderOnly_ValidAndEmpty()
    {
        var result = Read("source,target,weight\n");

        Assert.Empty(result.Network.Relations);
        Assert.Empty(result.Network.Actors);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Read_HeaderOnlyWithNodes_IsolatedActorsOnly()
    {
        var result = Read("source,target\n", "id\nA\nB\n");

        Assert.Equal(["A", "B"], result.Network.Actors.Select(a => a.Id));
        Assert.Empty(result.Network.Relations);
    }

    [Fact]
    public void Read_ZeroAndNegativeAndExponentWeights_Parsed()
    {
        var result = Read("source,target,weight\nA,B,0\nB,C,-0.25\nC,D,+3\nD,E,1E-3\nE,F,-2.5e+2\n");

        Assert.Equal([0.0, -0.25, 3, 0.001, -250], result.Network.Relations.Select(r => r.Weight));
    }

    [Fact]
    public void Read_IdsAreCaseSensitive()
    {
        var result = Read("source,target\nrus,RUS\n");

        Assert.Equal(["rus", "RUS"], result.Network.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Read_FromPath_NamesFileInErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relgraph-path-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "source,target,weight\nA,B,NaN\n");

            var e = Assert.Throws<InvalidValueException>(() => CsvNetworkReader.Read(path));

            Assert.Equal(new InputLocation(path, 2, "weight"), e.Location);
            Assert.Contains($"{path}:2: field 'weight'", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relgraph-missing-{Guid.NewGuid():N}.csv");

        Assert.Throws<FileNotFoundException>(() => CsvNetworkReader.Read(path));
    }

    // ---------------------------------------------------------------- duplicates and self-loops

    [Theory]
    [InlineData("A,B,1\nA,B,2")]
    [InlineData("A,B,1\nB,A,2")]
    public void Read_DuplicateUndirectedEdge_KeptTwiceAndNotedWithBothLines(string rows)
    {
        var result = Read($"source,target,weight\n{rows}\n");

        Assert.Equal(2, result.Network.Relations.Length);
        var note = Assert.Single(result.Notes);
        Assert.Equal(new InputLocation(EdgesName, 3), note.Location);
        Assert.Contains("line 2", note.Message, StringComparison.Ordinal);
        Assert.StartsWith("edges.csv:3:", note.ToString(), StringComparison.Ordinal);
        Assert.Contains("duplicate", note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source,target,weight,kind,case\nA,B,-0.8,sanction,1000\nA,B,-0.75,sanction,1018\n")]
    [InlineData("source,target,weight,ref\nA,B,1,atop\nA,B,1,cow\n")]
    public void Read_ParallelRecordsThatDifferInAttributesOrRef_KeptWithoutNote_ProjectionCountsTheMerge(string csv)
    {
        var result = Read(csv);

        Assert.Equal(2, result.Network.Relations.Length);
        Assert.Empty(result.Notes);
        Assert.Equal(1, GraphProjection.Project(result.Network).Report.ParallelMerged);
    }

    [Fact]
    public void Read_RepeatOfTheSecondOfTwoParallelRecords_NotedWithThatLine()
    {
        var result = Read("source,target,weight,kind,case\nA,B,-0.8,sanction,1000\nA,B,-0.75,sanction,1018\nB,A,-0.75,sanction,1018\n");

        Assert.Equal(3, result.Network.Relations.Length);
        var note = Assert.Single(result.Notes);
        Assert.Equal(new InputLocation(EdgesName, 4), note.Location);
        Assert.Contains("duplicate of line 3", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateEdge_ProjectionSumsAndCountsOneMerge()
    {
        var result = Read("source,target,weight\nA,B,1\nB,A,2\n");

        var projection = GraphProjection.Project(result.Network);

        Assert.Equal(1, projection.Report.ParallelMerged);
        Assert.Equal(1, projection.Graph.EdgeCount);
        Assert.True(projection.Graph.TryGetWeight(projection.Graph.IndexOf("A"), projection.Graph.IndexOf("B"), out var w));
        Assert.Equal(3.0, w);
    }

    [Fact]
    public void Read_DuplicateEdgeThreeTimes_EachRepeatNamesFirstLine()
    {
        var result = Read("source,target\nA,B\n\nA,B\nB,A\n");

        Assert.Equal(3, result.Network.Relations.Length);
        Assert.Equal([4, 5], result.Notes.Select(n => n.Location.Line ?? 0));
        Assert.All(result.Notes, n => Assert.Contains("line 2", n.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("source,target,directed\nA,B,true\nB,A,true\n")]
    [InlineData("source,target,kind\nA,B,trade\nA,B,alliance\n")]
    [InlineData("source,target,start\nA,B,2020\nA,B,2021\n")]
    [InlineData("source,target,end\nA,B,2020\nA,B,2020-06\n")]
    public void Read_SameEndpointsButDirectedOppositeOrDifferentKindOrPeriod_NoDuplicateNote(string csv)
    {
        var result = Read(csv);

        Assert.Equal(2, result.Network.Relations.Length);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Read_DirectedDuplicateSameOrder_Noted()
    {
        var result = Read("source,target,directed\nA,B,yes\nA,B,1\n");

        Assert.Contains("line 2", Assert.Single(result.Notes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SelfLoopByDefault_ThrowsSelfLoopNamingLineAndId()
    {
        var e = Rejects<SelfLoopException>("source,target,weight\nA,B,1\nC,C,1\n", EdgesName, 3, "target");

        Assert.Equal("C", e.ActorId);
        Assert.Contains("'C'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SelfLoopWithDropPolicy_DroppedAndNotedWithLine()
    {
        var result = Read("source,target,weight\nA,B,1\n\nC,C,1\nB,C,2\n", options: new NetworkReadOptions { SelfLoops = SelfLoopPolicy.Drop });

        Assert.Equal([new Relation("A", "B", 1), new Relation("B", "C", 2)], result.Network.Relations.ToArray());
        var note = Assert.Single(result.Notes);
        Assert.Equal(EdgesName, note.Location.Source);
        Assert.Equal(4, note.Location.Line);
        Assert.Contains("self-loop", note.Message, StringComparison.Ordinal);
        Assert.Contains("'C'", note.Message, StringComparison.Ordinal);
        Assert.StartsWith("edges.csv:4", note.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SelfLoopUnknownToNodesFile_ThrowsUnknownActor()
    {
        var e = Rejects<UnknownActorException>("source,target\nZ,Z\n", EdgesName, 2, "source", "id\nA\n", new NetworkReadOptions { SelfLoops = SelfLoopPolicy.Drop });

        Assert.Equal("Z", e.ActorId);
    }

    // ---------------------------------------------------------------- bad input: weights

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("\"0,5\"")]
    [InlineData("0x10")]
    [InlineData("1.0.0")]
    [InlineData("\" 1\"")]
    [InlineData("\"1 \"")]
    public void Read_BadWeight_ThrowsInvalidValueNamingFileLineAndWeight(string cell)
    {
        Rejects<InvalidValueException>($"source,target,weight\nA,B,1\nB,C,{cell}\n", EdgesName, 3, "weight");
    }

    [Fact]
    public void Read_NaNWeight_ThrowsInvalidValueNamingLine()
    {
        var e = Rejects<InvalidValueException>("source,target,weight\nA,B,NaN\n", EdgesName, 2, "weight");

        Assert.Contains("NaN", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommaDecimalInQuotes_ThrowsInvalidValueMentioningDecimalPoint()
    {
        var e = Rejects<InvalidValueException>("source,target,weight\nA,B,\"0,5\"\n", EdgesName, 2, "weight");

        Assert.Contains("0,5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnquotedCommaDecimal_ThrowsMalformedFieldCount()
    {
        var e = Assert.Throws<MalformedInputException>(() => Read("source,target,weight\nA,B,1\nB,C,1,5\n"));

        Assert.Equal(new InputLocation(EdgesName, 3), e.Location);
    }

    [Fact]
    public void Read_EmptyWeightCell_ThrowsInvalidValue()
    {
        Rejects<InvalidValueException>("source,target,weight\nA,B,\n", EdgesName, 2, "weight");
    }

    // ---------------------------------------------------------------- bad input: columns and ids

    [Theory]
    [InlineData("target,weight\nA,1\n", "source")]
    [InlineData("source,weight\nA,1\n", "target")]
    [InlineData("Source,Target\nA,B\n", "source")]
    [InlineData("weight\n", "source")]
    public void Read_MissingRequiredColumn_ThrowsMalformedNamingColumnOnLine1(string csv, string column)
    {
        var e = Rejects<MalformedInputException>(csv, EdgesName, 1, column);

        Assert.Contains($"missing required column '{column}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NodesFileWithoutIdColumn_ThrowsMalformedNamingIdOnLine1()
    {
        Rejects<MalformedInputException>("source,target\nA,B\n", NodesName, 1, "id", "name,kind\nRussia,state\n");
    }

    [Theory]
    [InlineData(",B", "source")]
    [InlineData("A,", "target")]
    [InlineData("\"\",B", "source")]
    [InlineData(" A,B", "source")]
    [InlineData("A,B ", "target")]
    [InlineData("\"A\t\",B", "source")]
    [InlineData("\" \",B", "source")]
    public void Read_EmptyOrPaddedEndpointId_ThrowsInvalidValue(string row, string field)
    {
        Rejects<InvalidValueException>($"source,target\nX,Y\n{row}\n", EdgesName, 3, field);
    }

    [Theory]
    [InlineData(",Foo")]
    [InlineData(" A,Foo")]
    [InlineData("A ,Foo")]
    public void Read_EmptyOrPaddedNodeId_ThrowsInvalidValueNamingNodesLine(string row)
    {
        Rejects<InvalidValueException>("source,target\n", NodesName, 3, "id", $"id,name\nB,Bar\n{row}\n");
    }

    [Fact]
    public void Read_UnknownEndpointWithNodesFile_ThrowsUnknownActorNamingId()
    {
        var e = Rejects<UnknownActorException>("source,target\nA,B\nA,Zed\n", EdgesName, 3, "target", "id\nA\nB\n");

        Assert.Equal("Zed", e.ActorId);
        Assert.Contains("'Zed'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownSourceWithNodesFile_ThrowsUnknownActorNamingSource()
    {
        var e = Rejects<UnknownActorException>("source,target\nQ,B\n", EdgesName, 2, "source", "id\nA\nB\n");

        Assert.Equal("Q", e.ActorId);
    }

    [Fact]
    public void Read_IdCaseDiffersFromNodesFile_ThrowsUnknownActor()
    {
        Rejects<UnknownActorException>("source,target\na,B\n", EdgesName, 2, "source", "id\nA\nB\n");
    }

    [Fact]
    public void Read_DuplicateNodeId_ThrowsDuplicateActorNamingBothLines()
    {
        var e = Rejects<DuplicateActorException>("source,target\n", NodesName, 5, "id", "id,name\nA,a\nB,b\n\nA,again\n");

        Assert.Equal("A", e.ActorId);
        Assert.Contains("'A'", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- bad input: quoting and shape

    [Fact]
    public void Read_QuoteInsideUnquotedField_ThrowsMalformedNamingField()
    {
        var e = Rejects<MalformedInputException>("source,target,weight\nA,B\"x\"y,1\n", EdgesName, 2, "target");

        Assert.Contains("quot", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LoneQuoteInsideUnquotedField_ThrowsMalformedNamingLine()
    {
        var e = Assert.Throws<MalformedInputException>(() => Read("source,target,weight\nA,B\"x,1\nC,D,2\n"));

        Assert.Equal(EdgesName, e.Location.Source);
        Assert.Equal(2, e.Location.Line);
        Assert.Contains("edges.csv:2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_ThrowsMalformedNamingField()
    {
        var e = Rejects<MalformedInputException>("source,target,weight\nA,\"B\"x,1\n", EdgesName, 2, "target");

        Assert.Contains("quot", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LoneQuoteInsideQuotedField_ThrowsMalformedNamingField()
    {
        Rejects<MalformedInputException>("source,target,ref\nA,B,\"say \"hi\" now\"\n", EdgesName, 2, "ref");
    }

    [Fact]
    public void Read_UnclosedQuotedFieldInLastColumn_ThrowsMalformedNamingField()
    {
        var e = Rejects<MalformedInputException>("source,target,ref\nA,B,\"never closed\n", EdgesName, 2, "ref");

        Assert.Contains("not closed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedQuotedFieldInFirstColumn_ThrowsMalformedNamingLine()
    {
        var e = Assert.Throws<MalformedInputException>(() => Read("source,target,weight\nA,B,1\n\"C,D,2\nE,F,3\n"));

        Assert.Equal(EdgesName, e.Location.Source);
        Assert.Equal(3, e.Location.Line);
        Assert.Contains("edges.csv:3", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A,B,1,extra", 4)]
    [InlineData("A,B", 2)]
    [InlineData("A", 1)]
    public void Read_WrongFieldCount_ThrowsMalformedNamingLineAndCounts(string row, int found)
    {
        var e = Assert.Throws<MalformedInputException>(() => Read($"source,target,weight\nX,Y,1\n{row}\n"));

        Assert.Equal(new InputLocation(EdgesName, 3), e.Location);
        Assert.Contains("edges.csv:3", e.Message, StringComparison.Ordinal);
        Assert.Contains("expected 3", e.Message, StringComparison.Ordinal);
        Assert.Contains($"found {found.ToString(CultureInfo.InvariantCulture)}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongFieldCountInNodesFile_ThrowsMalformedNamingNodesLine()
    {
        var e = Assert.Throws<MalformedInputException>(() => Read("source,target\n", "id,name\nA,a\nB\n"));

        Assert.Equal(new InputLocation(NodesName, 3), e.Location);
    }

    [Fact]
    public void Read_DuplicateHeaderName_ThrowsMalformedNamingColumn()
    {
        var e = Rejects<MalformedInputException>("source,target,weight,weight\nA,B,1,2\n", EdgesName, 1, "weight");

        Assert.Contains("duplicate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyHeaderName_ThrowsMalformedOnLine1()
    {
        var e = Assert.Throws<MalformedInputException>(() => Read("source,target,\nA,B,\n"));

        Assert.Equal(EdgesName, e.Location.Source);
        Assert.Equal(1, e.Location.Line);
    }

    [Fact]
    public void Read_EmptyFile_ThrowsMalformedOnLine1()
    {
        var e = Rejects<MalformedInputException>(string.Empty, EdgesName, 1, null);

        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyNodesFile_ThrowsMalformedNamingNodesFile()
    {
        Rejects<MalformedInputException>("source,target\n", NodesName, 1, null, string.Empty);
    }

    // ---------------------------------------------------------------- bad input: values

    [Theory]
    [InlineData("alliance-ish")]
    [InlineData("1")]
    [InlineData("wars")]
    public void Read_UnknownKind_ThrowsInvalidValueNamingKind(string kind)
    {
        var e = Rejects<InvalidValueException>($"source,target,kind\nA,B,war\nB,C,{kind}\n", EdgesName, 3, "kind");

        Assert.Contains(kind, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownNodeKind_ThrowsInvalidValueNamingNodesLineAndKind()
    {
        Rejects<InvalidValueException>("source,target\n", NodesName, 2, "kind", "id,kind\nA,empire\n");
    }

    [Fact]
    public void Read_BadCcode_ThrowsInvalidValueNamingCcode()
    {
        Rejects<InvalidValueException>("source,target\n", NodesName, 3, "ccode", "id,ccode\nA,2\nB,x12\n");
    }

    [Theory]
    [InlineData("2022-13-01")]
    [InlineData("2022-02-30")]
    [InlineData("22-01-01")]
    [InlineData("2022/01/01")]
    [InlineData("01.02.2022")]
    [InlineData("2022-1")]
    [InlineData("0000")]
    [InlineData("yesterday")]
    public void Read_BadStartDate_ThrowsInvalidValueNamingStart(string date)
    {
        Rejects<InvalidValueException>($"source,target,start,end\nA,B,{date},\n", EdgesName, 2, "start");
    }

    [Fact]
    public void Read_BadEndDate_ThrowsInvalidValueNamingEnd()
    {
        Rejects<InvalidValueException>("source,target,start,end\nA,B,2020,2021-00\n", EdgesName, 2, "end");
    }

    [Theory]
    [InlineData("2022-05-01", "2022-04")]
    [InlineData("2022", "2021")]
    [InlineData("2022-05-02", "2022-05-01")]
    public void Read_EndBeforeStart_ThrowsInvalidValueNamingEnd(string start, string end)
    {
        var e = Rejects<InvalidValueException>($"source,target,start,end\nA,B,{start},{end}\n", EdgesName, 2, "end");

        Assert.Contains("before", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameDayStartAndEnd_Valid()
    {
        var result = Read("source,target,start,end\nA,B,2022-05-01,2022-05-01\n");

        Assert.Equal(new DateOnly(2022, 5, 1), Assert.Single(result.Network.Relations).Period.End);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("y")]
    public void Read_BadDirectedValue_ThrowsInvalidValueNamingDirected(string cell)
    {
        Rejects<InvalidValueException>($"source,target,directed\nA,B,{cell}\n", EdgesName, 2, "directed");
    }
}
