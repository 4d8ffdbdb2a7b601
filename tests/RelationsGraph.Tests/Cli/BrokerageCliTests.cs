using System.Text.Json;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary><c>relgraph metric brokerage|signed-brokerage</c>: output shapes per CLI.md and the issue, and bad input.</summary>
[Collection("relgraph CLI")]
public sealed class BrokerageCliTests : IDisposable
{
    // The five-node graph of GouldFernandezBrokerageTests (checked with R sna), as files.
    private const string EdgesCsv = "source,target,weight\na,b,1\nb,c,1\nc,d,1\na,e,1\ne,c,1\nd,a,-1\nc,a,1\n";
    private const string NodesCsv = "id,name,bloc\na,A,X\nb,B,Y\nc,C,Y\nd,D,Z\ne,E,X\n";

    private static readonly string[] RoleNames = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"];

    private readonly CliFixture files = new();
    private readonly string edges;
    private readonly string nodes;

    public BrokerageCliTests()
    {
        edges = files.File("edges.csv", EdgesCsv);
        nodes = files.File("nodes.csv", NodesCsv);
    }

    public void Dispose() => files.Dispose();

    [Fact]
    public void Brokerage_Json_NestedRolesPerNodeGraphAndGroups()
    {
        var run = Ok("metric", "brokerage", "--edges", edges, "--nodes", nodes, "--directed", "--group-column", "bloc", "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["metric", "options", "scores", "graph", "groups"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("brokerage", root.GetProperty("metric").GetString());
        Assert.Equal("attribute bloc", root.GetProperty("options").GetProperty("groups").GetString());

        var a = root.GetProperty("scores").GetProperty("a");
        Assert.Equal(RoleNames, a.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["raw", "expected", "sd", "z"], a.GetProperty("gatekeeper").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, a.GetProperty("gatekeeper").GetProperty("raw").GetDouble());
        Assert.Equal(3.267500960413758, a.GetProperty("gatekeeper").GetProperty("z").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, a.GetProperty("coordinator").GetProperty("z").ValueKind);

        Assert.Equal(10, root.GetProperty("graph").GetProperty("total").GetProperty("raw").GetDouble());
        var x = root.GetProperty("groups").GetProperty("X");
        Assert.Equal(2, x.GetProperty("size").GetInt32());
        Assert.Equal(["a", "e"], x.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0.238875, x.GetProperty("gatekeeper").GetProperty("member_expected").GetDouble(), 12);
        Assert.Contains("undefined", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Brokerage_Csv_OneWideRowPerNode()
    {
        var run = Ok("metric", "brokerage", "--edges", edges, "--nodes", nodes, "--directed", "--group-column", "bloc", "--format", "csv", "--quiet");

        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("id,group,coordinator_raw,coordinator_expected,coordinator_sd,coordinator_z,itinerant_raw,", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("total_raw,total_expected,total_sd,total_z", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("a,X,0,0,0,,1,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Brokerage_Table_RankedByTotalWithTop()
    {
        var run = Ok("metric", "brokerage", "--edges", edges, "--nodes", nodes, "--directed", "--group-column", "bloc", "--top", "2", "--quiet");

        Assert.Contains("gatekeeper", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("│ 1    │ a ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("│ 2    │ c ", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("│ d ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SignedBrokerage_Json_HasPValuesAndIsReproducible()
    {
        var signedEdges = files.File("signed.csv", "source,target,weight\na,m,1\nm,b,1\na,b,-1\nb,x,1\nx,a,-1\n");
        var signedNodes = files.File("signed-nodes.csv", "id,camp\na,A\nb,B\nm,M\nx,B\n");
        string[] args = ["metric", "signed-brokerage", "--edges", signedEdges, "--nodes", signedNodes, "--group-column", "camp", "--permutations", "99", "--seed", "3", "--format", "json"];

        var first = Ok(args);
        var second = Ok(args);

        Assert.Equal(first.Stdout, second.Stdout);
        using var doc = JsonDocument.Parse(first.Stdout);
        var m = doc.RootElement.GetProperty("scores").GetProperty("m");
        Assert.Equal(["raw", "expected", "sd", "z", "p"], m.GetProperty("liaison").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, m.GetProperty("liaison").GetProperty("raw").GetDouble());
        Assert.InRange(m.GetProperty("total").GetProperty("p").GetDouble(), 0.01, 1);
        Assert.Equal(99, doc.RootElement.GetProperty("options").GetProperty("permutations").GetInt32());
        Assert.Equal(["raw", "expected", "sd", "z", "p"], doc.RootElement.GetProperty("groups").GetProperty("B").GetProperty("total").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void SingleGroup_ZIsNullNotAnError()
    {
        var one = files.File("one.csv", "id,bloc\na,all\nb,all\nc,all\nd,all\ne,all\n");

        var run = Ok("metric", "brokerage", "--edges", edges, "--nodes", one, "--directed", "--group-column", "bloc", "--format", "json", "--quiet");

        using var doc = JsonDocument.Parse(run.Stdout);
        var liaison = doc.RootElement.GetProperty("scores").GetProperty("a").GetProperty("liaison");
        Assert.Equal(0, liaison.GetProperty("raw").GetDouble());
        Assert.Equal(JsonValueKind.Null, liaison.GetProperty("z").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("graph").GetProperty("liaison").GetProperty("z").ValueKind);
    }

    [Fact]
    public void NodeWithoutGroup_Exit2NamingNodeFileAndColumn()
    {
        var gap = files.File("gap.csv", "id,bloc\na,X\nb,Y\nc,\nd,Z\ne,X\n");

        AssertBadInput(Run("metric", "brokerage", "--edges", edges, "--nodes", gap, "--directed", "--group-column", "bloc"), "gap.csv", "'bloc'", "'c'");
    }

    [Fact]
    public void MissingGroupColumn_Exit2NamingColumn()
    {
        AssertBadInput(Run("metric", "brokerage", "--edges", edges, "--nodes", nodes, "--directed", "--group-column", "camp"), "nodes.csv", "'camp'");
    }

    [Fact]
    public void Usage_MissingGroupColumnOrNodesFile_Exit2()
    {
        AssertBadInput(Run("metric", "brokerage", "--edges", edges, "--directed"), "--group-column");
        AssertBadInput(Run("metric", "brokerage", "--edges", edges, "--directed", "--group-column", "bloc"), "--nodes");
        AssertBadInput(Run("metric", "signed-brokerage", "--edges", edges, "--nodes", nodes, "--group-column", "bloc", "--ties", "positive"), "signed-brokerage");
        AssertBadInput(Run("metric", "signed-brokerage", "--edges", edges, "--nodes", nodes, "--group-column", "bloc", "--permutations", "-1"), "--permutations");
    }

    [Fact]
    public void Catalogue_ListsBothBrokerageMetrics()
    {
        var run = Ok("metric", "--list");

        Assert.Contains("brokerage", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("signed-brokerage", run.Stdout, StringComparison.Ordinal);
    }
}
