using RelationsGraph.Cli;
using Xunit;

namespace RelationsGraph.Tests.Cli;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("rus", "RUS")]
    [InlineData("reprot", "report")]
    [InlineData("--betwen", "--between")]
    [InlineData("mediatros", "mediators")]
    public void Closest_Typo_FindsTheName(string input, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(input, ["RUS", "UKR", "report", "--between", "mediators", "metric"]));

    [Fact]
    public void Closest_NothingNear_IsNull() => Assert.Null(Suggestions.Closest("zzzzzz", ["RUS", "UKR", "report"]));

    [Fact]
    public void Report_LowerCaseActor_SuggestsTheId()
    {
        var run = CliFixture.Run("report", "--between", "rus", "UKR", "--output", Path.Combine(Path.GetTempPath(), "unused.html"));
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
        Assert.Contains("did you mean 'RUS'?", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ActorByName_SuggestsTheId()
    {
        var run = CliFixture.Run("plot", "network", "--between", "Russia", "UKR", "--output", Path.Combine(Path.GetTempPath(), "unused.png"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("did you mean 'RUS', Russia?", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did you mean 'report'?", "reprot", "--between", "RUS", "UKR")]
    [InlineData("did you mean '--between'?", "report", "--betwen", "RUS", "UKR", "--output", "x.html")]
    public void Typo_InCommandOrOption_SuggestsTheName(string expected, params string[] args)
    {
        var run = CliFixture.Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }
}
