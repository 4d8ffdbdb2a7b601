using RelationsGraph.Tests.Cli;
using Xunit;

namespace RelationsGraph.Tests.Reporting;

public sealed class ReportCliTests
{
    [Fact]
    public void Report_UnknownActor_ExitsTwoWithOneLine()
    {
        using var cli = new CliFixture();
        var run = CliFixture.Run("report", "--between", "RUS", "XYZ", "--output", cli.PathOf("r.html"));
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
        Assert.Contains("XYZ", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("r.html")));
    }

    [Theory]
    [InlineData("missing-folder/r.html")]
    [InlineData("")]
    public void Report_OutputCannotBeWritten_ExitsTwoWithOneLine(string relative)
    {
        using var cli = new CliFixture();
        var path = relative.Length == 0 ? cli.Folder : cli.PathOf(relative);
        var run = CliFixture.Run("report", "--between", "RUS", "UKR", "--at", "2023-06-30", "--output", path);
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
        Assert.Contains("--output", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SidesWithoutHostility_NotesItAndWritesTheReport()
    {
        using var cli = new CliFixture();
        var file = cli.PathOf("r.html");
        var run = CliFixture.Ok("report", "--between", "FRA", "DEU", "--at", "2023-06-30", "--permutations", "0", "--output", file);
        Assert.Contains("no hostile relation", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("the sides have no hostile relation", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SideOptions_AreAccepted()
    {
        using var cli = new CliFixture();
        var file = cli.PathOf("r.html");
        CliFixture.Ok("report", "--side-a", "RUS,BLR", "--side-b", "UKR", "--at", "2023-06-30", "--permutations", "0", "--draws", "0", "--top", "8", "--output", file);
        var picture = ReportFixtures.Picture(File.ReadAllText(file));
        Assert.Equal(2, picture["nodes"]!.AsArray().Count(n => n!["role"]!.GetValue<string>() == "side_a"));
        Assert.Equal(8, picture["nodes"]!.AsArray().Count(n => n!["role"]!.GetValue<string>() == "candidate"));
    }

    [Fact]
    public void PlotNetwork_WritesPngAndSvg()
    {
        using var cli = new CliFixture();
        var png = cli.PathOf("net.png");
        var svg = cli.PathOf("net.svg");
        CliFixture.Ok("plot", "network", "--between", "RUS", "UKR", "--at", "2023-06-30", "--output", png);
        var run = CliFixture.Ok("plot", "network", "--between", "RUS", "UKR", "--at", "2023-06-30", "--draw", "10", "--output", svg);
        Assert.Equal(run.Stdout, string.Empty);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png)[..4]);
        var text = File.ReadAllText(svg);
        Assert.Contains("<svg", text, StringComparison.Ordinal);
        Assert.Contains("hostile tie", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("net.jpg")]
    [InlineData("missing/net.png")]
    public void PlotNetwork_BadOutput_ExitsTwoWithOneLine(string name)
    {
        using var cli = new CliFixture();
        var run = CliFixture.Run("plot", "network", "--between", "RUS", "UKR", "--output", cli.PathOf(name));
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
    }
}
