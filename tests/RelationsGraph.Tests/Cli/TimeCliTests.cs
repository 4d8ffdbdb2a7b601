using System.Text.Json;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary>Time everywhere: <c>--at</c> on every command that reads a network, the last date by default with a note, <c>--aggregate</c>.</summary>
[Collection("relgraph CLI")]
public sealed class TimeCliTests : IDisposable
{
    // A–B friendly until 2019, hostile from 2020 (a war and a shared partnership); C–D always friendly (undated).
    private const string EdgesCsv = "source,target,weight,kind,start,end\n"
        + "A,B,1,partnership,2010,\nA,B,-0.6,war,2020,\nB,C,0.5,trade,2015,2018\nC,D,1,alliance,,\n";

    private readonly CliFixture files = new();
    private readonly string edges;

    public TimeCliTests() => edges = files.File("edges.csv", EdgesCsv);

    public void Dispose() => files.Dispose();

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.Exit == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void NoAt_TakesTheLastDate_WithANote()
    {
        var run = Run("info", "--edges", edges, "--format", "json");

        Assert.Equal(3, Json(run).GetProperty("edges").GetInt32());
        Assert.Contains("no --at: the data are taken at their last date, 2020-01-01", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void At_SlicesTheRelations_AtAllSumsEveryYear()
    {
        Assert.Equal(3, Json(Run("info", "--edges", edges, "--at", "2016-06-30", "--format", "json")).GetProperty("edges").GetInt32());
        Assert.Equal(4, Json(Run("info", "--edges", edges, "--at", "all", "--format", "json", "--quiet")).GetProperty("edges").GetInt32());
        Assert.Equal(2, Json(Run("info", "--edges", edges, "--at", "2012-01-01", "--format", "json")).GetProperty("edges").GetInt32());
    }

    [Fact]
    public void Aggregate_Hostility_IsNeverCancelled()
    {
        // In 2021 A–B has +1 (partnership) and −0.6 (war): the sum is friendly, the hostility rule hostile.
        var sum = Json(Run("metric", "degree", "--ties", "negative", "--edges", edges, "--at", "2021-01-01", "--format", "json", "--quiet"));
        var hostility = Json(Run("metric", "degree", "--ties", "negative", "--edges", edges, "--at", "2021-01-01", "--aggregate", "hostility", "--format", "json", "--quiet"));

        Assert.Equal(0, sum.GetProperty("scores").GetProperty("A").GetDouble());
        Assert.Equal(1, hostility.GetProperty("scores").GetProperty("A").GetDouble());
    }

    [Theory]
    [InlineData("info")]
    [InlineData("balance")]
    [InlineData("factions")]
    [InlineData("convert")]
    public void EveryCommand_TakesAt(string command)
    {
        var args = new List<string> { command, "--edges", edges, "--at", "2021-01-01", "--quiet" };
        if (command == "convert")
        {
            args.AddRange(["--to", "json"]);
        }

        Assert.Equal(0, Run([.. args]).Exit);
        Assert.Equal(0, Run("metric", "degree", "--edges", edges, "--at", "2021-01-01", "--quiet").Exit);
    }

    [Fact]
    public void At_OutsideTheData_OrMalformed_IsBadInput()
    {
        AssertBadInput(Run("info", "--edges", edges, "--at", "1990-01-01"), "outside the data");
        AssertBadInput(Run("metric", "degree", "--edges", edges, "--at", "yesterday"), "--at");
    }
}
