using System.Globalization;
using System.Net;
using System.Text;
using RelationsGraph.Mediation;
using RelationsGraph.Metrics;

namespace RelationsGraph.Reporting;

/// <summary>
/// Results as HTML tables, for notebooks: register them once in a setup cell, e.g.
/// <c>Formatter.Register&lt;NodeScores&gt;((s, w) =&gt; w.Write(HtmlTables.ToHtml(s)), "text/html");</c> — the library
/// itself depends on no notebook package. Text is HTML-escaped; NaN shows as an empty cell.
/// </summary>
public static class HtmlTables
{
    /// <summary>A ranking table of node scores: rank, id, score.</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="top">Only the best K (default 20; null for all).</param>
    /// <returns>An HTML table.</returns>
    public static string ToHtml(NodeScores scores, int? top = 20)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var html = Start(["rank", "id", scores.Metric]);
        foreach (var r in top is { } k ? scores.Top(k) : scores.Ranking())
        {
            Row(html, [Int(r.Rank), r.Id, Number(r.Score)]);
        }

        return End(html, $"{scores.Metric}: {scores.Count} nodes");
    }

    /// <summary>A mediator ranking: rank, id, name, score, each criterion, rank interval, p-value.</summary>
    /// <param name="result">The ranking.</param>
    /// <param name="top">Only the best K (default 15; null for all).</param>
    /// <returns>An HTML table.</returns>
    public static string ToHtml(MediatorRankingResult result, int? top = 15)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = Start(["rank", "id", "name", "score", .. result.Weights.Select(w => w.Key), "ranks", "p"]);
        foreach (var c in result.Candidates.Take(top ?? int.MaxValue))
        {
            Row(html, [Int(c.Rank), c.Id, c.Name, Number(c.Score), .. c.Criteria.Select(kv => Number(kv.Value)), $"{Int(c.RankLow)}–{Int(c.RankHigh)}", Number(c.PValue)]);
        }

        var at = result.At is { } d ? $" at {d:yyyy-MM-dd}" : string.Empty;
        return End(html, $"mediators: {result.Conflict.Name}{at}");
    }

    private static StringBuilder Start(IEnumerable<string> headers)
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var h in headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        return html.Append("</tr></thead><tbody>");
    }

    private static void Row(StringBuilder html, IEnumerable<string> cells)
    {
        html.Append("<tr>");
        foreach (var c in cells)
        {
            html.Append("<td>").Append(WebUtility.HtmlEncode(c)).Append("</td>");
        }

        html.Append("</tr>");
    }

    private static string End(StringBuilder html, string caption) =>
        html.Append("</tbody><caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption></table>").ToString();

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString("0.####", CultureInfo.InvariantCulture);
}
