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
    public void MetricPlugin_MissingFile_ExitCode2OneLine()
    {
        var run = Relgraph("metric", "--list", "--plugin", "no-such-plugin.dll");
        Assert.Equal(2, run.Exit);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
    }
}
