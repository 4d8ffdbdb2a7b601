using System.Text;
using RelationsGraph.Mediation;
using RelationsGraph.Model;
using RelationsGraph.Reporting;

namespace RelationsGraph.PublicApi.Tests;

/// <summary>The mediator report as a user writes it from outside the library.</summary>
public sealed class ReportApiTests
{
    [Fact]
    public void WriteHtml_FromOutside_WritesOnePageWithThePicture()
    {
        var network = new RelationsNetworkBuilder()
            .AddActor("RUS", ActorKind.State, "Russia").AddActor("UKR", ActorKind.State, "Ukraine")
            .AddActor("TUR", ActorKind.State, "Türkiye").AddActor("KAZ", ActorKind.State, "Kazakhstan")
            .AddRelation("RUS", "UKR", -1, RelationKind.War)
            .AddRelation("TUR", "RUS", 0.5, RelationKind.Partnership)
            .AddRelation("TUR", "UKR", 0.5, RelationKind.Partnership)
            .AddRelation("KAZ", "RUS", 0.8, RelationKind.Alliance)
            .Build();
        var ranking = MediatorRanking.Compute(network, Conflict.Between("RUS", "UKR"), new MediatorOptions { Permutations = 0, StabilityDraws = 0 });

        var picture = NetworkPicture.Build(ranking, network);
        Assert.Equal(4, picture.Nodes.Count);
        Assert.Contains(picture.Edges, e => e.Tie == PictureTie.Hostile);
        Assert.True(picture.Nodes.Single(n => n.Role == PictureRole.SideA).X < picture.Nodes.Single(n => n.Role == PictureRole.SideB).X);

        using var page = new MemoryStream();
        MediatorReport.WriteHtml(ranking, network, page, new MediatorReportOptions { Top = 2 });
        var html = Encoding.UTF8.GetString(page.ToArray());
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"relgraph-ranking\"", html, StringComparison.Ordinal);
        Assert.Contains("Türkiye", html, StringComparison.Ordinal);
    }
}
