using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

[Collection("relgraph CLI")]
public sealed class CliTests : IDisposable
{
    // A–B +1, B–C −1, A–C +2, D–E −0.5; F only in the nodes file (isolated).
    private const string EdgesCsv = "source,target,weight\nA,B,1\nB,C,-1\nA,C,2\nD,E,-0.5\n";
    private const string NodesCsv = "id,name,group\nA,Alpha,x\nB,Beta,x\nC,Gamma,y\nD,Delta,y\nE,Epsilon,z\nF,Phi,z\n";

    private readonly CliFixture files = new();
    private readonly string edges;
    private readonly string nodes;

    public CliTests()
    {
        edges = files.File("edges.csv", EdgesCsv);
        nodes = files.File("nodes.csv", NodesCsv);
    }

    public void Dispose() => files.Dispose();

    private static Dictionary<string, JsonElement> Scores(CliRun run)
    {
        using var doc = JsonDocument.Parse(run.Stdout);
        return doc.RootElement.GetProperty("scores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private static double[] ScoreValues(CliRun run, params string[] ids)
    {
        var scores = Scores(run);
        return [.. ids.Select(id => scores[id].GetDouble())];
    }

    // ---------------------------------------------------------------- info

    [Fact]
    public void Info_JsonWithNodes_CountsIsolatedNodesAndComponents()
    {
        var run = Ok("info", "--edges", edges, "--nodes", nodes, "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["nodes", "edges", "positive", "negative", "directed", "components"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(6, root.GetProperty("nodes").GetInt32());
        Assert.Equal(4, root.GetProperty("edges").GetInt32());
        Assert.Equal(2, root.GetProperty("positive").GetInt32());
        Assert.Equal(2, root.GetProperty("negative").GetInt32());
        Assert.False(root.GetProperty("directed").GetBoolean());
        Assert.Equal(3, root.GetProperty("components").GetInt32());
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Info_JsonWithoutNodes_CountsOnlyEndpoints()
    {
        var run = Ok("info", "--edges", edges, "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(5, doc.RootElement.GetProperty("nodes").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("components").GetInt32());
    }

    [Fact]
    public void Info_Directed_DirectedTrueAndWeakComponents()
    {
        // A→B→C and A→C: no cycle, so 3 strong components but 1 weak one; D→E: 1 weak; F isolated: 1.
        var run = Ok("info", "--edges", edges, "--nodes", nodes, "--directed", "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.True(doc.RootElement.GetProperty("directed").GetBoolean());
        Assert.Equal(3, doc.RootElement.GetProperty("components").GetInt32());
        Assert.Equal(6, doc.RootElement.GetProperty("nodes").GetInt32());
        Assert.Equal(4, doc.RootElement.GetProperty("edges").GetInt32());
    }

    [Fact]
    public void Info_ZeroWeightAndDuplicateRows_CountedAsInputRows()
    {
        var path = files.File("dup.csv", "source,target,weight\nA,B,1\nB,A,2\nB,C,0\n");

        var run = Ok("info", "--edges", path, "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("edges").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("positive").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("negative").GetInt32());
    }

    [Fact]
    public void Info_Table_ContainsEveryCount()
    {
        var run = Ok("info", "--edges", edges, "--nodes", nodes);

        foreach (var (key, value) in new[] { ("nodes", "6"), ("edges", "4"), ("positive", "2"), ("negative", "2"), ("directed", "false"), ("components", "3") })
        {
            Assert.Matches(new Regex($@"\b{key}\b[^\n]*\b{value}\b"), run.Stdout);
        }
    }

    [Fact]
    public void Info_Csv_HeaderAndOneRow()
    {
        var run = Ok("info", "--edges", edges, "--nodes", nodes, "--format", "csv");

        Assert.Equal("nodes,edges,positive,negative,directed,components\n6,4,2,2,false,3\n", run.Stdout);
    }

    [Fact]
    public void Info_OutputFile_WritesFileAndNothingToStdout()
    {
        var output = files.PathOf("info.json");

        var run = Ok("info", "--edges", edges, "--nodes", nodes, "--format", "json", "--output", output);

        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
        var expected = Ok("info", "--edges", edges, "--nodes", nodes, "--format", "json").Stdout;
        Assert.Equal(expected, File.ReadAllText(output));
        Assert.NotEqual(0xEF, File.ReadAllBytes(output)[0]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("table")]
    public void Info_TwoRuns_ByteIdentical(string format)
    {
        var first = Ok("info", "--edges", edges, "--nodes", nodes, "--format", format);
        var second = Ok("info", "--edges", edges, "--nodes", nodes, "--format", format);

        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void Info_GraphML_ReadsNetwork()
    {
        var graphml = files.File("g.graphml",
            "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +
            "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n" +
            "<graph edgedefault=\"undirected\"><node id=\"A\"/><node id=\"B\"/><node id=\"C\"/>\n" +
            "<edge source=\"A\" target=\"B\"><data key=\"w\">-1</data></edge></graph></graphml>\n");

        var run = Ok("info", "--graphml", graphml, "--format", "csv");

        Assert.Equal("nodes,edges,positive,negative,directed,components\n3,1,0,1,false,2\n", run.Stdout);
    }

    // ---------------------------------------------------------------- metric

    [Theory]
    [InlineData("all", new[] { 2.0, 2, 2, 1, 1, 0 })]
    [InlineData("positive", new[] { 2.0, 1, 1, 0, 0, 0 })]
    [InlineData("negative", new[] { 0.0, 1, 1, 1, 1, 0 })]
    public void MetricDegree_Json_CountsTiesSelected(string ties, double[] expected)
    {
        var run = Ok("metric", "degree", "--edges", edges, "--nodes", nodes, "--format", "json", "--ties", ties);

        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["metric", "options", "scores"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("degree", doc.RootElement.GetProperty("metric").GetString());
        Assert.Equal(ties, doc.RootElement.GetProperty("options").GetProperty("ties").GetString());
        Assert.Equal(["A", "B", "C", "D", "E", "F"], doc.RootElement.GetProperty("scores").EnumerateObject().Select(p => p.Name));
        Assert.Equal(expected, ScoreValues(run, "A", "B", "C", "D", "E", "F"));
    }

    [Theory]
    [InlineData("all", new[] { 3.0, 2, 3, 0.5, 0.5, 0 })]
    [InlineData("positive", new[] { 3.0, 1, 2, 0, 0, 0 })]
    [InlineData("negative", new[] { 0.0, 1, 1, 0.5, 0.5, 0 })]
    public void MetricStrength_Json_SumsAbsoluteWeightsOfTiesSelected(string ties, double[] expected)
    {
        var run = Ok("metric", "strength", "--edges", edges, "--nodes", nodes, "--format", "json", "--ties", ties);

        Assert.Equal(expected, ScoreValues(run, "A", "B", "C", "D", "E", "F"));
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("abs", doc.RootElement.GetProperty("options").GetProperty("strength").GetString());
    }

    [Fact]
    public void MetricStrength_Unit_CountsOnePerTie()
    {
        var run = Ok("metric", "strength", "--edges", edges, "--format", "json", "--strength", "unit");

        Assert.Equal([2.0, 2, 2, 1, 1], ScoreValues(run, "A", "B", "C", "D", "E"));
    }

    [Theory]
    [InlineData("degree", "out", new[] { 2.0, 1, 0, 1, 0, 0 })]
    [InlineData("degree", "in", new[] { 0.0, 1, 2, 0, 1, 0 })]
    [InlineData("degree", "all", new[] { 2.0, 2, 2, 1, 1, 0 })]
    [InlineData("strength", "out", new[] { 3.0, 1, 0, 0.5, 0, 0 })]
    [InlineData("strength", "in", new[] { 0.0, 1, 3, 0, 0.5, 0 })]
    public void Metric_DirectedWithMode_CountsOutInOrAll(string metric, string mode, double[] expected)
    {
        var run = Ok("metric", metric, "--edges", edges, "--nodes", nodes, "--directed", "--mode", mode, "--format", "json");

        Assert.Equal(expected, ScoreValues(run, "A", "B", "C", "D", "E", "F"));
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(mode, doc.RootElement.GetProperty("options").GetProperty("mode").GetString());
    }

    [Fact]
    public void Metric_DirectedPositiveOut_CombinesTiesAndMode()
    {
        var run = Ok("metric", "degree", "--edges", edges, "--directed", "--mode", "out", "--ties", "positive", "--format", "json");

        Assert.Equal([2.0, 0, 0, 0, 0], ScoreValues(run, "A", "B", "C", "D", "E"));
    }

    [Fact]
    public void MetricDegree_Csv_IdScoreRowsInGraphOrder()
    {
        var run = Ok("metric", "degree", "--edges", edges, "--nodes", nodes, "--format", "csv");

        Assert.Equal("id,score\nA,2\nB,2\nC,2\nD,1\nE,1\nF,0\n", run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void MetricStrength_CsvNegativeTies_Values()
    {
        var run = Ok("metric", "strength", "--edges", edges, "--format", "csv", "--ties", "negative");

        Assert.Equal("id,score\nA,0\nB,1\nC,1\nD,0.5\nE,0.5\n", run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void MetricStrength_Table_RankedBestFirstTiesById()
    {
        var run = Ok("metric", "strength", "--edges", edges, "--nodes", nodes);

        Assert.Contains("rank", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("strength", run.Stdout, StringComparison.Ordinal);
        var rows = run.Stdout.Split('\n').Where(l => Regex.IsMatch(l, @"^\S\s*\d+\s")).ToArray();
        Assert.Equal(6, rows.Length);
        Assert.Matches(@"\b1\b\s*\S\s*A\s*\S\s*3\b", rows[0]);
        Assert.Matches(@"\b2\b\s*\S\s*C\s*\S\s*3\b", rows[1]);
        Assert.Matches(@"\b3\b\s*\S\s*B\s*\S\s*2\b", rows[2]);
        Assert.Matches(@"\b6\b\s*\S\s*F\s*\S\s*0\b", rows[5]);
    }

    [Fact]
    public void MetricDegree_TableTop_ShowsOnlyK()
    {
        var run = Ok("metric", "degree", "--edges", edges, "--nodes", nodes, "--top", "2", "--ties", "negative");

        var rows = run.Stdout.Split('\n').Where(l => Regex.IsMatch(l, @"^\S\s*\d+\s")).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Matches(@"\b1\b\s*\S\s*B\s*\S\s*1\b", rows[0]);
        Assert.Matches(@"\b2\b\s*\S\s*C\s*\S\s*1\b", rows[1]);
    }

    [Fact]
    public void Metric_OutputFile_WritesFileAndNothingToStdout()
    {
        var output = files.PathOf("scores.csv");

        var run = Ok("metric", "degree", "--edges", edges, "--format", "csv", "--output", output);

        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal("id,score\nA,2\nB,2\nC,2\nD,1\nE,1\n", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("degree", "json")]
    [InlineData("degree", "csv")]
    [InlineData("degree", "table")]
    [InlineData("strength", "json")]
    [InlineData("strength", "csv")]
    [InlineData("strength", "table")]
    public void Metric_TwoRuns_ByteIdentical(string metric, string format)
    {
        var first = Ok("metric", metric, "--edges", edges, "--nodes", nodes, "--format", format, "--ties", "negative");
        var second = Ok("metric", metric, "--edges", edges, "--nodes", nodes, "--format", format, "--ties", "negative");

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.NotEqual(string.Empty, first.Stdout);
    }

    [Fact]
    public void MetricList_ListsBuiltInsAndExitsZero()
    {
        var run = Ok("metric", "--list");

        Assert.Contains("degree", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("strength", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);
    }

    // ---------------------------------------------------------------- help

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_ExitsZeroAndListsCommands(string flag)
    {
        var run = Ok(flag);

        Assert.Contains("info", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("metric", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Theory]
    [InlineData("info")]
    [InlineData("metric")]
    public void CommandHelp_ExitsZeroAndDocumentsOptions(string command)
    {
        var run = Ok(command, "--help");

        Assert.Contains("--edges", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--format", run.Stdout, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- notes

    [Fact]
    public void SelfLoopDrop_ExitsZeroWithNoteNamingLine()
    {
        var path = files.File("loops.csv", "source,target,weight\nA,B,1\nC,C,2\nB,C,1\n");

        var run = Ok("info", "--edges", path, "--self-loops", "drop", "--format", "json");

        var note = Assert.Single(run.ErrorLines, l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("self-loop", StringComparison.Ordinal));
        Assert.Contains("loops.csv:3", note, StringComparison.Ordinal);
        Assert.Contains("'C'", note, StringComparison.Ordinal);
        Assert.All(run.ErrorLines, l => Assert.StartsWith("note: ", l, StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("edges").GetInt32());
    }

    [Fact]
    public void DuplicateEdges_ExitZeroWithNoteNamingBothLines()
    {
        var path = files.File("dups.csv", "source,target,weight\nA,B,1\nB,C,1\nB,A,2\n");

        var run = Ok("metric", "strength", "--edges", path, "--format", "json");

        Assert.Contains(run.ErrorLines, l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("dups.csv:4", StringComparison.Ordinal) && l.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("merged", StringComparison.Ordinal));
        Assert.All(run.ErrorLines, l => Assert.StartsWith("note: ", l, StringComparison.Ordinal));
        Assert.Equal([3.0, 4, 1], ScoreValues(run, "A", "B", "C"));
    }

    [Fact]
    public void Quiet_SuppressesNotes()
    {
        var path = files.File("dups.csv", "source,target\nA,B\nB,A\nC,C\n");

        var run = Ok("info", "--edges", path, "--self-loops", "drop", "--quiet");

        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void ManyNotes_FirstFiveThenSummary()
    {
        var path = files.File("many.csv", "source,target\n" + string.Concat(Enumerable.Repeat("A,B\n", 9)));

        var run = Ok("info", "--edges", path, "--format", "json");

        // 8 duplicate-row notes and 1 merge note from the projection: the first five are shown, then a count.
        var duplicateNotes = run.ErrorLines.Where(l => l.Contains("duplicate", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, duplicateNotes.Length);
        Assert.Equal("note: ... and 4 more", run.ErrorLines[^1]);
        Assert.Equal(6, run.ErrorLines.Length);
    }
}
