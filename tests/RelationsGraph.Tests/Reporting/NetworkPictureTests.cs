using RelationsGraph.Mediation;
using RelationsGraph.Reporting;
using Xunit;

namespace RelationsGraph.Tests.Reporting;

public sealed class NetworkPictureTests
{
    private static NetworkPicture World(int candidates = 20)
    {
        var world = ReportFixtures.World;
        return NetworkPicture.Build(ReportFixtures.Rank(world, Conflict.Between("RUS", "UKR"), ReportFixtures.At, draws: 0), world, new NetworkPictureOptions { Candidates = candidates });
    }

    [Fact]
    public void Build_SidesPinnedApart_CandidatesBetween_BlocsBelow()
    {
        var picture = World();
        var a = Assert.Single(picture.Nodes, n => n.Role == PictureRole.SideA);
        var b = Assert.Single(picture.Nodes, n => n.Role == PictureRole.SideB);
        var candidates = picture.Nodes.Where(n => n.Role == PictureRole.Candidate).ToList();
        Assert.Equal(20, candidates.Count);
        Assert.All(candidates, c => Assert.InRange(c.X, a.X + 1, b.X - 1));
        var lowestState = picture.Nodes.Where(n => n.Role != PictureRole.Bloc).Max(n => n.Y);
        Assert.All(picture.Nodes.Where(n => n.Role == PictureRole.Bloc), n => Assert.True(n.Y > lowestState));
        Assert.DoesNotContain(picture.Nodes, n => n.Id == "UN");
    }

    [Fact]
    public void Build_NodesKeepClearOfEachOther()
    {
        var picture = World(60);
        var states = picture.Nodes.Where(n => n.Role != PictureRole.Bloc).ToList();
        for (var i = 0; i < states.Count; i++)
        {
            for (var j = i + 1; j < states.Count; j++)
            {
                var d = Math.Sqrt(Math.Pow(states[i].X - states[j].X, 2) + Math.Pow(states[i].Y - states[j].Y, 2));
                Assert.True(d >= 48, $"{states[i].Id} and {states[j].Id} overlap ({d:0.0})");
            }
        }
    }

    [Fact]
    public void Build_HostilityDominates_AndEdgesJoinDrawnNodes()
    {
        var picture = World();
        var ids = picture.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(picture.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target)));
        Assert.Contains(picture.Edges, e => e.Source == "RUS" && e.Target == "UKR" && e.Tie == PictureTie.Hostile);
        Assert.Equal(picture.Edges.Count, picture.Edges.Select(e => (e.Source, e.Target)).Distinct().Count());
    }

    [Fact]
    public void Build_SameInput_SamePositions()
    {
        Assert.Equal(World().Nodes, World().Nodes);
        Assert.Equal(World().Edges, World().Edges);
    }
}
