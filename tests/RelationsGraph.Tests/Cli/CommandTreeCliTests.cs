using System.CommandLine;
using RelationsGraph.Cli;
using Xunit;

namespace RelationsGraph.Tests.Cli;

/// <summary>
/// A command line that starts with a command's name is parsed in the tree of that command alone; it helps, runs and
/// fails exactly as in the whole tree.
/// </summary>
[Collection("relgraph CLI")]
public sealed class CommandTreeCliTests : IDisposable
{
    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void EveryCommand_IsListedUnderItsOwnName()
    {
        var root = RelgraphApp.BuildRoot(new Option<bool>("--verbose"));

        Assert.Equal(RelgraphApp.Commands.Select(c => c.Name), root.Subcommands.Select(c => c.Name));
        Assert.All(RelgraphApp.Commands, c => Assert.Equal(c.Name, c.Create().Name));
    }

    public static TheoryData<string[]> Lines() => new()
    {
        new[] { "info", "--help" },
        new[] { "metric", "--help" },
        new[] { "plot", "metric", "--help" },
        new[] { "factions", "--help" },
        new[] { "info", "--edgs", "x.csv" },
        new[] { "info", "stray" },
        new[] { "metric", "betweness", "--edges", "EDGES" },
        new[] { "metric", "degree", "--edges", "EDGES", "--format", "json" },
        new[] { "metric", "degree", "--edges", "EDGES", "--verbose", "--format", "xml" },
        new[] { "info", "--edges", "EDGES", "--format", "csv" },
        new[] { "info", "--edges", "missing.csv" },
        new[] { "validate", "--edges", "EDGES" },
        new[] { "convert", "--help" },
        new[] { "info", "metric" },
        new[] { "--help" },
        new[] { "inf" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void OneCommandsTree_SameAsTheWholeTree(string[] line)
    {
        var edges = files.File("edges.csv", "source,target,weight\nA,B,1\nB,C,-0.5\n");
        var args = line.Select(a => a == "EDGES" ? edges : a).ToArray();

        var alone = Run(args, wholeTree: false);
        var whole = Run(args, wholeTree: true);

        Assert.Equal(whole, alone);
    }

    private static CliRun Run(string[] args, bool wholeTree)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = RelgraphApp.Run(args, stdout, stderr, wholeTree);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
