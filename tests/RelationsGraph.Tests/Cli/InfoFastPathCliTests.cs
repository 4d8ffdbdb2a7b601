using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary><c>relgraph info</c> reads a plain edges file straight into the graph; its answer is the long road's.</summary>
[Collection("relgraph CLI")]
public sealed class InfoFastPathCliTests : IDisposable
{
    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("source,target,weight\nA,B,1\nB,C,-0.5\nD,E,0.25\nC,A,-1\n", false)]
    [InlineData("source,target,weight\nA,B,1\nB,A,-0.5\nD,E,0.25\n", true)]
    [InlineData("source,target\nA,B\nB,C\nX,Y\n", false)]
    [InlineData("source,target,weight\nA,B,1\nB,A,2\n", false)] // a duplicate: not plain, the long road notes it
    [InlineData("source,target,weight\nA,A,1\nA,B,2\n", false)] // a self-loop: not plain
    public void PlainFile_SameFactsAsTheLongRoad(string csv, bool directed)
    {
        var edges = files.File("edges.csv", csv);
        string[] flags = directed ? ["--directed"] : [];

        var fast = Run(["info", "--edges", edges, "--format", "json", "--self-loops", "drop", .. flags]);
        var slow = Run(["info", "--edges", edges, "--format", "json", "--self-loops", "drop", "--aggregate", "sum", .. flags]);

        Assert.Equal(0, fast.Exit);
        Assert.Equal(slow.Stdout, fast.Stdout);
        Assert.Equal(slow.Stderr, fast.Stderr);
    }

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "--directed" }, true)]
    [InlineData(new[] { "--aggregate", "sum" }, false)]
    [InlineData(new[] { "--at", "2020-01-01" }, false)]
    public void PlainRoad_TakenOnlyWhenTheCommandLineNeedsNothingElse(string[] extra, bool plain)
    {
        var edges = files.File("plain.csv", "source,target,weight\nA,B,1\nB,C,-0.5\n");
        var input = new RelationsGraph.Cli.InputOptions();
        var command = new System.CommandLine.Command("info");
        input.AddTo(command);

        var parsed = command.Parse(["--edges", edges, .. extra]);

        Assert.Empty(parsed.Errors);
        Assert.Equal(plain, input.TryReadPlainGraph(parsed) is not null);
    }
}
