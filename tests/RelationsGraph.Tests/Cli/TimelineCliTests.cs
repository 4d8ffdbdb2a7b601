using System.Text.Json;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary><c>relgraph timeline</c> on the embedded world-2023 and on a small file.</summary>
[Collection("relgraph CLI")]
public sealed class TimelineCliTests : IDisposable
{
    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Mediators_JsonSeriesAndRanks_PngChart()
    {
        var png = files.PathOf("timeline.png");

        var run = Ok("timeline", "--mediators", "RUS", "UKR", "--from", "2021", "--to", "2023", "--top", "3", "--format", "json", "--png", png);

        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["2021", "2022", "2023"], doc.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        var series = doc.RootElement.GetProperty("series").EnumerateObject().ToList();
        Assert.Equal(3, series.Count);
        Assert.All(series, s => Assert.Equal(3, s.Value.GetArrayLength()));
        Assert.Equal(3, doc.RootElement.GetProperty("ranks").EnumerateObject().Count());
        Assert.True(new FileInfo(png).Length > 1000);
    }

    [Fact]
    public void Metric_CsvLongFormat()
    {
        var edges = files.File("edges.csv", "source,target,weight,start,end\nA,B,1,2020,\nB,C,-1,2022,\n");

        var run = Ok("timeline", "--metric", "degree", "--edges", edges, "--from", "2021", "--to", "2022", "--top", "2", "--format", "csv");

        Assert.StartsWith("period,id,value\n", run.Stdout, StringComparison.Ordinal);
        // 2021: only A–B; 2022: B–C as well. The two followed are the highest in the last period (B, then A by id).
        Assert.Equal("period,id,value\n2021,B,1\n2021,A,1\n2022,B,2\n2022,A,1\n", run.Stdout);
    }

    [Fact]
    public void BadInput_Exit2()
    {
        AssertBadInput(Run("timeline", "--from", "2021", "--to", "2023"), "--metric");
        AssertBadInput(Run("timeline", "--metric", "degree", "--mediators", "RUS", "UKR", "--from", "2021", "--to", "2023"), "--metric");
        AssertBadInput(Run("timeline", "--metric", "edge-betweenness", "--from", "2021", "--to", "2023"), "node metric");
        AssertBadInput(Run("timeline", "--metric", "brokerage", "--from", "2021", "--to", "2023"), "groups");
        AssertBadInput(Run("timeline", "--metric", "degree", "--from", "2023", "--to", "2021"), "--from");
        AssertBadInput(Run("timeline", "--mediators", "RUS", "XYZ", "--from", "2021", "--to", "2023"), "'XYZ'");
        AssertBadInput(Run("timeline", "--metric", "degree", "--from", "2021", "--to", "2022", "--png", files.PathOf("t.jpg")), ".png");
    }
}
