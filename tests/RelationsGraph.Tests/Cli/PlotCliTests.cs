using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary><c>relgraph plot mediators|metric</c>: PNG files, and bad input.</summary>
[Collection("relgraph CLI")]
public sealed class PlotCliTests : IDisposable
{
    private static readonly string Tribes = Path.Combine(AppContext.BaseDirectory, "samples", "highland-tribes.edges.csv");
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    private static void AssertPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{bytes.Length} bytes");
        Assert.Equal(PngSignature, bytes.Take(8));
    }

    [Fact]
    public void Metric_WritesAPng()
    {
        var png = files.PathOf("betweenness.png");

        var run = Ok("plot", "metric", "betweenness", "--edges", Tribes, "--output", png, "--top", "5", "--width", "600", "--height", "400");

        Assert.Equal(string.Empty, run.Stdout);
        AssertPng(png);
    }

    [Fact]
    public void Mediators_WritesAPng_FromTheEmbeddedDataset()
    {
        var png = files.PathOf("mediators.png");

        Ok("plot", "mediators", "--between", "RUS", "UKR", "--at", "2023-06-30", "--permutations", "0", "--draws", "0", "--output", png, "--quiet");

        AssertPng(png);
    }

    [Fact]
    public void BadInput_Exit2()
    {
        AssertBadInput(Run("plot", "metric", "betweenness", "--edges", Tribes, "--output", files.PathOf("chart.svg")), ".png");
        AssertBadInput(Run("plot", "metric", "betweenness", "--edges", Tribes, "--output", Path.Combine(files.Folder, "missing", "c.png")), "folder not found");
        AssertBadInput(Run("plot", "metric", "edge-betweenness", "--edges", Tribes, "--output", files.PathOf("e.png")), "edge metric");
        AssertBadInput(Run("plot", "metric", "degree", "--edges", Tribes, "--output", files.PathOf("d.png"), "--width", "5"), "--width");
        AssertBadInput(Run("plot", "metric", "degree", "--edges", Tribes), "--output");
    }
}
