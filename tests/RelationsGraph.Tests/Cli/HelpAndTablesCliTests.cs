using RelationsGraph.Cli;
using Spectre.Console;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary>The CLI as people use it: examples in every help, help despite a missing required option, table widths, headers that are the names <c>--weights</c> takes.</summary>
[Collection("relgraph CLI")]
public sealed class HelpAndTablesCliTests
{
    private static IEnumerable<(string Path, System.CommandLine.Command Command)> Commands(System.CommandLine.Command command, string path)
    {
        yield return (path, command);
        foreach (var sub in command.Subcommands)
        {
            foreach (var c in Commands(sub, path.Length == 0 ? sub.Name : path + " " + sub.Name))
            {
                yield return c;
            }
        }
    }

    [Fact]
    public void EveryCommand_HasExamples_ThatParse()
    {
        var root = RelgraphApp.BuildRoot(new System.CommandLine.Option<bool>("--verbose"));
        foreach (var (path, _) in Commands(root, string.Empty))
        {
            Assert.True(Examples.ByCommand.TryGetValue(path, out var examples) && examples.Length > 0, $"no example for '{path}'");
            foreach (var example in examples)
            {
                var words = example.Split(' ');
                Assert.Equal("relgraph", words[0]);
                var parsed = root.Parse(words[1..]);
                Assert.True(parsed.Errors.Count == 0, $"{example}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            }
        }

        Assert.All(Examples.ByCommand.Keys, key => Assert.Contains(key, Commands(root, string.Empty).Select(c => c.Path)));
    }

    [Theory]
    [InlineData("mediators")]
    [InlineData("plot network")]
    [InlineData("validate")]
    [InlineData("timeline")]
    public void Help_ShowsUsageAndExamples_EvenWithoutRequiredOptions(string command)
    {
        var run = Run([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  relgraph " + command, run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Tables_FitTheWidth_WrappingNamesNotRows()
    {
        var table = Tables.Create("rank", "id", "name", "score");
        table.AddRow("1", "COD", Markup.Escape("Democratic Republic of the Congo (Kinshasa), a long name"), "0.500");
        using var writer = new StringWriter();

        Tables.Render(writer, table, 40);

        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 40, $"{l.Length}: {l}"));
        Assert.Contains(lines, l => l.Contains("0.500", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Kinshasa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("80", false, 80)]
    [InlineData(null, false, 120)]
    [InlineData("12", false, 120)]
    [InlineData("wide", false, 120)]
    public void TableWidth_FromColumns_ElseFixed(string? columns, bool terminal, int expected) =>
        Assert.Equal(expected, Tables.Width(terminal, columns));

    [Fact]
    public void MediatorsTable_HeadersAreTheCriterionNames_AndWeightsAddsACriterionTheProfileLeavesOut()
    {
        var run = Run("mediators", "--between", "RUS", "UKR", "--at", "2023-06-30", "--permutations", "0", "--draws", "0", "--top", "3", "--weights", "brokerage=0.1");

        Assert.Equal(0, run.Exit);
        var header = run.Stdout.ReplaceLineEndings("\n").Split('\n')[1];
        Assert.Equal(["rank", "id", "name", "score", "leverage", "access", "bridging", "impartiality", "brokerage", "ranks"], header.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("proximity", Run("mediators", "--weights", "nearness=1", "--between", "RUS", "UKR").Stderr, StringComparison.Ordinal);
    }
}
