using RelationsGraph.Tests.Loaders;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary><c>relgraph import</c>: files written by the tests, the edges CSV read back, malformed rows skipped or fatal.</summary>
[Collection("relgraph CLI")]
public sealed class ImportCliTests : IDisposable
{
    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Gdelt_WritesEdgesAndNodes_ReportsOnStderr_ReadsBack()
    {
        var events = files.File("events.csv", string.Join('\n', EventLoaderTests.Gdelt("20220301", "USA", "RUS", "4", "-10"), EventLoaderTests.Gdelt("20220301", "USA", "USA", "1", "1"), "broken") + "\n");
        var edges = files.PathOf("edges.csv");
        var nodes = files.PathOf("nodes.csv");

        var run = Ok("import", "gdelt", events, "--out-edges", edges, "--out-nodes", nodes);

        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("note: read 3 row(s) from 1 file(s); 1 aggregated", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("both actors in the same country", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("events.csv:3", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("source,target,weight,period,count,quad1", File.ReadAllText(edges), StringComparison.Ordinal);
        Assert.Equal("id,kind\nRUS,state\nUSA,state\n", File.ReadAllText(nodes));
        var info = Ok("info", "--edges", edges, "--nodes", nodes, "--format", "json");
        Assert.Contains("\"negative\": 1", info.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_Exit2AtTheFirstMalformedRow()
    {
        var events = files.File("events.csv", EventLoaderTests.Gdelt("20220301", "USA", "RUS", "9", "-10") + "\n");

        AssertBadInput(Run("import", "gdelt", events, "--out-edges", files.PathOf("e.csv"), "--strict"), "events.csv:1", "QuadClass");
        Assert.False(File.Exists(files.PathOf("e.csv")));
    }

    [Fact]
    public void Unga_AndUsageErrors()
    {
        var agree = files.File("agree.csv", "ccode1,ccode2,agree,year\n2,365,0.25,2022\n");

        Ok("import", "unga", agree, "--out-edges", files.PathOf("votes.csv"), "--quiet");

        Assert.Contains("RUS,USA,-0.5,2022,1,vote,false,2022-01-01,2022-12-31", File.ReadAllText(files.PathOf("votes.csv")), StringComparison.Ordinal);
        AssertBadInput(Run("import", "unga", files.PathOf("missing.csv"), "--out-edges", files.PathOf("x.csv")), "missing.csv");
        AssertBadInput(Run("import", "atlas", agree, "--out-edges", files.PathOf("x.csv")), "atlas");
    }
}
