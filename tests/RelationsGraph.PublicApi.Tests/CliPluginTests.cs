using System.Diagnostics;
using System.Text.Json;

namespace RelationsGraph.PublicApi.Tests;

/// <summary>The relgraph tool, run as a separate process, loads a plugin metric and prints it like a built-in one.</summary>
public sealed class CliPluginTests
{
    private static (int Exit, string Stdout, string Stderr) Relgraph(params string[] args)
    {
        var baseDir = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(baseDir, "relgraph-cli", "relgraph.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void MetricPlugin_ListedAndComputedAsJson()
    {
        var plugin = Path.Combine(AppContext.BaseDirectory, "RelationsGraph.SamplePlugin.dll");
        var edges = Path.Combine(Path.GetTempPath(), $"relgraph-plugin-{Guid.NewGuid():N}.csv");
        File.WriteAllText(edges, "source,target,weight\nA,B,1\nB,C,-1\nA,C,2\n");
        try
        {
            var list = Relgraph("metric", "--list", "--plugin", plugin);
            Assert.Equal(0, list.Exit);
            Assert.Contains("positive-share", list.Stdout, StringComparison.Ordinal);

            var run = Relgraph("metric", "positive-share", "--plugin", plugin, "--edges", edges, "--format", "json");
            Assert.True(run.Exit == 0, run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal("positive-share", json.RootElement.GetProperty("metric").GetString());
            var scores = json.RootElement.GetProperty("scores");
            Assert.Equal(1.0, scores.GetProperty("A").GetDouble());
            Assert.Equal(0.5, scores.GetProperty("B").GetDouble());
        }
        finally
        {
            File.Delete(edges);
        }
    }

    [Fact]
    public void MetricPlugin_OwnDependencyBesideIt_FoundInItsLoadContext()
    {
        // The plugin and its dependency alone in a folder: the tool has neither the dependency nor this copy of the
        // library's folder, so the dependency is found only by the plugin's resolver, and the plugin binds to the
        // tool's RelationsGraph (one IMetricPlugin type).
        var baseDir = AppContext.BaseDirectory;
        Assert.False(File.Exists(Path.Combine(baseDir, "relgraph-cli", "RelationsGraph.SamplePlugin.Dependency.dll")));
        var folder = Directory.CreateTempSubdirectory("relgraph-plugin-").FullName;
        var edges = Path.Combine(folder, "edges.csv");
        try
        {
            foreach (var file in new[] { "RelationsGraph.SamplePlugin.dll", "RelationsGraph.SamplePlugin.Dependency.dll" })
            {
                File.Copy(Path.Combine(baseDir, file), Path.Combine(folder, file));
            }

            File.WriteAllText(edges, "source,target,weight\nA,B,1\nB,C,-1\nA,C,2\n");
            var run = Relgraph("metric", "positive-share", "--plugin", Path.Combine(folder, "RelationsGraph.SamplePlugin.dll"), "--edges", edges, "--format", "json");

            Assert.True(run.Exit == 0, run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal(0.5, json.RootElement.GetProperty("scores").GetProperty("C").GetDouble());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MetricPlugin_Param_ReachesThePluginAndItsOptions()
    {
        var plugin = Path.Combine(AppContext.BaseDirectory, "RelationsGraph.SamplePlugin.dll");
        var edges = Path.Combine(Path.GetTempPath(), $"relgraph-plugin-{Guid.NewGuid():N}.csv");
        File.WriteAllText(edges, "source,target,weight\nA,B,1\nB,C,-1\nA,C,2\n");
        try
        {
            var list = Relgraph("metric", "--list", "--plugin", plugin, "--format", "json");
            Assert.Contains("--param min-weight=X", list.Stdout, StringComparison.Ordinal);

            // min-weight 1.5 keeps only A-C (weight 2): A and C have one positive tie each, B none.
            var run = Relgraph("metric", "positive-share", "--plugin", plugin, "--param", "min-weight=1.5", "--edges", edges, "--format", "json");
            Assert.True(run.Exit == 0, run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal(1.5, json.RootElement.GetProperty("options").GetProperty("min-weight").GetDouble());
            var scores = json.RootElement.GetProperty("scores");
            Assert.Equal(1.0, scores.GetProperty("C").GetDouble());
            Assert.Equal(JsonValueKind.Null, scores.GetProperty("B").ValueKind);

            var unknown = Relgraph("metric", "positive-share", "--plugin", plugin, "--param", "max-weight=1", "--edges", edges);
            Assert.Equal(2, unknown.Exit);
            Assert.Contains("min-weight", unknown.Stderr, StringComparison.Ordinal);
            Assert.Single(unknown.Stderr.TrimEnd().Split('\n'));

            var bad = Relgraph("metric", "positive-share", "--plugin", plugin, "--param", "min-weight=heavy", "--edges", edges);
            Assert.Equal(2, bad.Exit);
            Assert.Single(bad.Stderr.TrimEnd().Split('\n'));
        }
        finally
        {
            File.Delete(edges);
        }
    }

    [Fact]
    public void MetricPlugin_InTimelineAndPlot_RunsLikeBuiltIn()
    {
        var plugin = Path.Combine(AppContext.BaseDirectory, "RelationsGraph.SamplePlugin.dll");
        var folder = Directory.CreateTempSubdirectory("relgraph-plugin-").FullName;
        var edges = Path.Combine(folder, "edges.csv");
        File.WriteAllText(edges, "source,target,weight,start,end\nA,B,1,2000-01-01,\nB,C,-1,2001-01-01,\nA,C,2,2000-01-01,\n");
        try
        {
            var timeline = Relgraph("timeline", "--metric", "positive-share", "--plugin", plugin, "--param", "min-weight=0.5", "--edges", edges, "--from", "2000", "--to", "2001", "--format", "json");
            Assert.True(timeline.Exit == 0, timeline.Stderr);
            using var json = JsonDocument.Parse(timeline.Stdout);
            Assert.Equal("positive-share", json.RootElement.GetProperty("analysis").GetString());
            var b = json.RootElement.GetProperty("series").GetProperty("B");
            Assert.Equal(1.0, b[0].GetDouble());
            Assert.Equal(0.5, b[1].GetDouble());

            var png = Path.Combine(folder, "share.png");
            var plot = Relgraph("plot", "metric", "positive-share", "--plugin", plugin, "--edges", edges, "--output", png);
            Assert.True(plot.Exit == 0, plot.Stderr);
            Assert.True(new FileInfo(png).Length > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MetricPlugin_MissingFile_ExitCode2OneLine()
    {
        var run = Relgraph("metric", "--list", "--plugin", "no-such-plugin.dll");
        Assert.Equal(2, run.Exit);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
    }
}
