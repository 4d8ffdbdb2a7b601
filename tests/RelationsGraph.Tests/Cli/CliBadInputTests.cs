using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary>Bad input and usage: exit code 2, exactly one line on stderr naming file and line/field or the id, no stack trace.</summary>
[Collection("relgraph CLI")]
public sealed class CliBadInputTests : IDisposable
{
    private const string GoodEdges = "source,target,weight\nA,B,1\n";

    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    private CliRun Info(string edgesCsv, string? nodesCsv = null, params string[] extra)
    {
        var edges = files.File("edges.csv", edgesCsv);
        string[] args = nodesCsv is null
            ? ["info", "--edges", edges, .. extra]
            : ["info", "--edges", edges, "--nodes", files.File("nodes.csv", nodesCsv), .. extra];
        return Run(args);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("abc")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("\"0,5\"")]
    [InlineData("")]
    public void BadWeight_Exit2OneLineNamingFileLineAndField(string cell)
    {
        var run = Info($"source,target,weight\nA,B,1\nB,C,{cell}\n");

        AssertBadInput(run, "edges.csv:3", "field 'weight'");
    }

    [Fact]
    public void BadWeight_ThroughMetricCommand_SameError()
    {
        var edges = files.File("edges.csv", "source,target,weight\nA,B,NaN\n");

        AssertBadInput(Run("metric", "degree", "--edges", edges, "--format", "json"), "edges.csv:2", "field 'weight'");
    }

    [Theory]
    [InlineData("target,weight\nA,1\n", "source")]
    [InlineData("source,weight\nA,1\n", "target")]
    public void MissingColumn_Exit2NamingColumnOnLine1(string csv, string column)
    {
        AssertBadInput(Info(csv), "edges.csv:1", $"'{column}'");
    }

    [Fact]
    public void NodesWithoutIdColumn_Exit2NamingNodesFileAndId()
    {
        AssertBadInput(Info(GoodEdges, "name\nA\n"), "nodes.csv:1", "field 'id'");
    }

    [Theory]
    [InlineData("source,target\nA,B\n,C\n", "field 'source'")]
    [InlineData("source,target\nA,B\nC, D\n", "field 'target'")]
    [InlineData("source,target\nA,B\n\"\",C\n", "field 'source'")]
    public void EmptyOrPaddedId_Exit2NamingLineAndField(string csv, string field)
    {
        AssertBadInput(Info(csv), "edges.csv:3", field);
    }

    [Fact]
    public void EmptyNodeId_Exit2NamingNodesLine()
    {
        AssertBadInput(Info(GoodEdges, "id,name\nA,a\nB,b\n,c\n"), "nodes.csv:4", "field 'id'");
    }

    [Fact]
    public void UnknownEndpointWithNodes_Exit2NamingIdAndLine()
    {
        AssertBadInput(Info("source,target\nA,B\nA,Zed\n", "id\nA\nB\n"), "edges.csv:3", "'Zed'");
    }

    [Fact]
    public void DuplicateNodeId_Exit2NamingIdAndBothLines()
    {
        AssertBadInput(Info(GoodEdges, "id\nA\nB\nA\n"), "nodes.csv:4", "'A'", "line 2");
    }

    [Fact]
    public void SelfLoop_Exit2NamingLineAndId()
    {
        AssertBadInput(Info("source,target\nA,B\nC,C\n"), "edges.csv:3", "'C'");
    }

    [Fact]
    public void SelfLoopExplicitReject_Exit2()
    {
        AssertBadInput(Info("source,target\nC,C\n", null, "--self-loops", "reject"), "edges.csv:2", "'C'");
    }

    [Theory]
    [InlineData("source,target,weight\nA,B\"x\"y,1\n", "edges.csv:2", "field 'target'")]
    [InlineData("source,target,weight\nA,\"B\"x,1\n", "edges.csv:2", "field 'target'")]
    [InlineData("source,target,ref\nA,B,\"never closed\n", "edges.csv:2", "field 'ref'")]
    [InlineData("source,target,ref\nA,B,\"lone \" quote\"\n", "edges.csv:2", "field 'ref'")]
    public void MalformedQuoting_Exit2NamingLineAndField(string csv, string line, string field)
    {
        AssertBadInput(Info(csv), line, field);
    }

    [Fact]
    public void UnbalancedQuote_Exit2NamingLine()
    {
        AssertBadInput(Info("source,target,weight\nA,B,1\nC,D\"x,2\nE,F,3\n"), "edges.csv:3");
    }

    [Theory]
    [InlineData("source,target,weight\nA,B,1\nB,C,1,9\n")]
    [InlineData("source,target,weight\nA,B,1\nB,C\n")]
    public void WrongFieldCount_Exit2NamingLine(string csv)
    {
        AssertBadInput(Info(csv), "edges.csv:3", "expected 3 fields");
    }

    [Fact]
    public void DuplicateHeader_Exit2NamingColumn()
    {
        AssertBadInput(Info("source,target,target\nA,B,C\n"), "edges.csv:1", "'target'");
    }

    [Fact]
    public void EmptyEdgesFile_Exit2NamingFileLine1()
    {
        AssertBadInput(Info(string.Empty), "edges.csv:1");
    }

    [Fact]
    public void HeaderOnly_ExitZeroEmptyGraph()
    {
        var run = Info("source,target,weight\n", null, "--format", "csv");

        Assert.Equal(0, run.Exit);
        Assert.Equal("nodes,edges,positive,negative,directed,components\n0,0,0,0,false,0\n", run.Stdout);
    }

    [Fact]
    public void UnknownKind_Exit2NamingField()
    {
        AssertBadInput(Info("source,target,kind\nA,B,feud\n"), "edges.csv:2", "field 'kind'", "feud");
    }

    [Theory]
    [InlineData("2022-13-01")]
    [InlineData("22-1-1")]
    public void BadDate_Exit2NamingField(string date)
    {
        AssertBadInput(Info($"source,target,start\nA,B,{date}\n"), "edges.csv:2", "field 'start'");
    }

    [Fact]
    public void EndBeforeStart_Exit2NamingEnd()
    {
        AssertBadInput(Info("source,target,start,end\nA,B,2022-05-01,2022-04\n"), "edges.csv:2", "field 'end'");
    }

    [Fact]
    public void BadDirectedCell_Exit2NamingField()
    {
        AssertBadInput(Info("source,target,directed\nA,B,maybe\n"), "edges.csv:2", "field 'directed'");
    }

    [Fact]
    public void GraphMLWithDtd_Exit2NamingFileAndLine()
    {
        var graphml = files.File("evil.graphml",
            "<?xml version=\"1.0\"?>\n" +
            "<!DOCTYPE graphml [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n" +
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"><node id=\"&x;\"/></graph></graphml>\n");

        var run = Run("info", "--graphml", graphml);

        var line = AssertBadInput(run, "evil.graphml", "DTD");
        Assert.DoesNotContain("root:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("evil.graphml:2", line, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphMLEdgeToUndeclaredNode_Exit2NamingIdAndLine()
    {
        var graphml = files.File("g.graphml",
            "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +
            "<graph edgedefault=\"undirected\"><node id=\"A\"/>\n<edge source=\"A\" target=\"Ghost\"/>\n</graph></graphml>\n");

        AssertBadInput(Run("info", "--graphml", graphml), "g.graphml:4", "'Ghost'");
    }

    [Fact]
    public void UnknownMetric_Exit2NamingMetric()
    {
        var edges = files.File("edges.csv", GoodEdges);

        AssertBadInput(Run("metric", "centrality-of-doom", "--edges", edges), "'centrality-of-doom'");
    }

    [Fact]
    public void MissingMetricName_Exit2()
    {
        var edges = files.File("edges.csv", GoodEdges);

        AssertBadInput(Run("metric", "--edges", edges));
    }

    [Fact]
    public void MissingEdgesFile_Exit2NamingFile()
    {
        var missing = files.PathOf("no-such-edges.csv");

        AssertBadInput(Run("info", "--edges", missing), "no-such-edges.csv");
    }

    [Fact]
    public void MissingNodesFile_Exit2NamingFile()
    {
        var edges = files.File("edges.csv", GoodEdges);

        AssertBadInput(Run("info", "--edges", edges, "--nodes", files.PathOf("no-such-nodes.csv")), "no-such-nodes.csv");
    }

    [Fact]
    public void MissingGraphMLFile_Exit2NamingFile()
    {
        AssertBadInput(Run("info", "--graphml", files.PathOf("absent.graphml")), "absent.graphml");
    }

    [Fact]
    public void BothEdgesAndGraphML_Exit2()
    {
        var edges = files.File("edges.csv", GoodEdges);
        var graphml = files.File("g.graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"/></graphml>");

        AssertBadInput(Run("info", "--edges", edges, "--graphml", graphml), "--edges", "--graphml");
    }

    [Fact]
    public void NoInput_Exit2()
    {
        AssertBadInput(Run("info"), "--edges");
    }

    [Fact]
    public void NodesWithGraphML_Exit2()
    {
        var nodes = files.File("nodes.csv", "id\nA\n");
        var graphml = files.File("g.graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"/></graphml>");

        AssertBadInput(Run("info", "--graphml", graphml, "--nodes", nodes), "--nodes");
    }

    [Fact]
    public void UnknownOption_Exit2NamingOption()
    {
        var edges = files.File("edges.csv", GoodEdges);

        AssertBadInput(Run("info", "--edges", edges, "--bogus"), "--bogus");
    }

    [Fact]
    public void UnknownCommand_Exit2()
    {
        AssertBadInput(Run("frobnicate"), "frobnicate");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--ties", "hostile")]
    [InlineData("--mode", "sideways")]
    [InlineData("--self-loops", "keep")]
    public void BadOptionValue_Exit2NamingValue(string option, string value)
    {
        var edges = files.File("edges.csv", GoodEdges);

        AssertBadInput(Run("metric", "degree", "--edges", edges, option, value), value);
    }

    [Fact]
    public void BadFormatForInfo_Exit2()
    {
        var edges = files.File("edges.csv", GoodEdges);

        AssertBadInput(Run("info", "--edges", edges, "--format", "yaml"), "yaml");
    }

    [Fact]
    public void NegativeTop_Exit2()
    {
        var edges = files.File("edges.csv", GoodEdges);

        AssertBadInput(Run("metric", "degree", "--edges", edges, "--top", "-1"), "--top");
    }

    [Fact]
    public void BadInputWithoutVerbose_NoStackTrace()
    {
        var run = Info("source,target,weight\nA,B,NaN\n");

        Assert.Equal(2, run.Exit);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInputWithVerbose_FirstLineIsErrorThenStackTrace()
    {
        var run = Info("source,target,weight\nA,B,NaN\n", null, "--verbose");

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("relgraph: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("edges.csv:2", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UsageErrorWithVerboseBeforeCommand_StillExit2()
    {
        var run = Run("--verbose", "info");

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("relgraph: ", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
