using System.Text.Json.Nodes;
using RelationsGraph.Mediation;
using Xunit;

namespace RelationsGraph.Tests.Reporting;

/// <summary>
/// The report in a real browser: headless Debian chromium over the DevTools protocol (<see cref="HeadlessChromium"/>).
/// Screenshots go to artifacts/report/ at the repository root. Skipped with a message when chromium is absent outside CI.
/// </summary>
public sealed class MediatorReportBrowserTests
{
    [Fact]
    public async Task Report_InChromium_DrawsTheDataWithoutErrorsOrRequests_AndExplainsAClickedNode()
    {
        HeadlessChromium.RequireExecutable();
        var world = ReportFixtures.World;
        var result = ReportFixtures.Rank(world, Conflict.Between("RUS", "UKR"), ReportFixtures.At, permutations: 19);
        var html = ReportFixtures.Html(result, world);
        var file = ReportFixtures.File(html);
        var picture = ReportFixtures.Picture(html);

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(file);
        await Drawn(browser, picture);
        await browser.ScreenshotAsync(Artifact("report.png"));

        var best = result.Candidates[0];
        var point = (await browser.EvaluateAsync($$"""
            (() => { const n = window.relgraphReport.cy.getElementById({{JsonValue.Create(best.Id).ToJsonString()}});
                     const p = n.renderedPosition(); const r = document.getElementById('graph').getBoundingClientRect();
                     return [r.left + p.x, r.top + p.y]; })()
            """))!.AsArray();
        await browser.ClickAsync(point[0]!.GetValue<double>(), point[1]!.GetValue<double>());
        var details = (await browser.EvaluateAsync("document.getElementById('details').textContent"))!.GetValue<string>();
        Assert.Contains(best.Name, details, StringComparison.Ordinal);
        Assert.All(best.Explanation, line => Assert.Contains(line, details, StringComparison.Ordinal));
        await browser.ScreenshotAsync(Artifact("report-clicked.png"));

        Assert.Empty(browser.Errors);
        Assert.Empty(browser.Dialogs);
        Assert.All(browser.Requests, url => Assert.Equal(new Uri(file).AbsoluteUri, url));
    }

    [Fact]
    public async Task Report_HostileNames_InChromium_RunNothingAndShowAsText()
    {
        HeadlessChromium.RequireExecutable();
        var (network, conflict) = MediatorReportTests.HostileNames();
        var result = ReportFixtures.Rank(network, conflict);
        var html = ReportFixtures.Html(result, network);
        var file = ReportFixtures.File(html);

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(file);
        await Drawn(browser, ReportFixtures.Picture(html));
        Assert.Equal(4, (await browser.EvaluateAsync("document.scripts.length"))!.GetValue<int>());
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('img, svg, b').length"))!.GetValue<int>());
        Assert.Contains("</script><script>alert(1)</script>", (await browser.EvaluateAsync("document.querySelector('header .meta').textContent + document.title"))!.GetValue<string>(), StringComparison.Ordinal);
        await browser.EvaluateAsync("window.relgraphReport.show('<b>C</b>')");
        Assert.Contains("\"quoted\" & 'apostrophe' <!-- comment", (await browser.EvaluateAsync("document.getElementById('details').textContent"))!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(browser.Dialogs);
        Assert.Empty(browser.Errors);
        Assert.All(browser.Requests, url => Assert.Equal(new Uri(file).AbsoluteUri, url));
    }

    [Fact]
    public async Task Report_FiveThousandActors_InChromium_LoadsAndDrawsTheBoundedPicture()
    {
        HeadlessChromium.RequireExecutable();
        var network = ReportFixtures.Large();
        var result = ReportFixtures.Rank(network, Conflict.Between("S0000", "S0001"), draws: 0);
        var html = ReportFixtures.Html(result, network);
        var file = ReportFixtures.File(html);

        await using var browser = await HeadlessChromium.StartAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await browser.OpenAsync(file);
        await Drawn(browser, ReportFixtures.Picture(html));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the page took {clock.Elapsed.TotalSeconds:0.0} s");
        await browser.ScreenshotAsync(Artifact("report-5000.png"));
        Assert.Empty(browser.Errors);
    }

    /// <summary>Waits for the script, then asserts it drew every node and edge of the embedded picture.</summary>
    private static async Task Drawn(HeadlessChromium browser, JsonNode picture)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await browser.EvaluateAsync("typeof window.relgraphReport"))!.GetValue<string>() != "object")
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the report's script did not run: {string.Join(" | ", browser.Errors)}");
            await Task.Delay(50);
        }

        var counts = (await browser.EvaluateAsync("[window.relgraphReport.cy.nodes().filter(n => n.visible()).length, window.relgraphReport.cy.edges().filter(e => e.visible()).length]"))!.AsArray();
        Assert.Equal(picture["nodes"]!.AsArray().Count, counts[0]!.GetValue<int>());
        Assert.Equal(picture["edges"]!.AsArray().Count, counts[1]!.GetValue<int>());
    }

    /// <summary>A path under artifacts/report/ at the repository root (the folder holding RelationsGraph.sln).</summary>
    private static string Artifact(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RelationsGraph.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? Path.GetTempPath(), "artifacts", "report", name);
    }
}
