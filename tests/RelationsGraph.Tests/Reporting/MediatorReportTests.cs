using System.Text.Json.Nodes;
using RelationsGraph.Mediation;
using RelationsGraph.Model;
using RelationsGraph.Reporting;
using RelationsGraph.Tests.Cli;
using Xunit;

namespace RelationsGraph.Tests.Reporting;

public sealed class MediatorReportTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Report_EmbeddedRanking_EqualsMediatorsJson(int top)
    {
        string[] extra = top > 0 ? ["--top", top.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
        using var cli = new CliFixture();
        var file = cli.PathOf("report.html");
        string[] common = ["--between", "RUS", "UKR", "--at", "2023-06-30", "--permutations", "19", "--draws", "40", "--seed", "7", .. extra];
        CliFixture.Ok(["report", .. common, "--output", file]);
        var mediators = CliFixture.Ok(["mediators", .. common, "--format", "json"]);

        var html = System.IO.File.ReadAllText(file);
        var embedded = ReportFixtures.Embedded(html, "relgraph-ranking");
        Assert.Equal(MediatorReport.ScriptJson(mediators.Stdout.TrimEnd('\n')), embedded);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(mediators.Stdout), JsonNode.Parse(embedded)));
    }

    [Fact]
    public void WriteHtml_SameInput_GivesByteIdenticalPages()
    {
        var world = ReportFixtures.World;
        var first = ReportFixtures.Html(ReportFixtures.Rank(world, Conflict.Between("RUS", "UKR"), ReportFixtures.At), world);
        var second = ReportFixtures.Html(ReportFixtures.Rank(world, Conflict.Between("RUS", "UKR"), ReportFixtures.At), world);
        Assert.Equal(first, second);
    }

    [Fact]
    public void WriteHtml_Page_LoadsNothingFromOutside()
    {
        var world = ReportFixtures.World;
        var html = ReportFixtures.Html(ReportFixtures.Rank(world, Conflict.Between("RUS", "UKR"), ReportFixtures.At), world);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" href=", html, StringComparison.OrdinalIgnoreCase);
        var style = System.Text.RegularExpressions.Regex.Match(html, "<style>(.*?)</style>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(style);
        Assert.DoesNotContain("@import", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", style, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, ReportFixtures.ScriptTag().Count(html));
        Assert.Contains($"Cytoscape.js {MediatorReport.CytoscapeVersion}", html, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2016-2026, The Cytoscape Consortium.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteHtml_HostileNames_AreTextNotMarkup()
    {
        var (network, conflict) = HostileNames();
        var html = ReportFixtures.Html(ReportFixtures.Rank(network, conflict), network);
        Assert.Equal(4, ReportFixtures.ScriptTag().Count(html));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</script><script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        var picture = ReportFixtures.Picture(html);
        Assert.Contains(picture["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == "</script><script>alert(1)</script>");
    }

    [Fact]
    public void WriteHtml_SidesNotHostile_SaysSoAndStillReports()
    {
        var world = ReportFixtures.World;
        var result = ReportFixtures.Rank(world, Conflict.Between("FRA", "DEU"), ReportFixtures.At);
        Assert.False(result.SidesHostile);
        var html = ReportFixtures.Html(result, world);
        Assert.Contains("the sides have no hostile relation", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteHtml_FiveThousandActors_DrawsABoundedPicture()
    {
        var network = ReportFixtures.Large();
        var result = ReportFixtures.Rank(network, Conflict.Between("S0000", "S0001"), draws: 0);
        var html = ReportFixtures.Html(result, network);
        var picture = ReportFixtures.Picture(html);
        Assert.InRange(picture["nodes"]!.AsArray().Count, 3, 290);
        Assert.Equal(20 + 2, picture["nodes"]!.AsArray().Count(n => n!["role"]!.GetValue<string>() != "bloc"));
        Assert.InRange(html.Length, 100_000, 12_000_000);
        Assert.Contains($"The best {MediatorReportOptions.MaxTableRows} of", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedCytoscape_MatchesTheChecksumInTheNotices()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !System.IO.File.Exists(Path.Combine(root.FullName, "RelationsGraph.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var asset = System.IO.File.ReadAllBytes(Path.Combine(root.FullName, "src", "RelationsGraph", "Reporting", "assets", "cytoscape.min.js"));
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(asset));
        Assert.Contains(sha, System.IO.File.ReadAllText(Path.Combine(root.FullName, "THIRD-PARTY-NOTICES.md")), StringComparison.Ordinal);
        Assert.Contains(sha, System.IO.File.ReadAllText(Path.Combine(root.FullName, "src", "RelationsGraph", "Reporting", "assets", "cytoscape.NOTICE.md")), StringComparison.Ordinal);
        Assert.Contains($"Cytoscape.js {MediatorReport.CytoscapeVersion}", System.IO.File.ReadAllText(Path.Combine(root.FullName, "THIRD-PARTY-NOTICES.md")).Replace("| version | ", "Cytoscape.js ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>A small network whose names and ids try to break out of the page.</summary>
    internal static (RelationsNetwork Network, Conflict Conflict) HostileNames()
    {
        var b = new RelationsNetworkBuilder();
        b.AddActor("A", ActorKind.State, "</script><script>alert(1)</script>");
        b.AddActor("B", ActorKind.State, "<img src=x onerror=alert(2)>");
        b.AddActor("<b>C</b>", ActorKind.State, "\"quoted\" & 'apostrophe' <!-- comment");
        b.AddActor("D", ActorKind.State, "Dee");
        b.AddActor("X", ActorKind.Bloc, "<svg onload=alert(3)>");
        b.AddRelation("A", "B", -1, RelationKind.War);
        b.AddRelation("A", "<b>C</b>", 0.8, RelationKind.Partnership);
        b.AddRelation("B", "<b>C</b>", 0.6, RelationKind.Partnership);
        b.AddRelation("B", "D", 0.5, RelationKind.Alliance);
        b.AddRelation(new Relation("<b>C</b>", "X", 1, RelationKind.Membership, isDirected: true));
        b.AddRelation(new Relation("D", "X", 1, RelationKind.Membership, isDirected: true));
        return (b.Build(), Conflict.Between("A", "B"));
    }
}
