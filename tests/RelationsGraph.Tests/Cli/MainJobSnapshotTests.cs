using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary>
/// The main job pinned: the seeded JSON of <c>relgraph mediators --between RUS UKR --at 2023-06-30</c> on the embedded
/// <c>world</c> dataset equals the committed snapshot byte for byte. A deliberate change of the model or the data
/// regenerates it (<c>fixtures/mediation/make_snapshot.sh</c>) and the diff is reviewed.
/// </summary>
[Collection("relgraph CLI")]
public sealed class MainJobSnapshotTests
{
    [Fact]
    public void MainJob_Json_EqualsTheSnapshot()
    {
        var run = Run("mediators", "--between", "RUS", "UKR", "--at", "2023-06-30", "--permutations", "19", "--draws", "100", "--seed", "1", "--top", "25", "--format", "json", "--quiet");

        Assert.Equal(0, run.Exit);
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "mediation", "main-job-rus-ukr-2023.json"));
        Assert.Equal(expected, run.Stdout);
    }

    [Fact]
    public void MainJob_NoListedPartisanInTheTopTen()
    {
        var run = Run("mediators", "--between", "RUS", "UKR", "--at", "2023-06-30", "--permutations", "0", "--draws", "0", "--top", "10", "--format", "csv", "--quiet");

        var ids = run.Stdout.TrimEnd('\n').Split('\n').Skip(1).Select(line => line.Split(',')[1]).ToList();
        Assert.Equal(10, ids.Count);
        Assert.All(new[] { "USA", "GBR", "POL", "BLR", "PRK", "IRN", "MDA" }, p => Assert.DoesNotContain(p, ids));
    }
}
