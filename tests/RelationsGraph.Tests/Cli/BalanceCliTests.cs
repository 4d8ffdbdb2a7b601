using System.Text.Json;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary><c>relgraph balance</c>, <c>relgraph factions</c> and the signed metrics, on Highland tribes and small files.</summary>
[Collection("relgraph CLI")]
public sealed class BalanceCliTests : IDisposable
{
    private static readonly string Tribes = Path.Combine(AppContext.BaseDirectory, "samples", "highland-tribes.edges.csv");

    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Balance_Json_AsTheContractPlusPerNode()
    {
        var run = Ok("balance", "--edges", Tribes, "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["triangles", "triangle_balance", "walk_balance", "walk_balance_scaled", "spectral_radius", "frustration", "per_node"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["+++", "++-", "+--", "---"], root.GetProperty("triangles").EnumerateObject().Select(p => p.Name));
        Assert.Equal(40, root.GetProperty("triangles").GetProperty("+--").GetInt32());
        Assert.Equal(59.0 / 68, root.GetProperty("triangle_balance").GetDouble(), 15);
        var frustration = root.GetProperty("frustration");
        Assert.Equal(7, frustration.GetProperty("index").GetDouble());
        Assert.True(frustration.GetProperty("exact").GetBoolean());
        Assert.Equal(["Kotun", "Gavev", "Nagad", "Gama"], frustration.GetProperty("partition")[0].EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(7, frustration.GetProperty("frustrated_edges").GetArrayLength());
        var gama = root.GetProperty("per_node").GetProperty("Gama");
        Assert.Equal("A", gama.GetProperty("side").GetString());
        Assert.Equal(["triangles", "triangle_balance", "side", "frustration"], gama.EnumerateObject().Select(p => p.Name));
        var shares = root.GetProperty("per_node").EnumerateObject().Sum(p => p.Value.GetProperty("frustration").GetDouble());
        Assert.Equal(7, shares, 12);
    }

    [Fact]
    public void Balance_NoTriangles_NullWithANote()
    {
        var path = files.File("path.csv", "source,target,weight\na,b,1\nb,c,-1\n");

        var run = Ok("balance", "--edges", path, "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("triangle_balance").ValueKind);
        Assert.Contains("no signed triangles", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_Heuristic_SaysItIsABound()
    {
        var run = Ok("balance", "--edges", Tribes, "--method", "heuristic", "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.False(doc.RootElement.GetProperty("frustration").GetProperty("exact").GetBoolean());
        Assert.Equal(7, doc.RootElement.GetProperty("frustration").GetProperty("index").GetDouble());
        Assert.Contains("upper bound", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_Csv_PerNodeRows()
    {
        var run = Ok("balance", "--edges", Tribes, "--format", "csv", "--quiet");

        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("id,side,frustration,+++,++-,+--,---,triangle_balance", lines[0]);
        Assert.Equal(17, lines.Length);
    }

    [Fact]
    public void Directed_Exit2_OneLine()
    {
        AssertBadInput(Run("balance", "--edges", Tribes, "--directed"), "undirected");
        AssertBadInput(Run("factions", "--edges", Tribes, "--directed"), "undirected");
        AssertBadInput(Run("metric", "pn", "--edges", Tribes, "--directed"), "undirected");
        AssertBadInput(Run("metric", "status", "--edges", Tribes), "directed");
    }

    [Fact]
    public void Factions_Json_ThreeCampsOfTheTribes()
    {
        var run = Ok("factions", "--edges", Tribes, "--k", "3", "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("k").GetInt32());
        Assert.Equal(1, root.GetProperty("criterion").GetDouble());
        Assert.Equal([7, 5, 4], root.GetProperty("factions").EnumerateArray().Select(f => f.GetArrayLength()));
        AssertBadInput(Run("factions", "--edges", Tribes, "--k", "1"), "--k");
        AssertBadInput(Run("factions", "--edges", Tribes, "--alpha", "2"), "--alpha");
    }

    [Fact]
    public void Factions_Csv_OneRowPerNode()
    {
        var run = Ok("factions", "--edges", Tribes, "--format", "csv");

        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("id,faction", lines[0]);
        Assert.Equal(17, lines.Length);
        Assert.Contains("Gama,2", lines);
    }

    [Fact]
    public void SignedMetrics_FromTheCatalogue()
    {
        using var pn = JsonDocument.Parse(Ok("metric", "pn", "--edges", Tribes, "--format", "json").Stdout);
        Assert.Equal(16, pn.RootElement.GetProperty("scores").EnumerateObject().Count());

        var ev = Ok("metric", "signed-eigenvector", "--edges", Tribes, "--top", "3");
        Assert.Contains("Gavev", ev.Stdout, StringComparison.Ordinal);

        using var frustration = JsonDocument.Parse(Ok("metric", "frustration", "--edges", Tribes, "--format", "json", "--quiet").Stdout);
        Assert.Equal(7, frustration.RootElement.GetProperty("scores").EnumerateObject().Sum(p => p.Value.GetDouble()), 12);

        var directed = files.File("directed.csv", "source,target,weight\na,b,1\nb,c,1\na,c,1\nc,d,1\nd,a,1\n");
        using var status = JsonDocument.Parse(Ok("metric", "status", "--edges", directed, "--directed", "--format", "json", "--quiet").Stdout);
        Assert.Equal(1, status.RootElement.GetProperty("scores").GetProperty("b").GetDouble());
    }
}
