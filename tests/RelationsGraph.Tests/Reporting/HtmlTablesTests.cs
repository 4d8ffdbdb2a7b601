using RelationsGraph.Centrality;
using RelationsGraph.Mediation;
using RelationsGraph.Model;
using Xunit;
using RelationsGraph.Reporting;

namespace RelationsGraph.Tests.Reporting;

public sealed class HtmlTablesTests
{
    [Fact]
    public void NodeScores_RankedRowsEscaped()
    {
        var g = TestGraphs.Undirected(["<a>", "b", "c"], ("<a>", "b", 1), ("b", "c", 1));

        var html = HtmlTables.ToHtml(g.Degree(), top: 2);

        Assert.StartsWith("<table><thead><tr><th>rank</th><th>id</th><th>degree</th></tr></thead><tbody>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>1</td><td>b</td><td>2</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;a&gt;", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<tr><td>").Length - 1);
        Assert.EndsWith("<caption>degree: 3 nodes</caption></table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MediatorRanking_OneRowPerCandidateWithCriteria()
    {
        var world = new RelationsNetworkBuilder()
            .AddActor("A", ActorKind.State).AddActor("B", ActorKind.State).AddActor("M", ActorKind.State, "M & Co")
            .AddRelation("A", "B", -1, RelationKind.War).AddRelation("M", "A", 1, RelationKind.Partnership).AddRelation("M", "B", 1, RelationKind.Partnership)
            .Build();

        var html = HtmlTables.ToHtml(MediatorRanking.Compute(world, Conflict.Between("A", "B"), new MediatorOptions { Permutations = 0, StabilityDraws = 0 }));

        Assert.Contains("<th>access</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>M &amp; Co</td>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>mediators: A vs B</caption>", html, StringComparison.Ordinal);
    }
}
