using RelationsGraph.Tests.Cli;
using Xunit;

namespace RelationsGraph.Tests.Hardening;

/// <summary>
/// Every command on hostile input (issue 9, item 3): the explicit hostile files of the reader tests and a sample of
/// the fuzz corpus, through each command that reads a graph and each importer. The contract: exit code 0 (handled)
/// or 2 (rejected, exactly one line on stderr starting <c>relgraph: </c>, no stack trace) — never an internal error.
/// </summary>
[Collection("relgraph CLI")]
public sealed class CliHostileInputTests : IDisposable
{
    private static readonly string[][] GraphCommands =
    [
        ["info"],
        ["metric", "degree", "--format", "json"],
        ["metric", "strength", "--format", "csv"],
        ["metric", "betweenness", "--length", "distance", "--format", "json"],
        ["metric", "edge-betweenness", "--length", "inverse", "--format", "csv"],
        ["metric", "closeness", "--length", "inverse"],
        ["metric", "harmonic", "--ties", "positive", "--format", "json"],
        ["metric", "betweenness", "--adversaries", "--format", "json"],
        ["metric", "constraint", "--format", "json"],
        ["metric", "brokerage", "--group-column", "group", "--format", "json"],
        ["metric", "signed-brokerage", "--permutations", "20", "--format", "csv"],
        ["metric", "pn", "--format", "json"],
        ["metric", "signed-eigenvector", "--format", "json"],
        ["metric", "frustration", "--format", "json"],
        ["balance", "--format", "json"],
        ["factions", "--k", "2", "--format", "csv"],
        ["mediators", "--between", "RUS", "UKR", "--format", "json"],
        ["convert", "--to", "graphml"],
        ["convert", "--to", "edges-csv"],
        ["convert", "--to", "dot"],
    ];

    private static readonly (string Name, string Text)[] ExplicitCsv =
    [
        ("empty", string.Empty),
        ("header only", "source,target,weight\n"),
        ("garbage", "\u0001\u00ff\ufffd\0\0PK\u0003\u0004\n\u0089PNG\r\n"),
        ("BOM", "\uFEFFsource,target,weight\nA,B,1\n"),
        ("BOM and quoted header", "\uFEFF\"source\",\"target\"\nA,B\n"),
        ("CRLF", "source,target,weight\r\nA,B,-1\r\nB,C,2\r\n"),
        ("NUL", "source,target,weight\nA\0,B,1\nB,C,1\0\n"),
        ("unbalanced quote", "source,target,weight\n\"A,B,1\nB,C,1\n"),
        ("too many fields", "source,target,weight\nA,B,1,4\n"),
        ("too few fields", "source,target,weight\nA,B\n"),
        ("100 kB id", $"source,target,weight\n{new string('x', 100_000)},B,1\n"),
        ("duplicate header", "source,target,weight,weight\nA,B,1,2\n"),
        ("inf", "source,target,weight\nA,B,inf\n"),
        ("1e400", "source,target,weight\nA,B,1e400\n"),
        ("-0", "source,target,weight\nA,B,-0\nB,C,-1\n"),
        ("subnormal", "source,target,weight\nA,B,4.9e-324\nB,C,-4.9e-324\n"),
        ("huge", "source,target,weight\nA,B,1e308\nA,C,1e308\nB,C,-1e308\n"),
        ("comma decimal", "source,target,weight\nA,B,\"0,5\"\n"),
        ("formula ids", "source,target,weight\n=1+1,@cmd,-1\n+SUM(A1),-2+3,1\n"),
        ("self loop", "source,target,weight\nA,A,1\n"),
        ("RUS UKR", "source,target,weight,group\nRUS,UKR,-1,a\nTUR,RUS,1,b\nTUR,UKR,1,b\n"),
    ];

    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    public static TheoryData<int, int> ExplicitCases()
    {
        var data = new TheoryData<int, int>();
        for (var file = 0; file < ExplicitCsv.Length; file++)
        {
            for (var command = 0; command < GraphCommands.Length; command++)
            {
                data.Add(file, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExplicitCases))]
    public void ExplicitHostileCsv_EveryCommand_Exit0Or2(int file, int command)
    {
        var (name, text) = ExplicitCsv[file];
        var edges = files.File("edges.csv", text);

        var run = CliFixture.Run([.. GraphCommands[command], "--edges", edges]);

        AssertHandledOrRejected(run, $"{name} / {string.Join(' ', GraphCommands[command])}");
    }

    [Fact]
    public void FuzzCorpusSample_EveryCommand_Exit0Or2()
    {
        var sample = CorpusSample([ReaderKind.CsvEdges, ReaderKind.CsvNodes, ReaderKind.GraphML], perReader: 25);
        Assert.NotEmpty(sample);
        foreach (var entry in sample)
        {
            string[] input;
            if (entry.Reader == ReaderKind.GraphML)
            {
                input = ["--graphml", files.Bytes("g.graphml", ReaderHarness.Encode(entry.Text, entry.Encoding))];
            }
            else
            {
                var edgesText = entry.Reader == ReaderKind.CsvEdges ? entry.Text : entry.Companion!;
                var nodesText = entry.Reader == ReaderKind.CsvNodes ? entry.Text : entry.Companion;
                var edgesEncoding = entry.Reader == ReaderKind.CsvEdges ? entry.Encoding : InputEncoding.Direct;
                input = ["--edges", files.Bytes("e.csv", ReaderHarness.Encode(edgesText, edgesEncoding))];
                if (nodesText is not null)
                {
                    var nodesEncoding = entry.Reader == ReaderKind.CsvNodes ? entry.Encoding : InputEncoding.Direct;
                    input = [.. input, "--nodes", files.Bytes("n.csv", ReaderHarness.Encode(nodesText, nodesEncoding))];
                }
            }

            if ((entry.Variant & 1) != 0)
            {
                input = [.. input, "--directed"];
            }

            foreach (var command in GraphCommands)
            {
                AssertHandledOrRejected(CliFixture.Run([.. command, .. input]), $"{entry.FileName()} / {string.Join(' ', command)}");
            }
        }
    }

    [Fact]
    public void FuzzCorpusSample_Importers_Exit0Or2()
    {
        var sample = CorpusSample([ReaderKind.Gdelt, ReaderKind.Icews, ReaderKind.Unga, ReaderKind.Atop, ReaderKind.Cow], perReader: 25);
        Assert.NotEmpty(sample);
        foreach (var entry in sample)
        {
            var source = files.Bytes("input.txt", ReaderHarness.Encode(entry.Text, entry.Encoding));
            var importer = entry.Reader.ToString().ToLowerInvariant();
            foreach (var extra in new[] { Array.Empty<string>(), ["--strict"], ["--period", "month", "--directed"] })
            {
                var run = CliFixture.Run(["import", importer, source, "--out-edges", files.PathOf("out.csv"), "--out-nodes", files.PathOf("out-nodes.csv"), .. extra]);
                AssertHandledOrRejected(run, $"{entry.FileName()} / import {importer} {string.Join(' ', extra)}");
            }
        }
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("garbage", "\u0001\u00ff\0<graphml")]
    [InlineData("entity", "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><graphml><graph><node id=\"&x;\"/></graph></graphml>")]
    [InlineData("no root", "<?xml version=\"1.0\"?>")]
    [InlineData("wrong root", "<html/>")]
    public void HostileGraphML_EveryCommand_Exit0Or2(string name, string text)
    {
        var path = files.File("g.graphml", text);
        foreach (var command in GraphCommands)
        {
            AssertHandledOrRejected(CliFixture.Run([.. command, "--graphml", path]), $"{name} / {string.Join(' ', command)}");
        }
    }

    private static void AssertHandledOrRejected(CliRun run, string context)
    {
        Assert.True(run.Exit is 0 or 2, $"{context}: exit {run.Exit}, stderr: {run.Stderr}");
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        if (run.Exit == 2)
        {
            var errors = run.ErrorLines.Where(l => !l.StartsWith("note: ", StringComparison.Ordinal)).ToArray();
            Assert.True(errors.Length == 1, $"{context}: {errors.Length} error lines: {run.Stderr}");
            Assert.StartsWith("relgraph: ", errors[0], StringComparison.Ordinal);
        }
    }

    /// <summary>Every <paramref name="perReader"/>-th-spaced entries of the corpus for these readers, in file-name order.</summary>
    private static List<CorpusEntry> CorpusSample(ReaderKind[] readers, int perReader)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "fuzz-corpus");
        var sample = new List<CorpusEntry>();
        foreach (var reader in readers)
        {
            var entries = Directory.EnumerateFiles(folder, reader.ToString().ToLowerInvariant() + "-*.json").Order(StringComparer.Ordinal).ToList();
            var step = Math.Max(1, entries.Count / perReader);
            sample.AddRange(entries.Where((_, i) => i % step == 0).Take(perReader).Select(CorpusEntry.FromJson));
        }

        return sample;
    }
}
