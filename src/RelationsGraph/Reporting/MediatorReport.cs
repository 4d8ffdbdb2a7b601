using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RelationsGraph.IO;
using RelationsGraph.Mediation;
using RelationsGraph.Model;

namespace RelationsGraph.Reporting;

/// <summary>
/// A mediator ranking as one self-contained, offline HTML page: the network picture (<see cref="NetworkPicture"/>,
/// drawn by an embedded copy of Cytoscape.js at the positions computed here), the ranking table with each
/// candidate's weighted criteria as a bar, and the notes. No request leaves the page: the script and styles are
/// inline, and a Content-Security-Policy (<c>default-src 'none'</c>, scripts allowed by their SHA-256 only) forbids
/// any fetch. Names, ids and explanations are data, never markup: text is HTML-encoded and the embedded JSON escapes
/// <c>&lt;</c>, so an actor named <c>&lt;/script&gt;</c> shows as text.
/// </summary>
/// <remarks>
/// The page embeds, in <c>&lt;script type="application/json" id="relgraph-ranking"&gt;</c>, exactly the JSON
/// <see cref="MediatorFormat.WriteJson"/> writes for the same ranking and top (what <c>relgraph mediators --format json</c>
/// prints), and the picture's nodes, edges, positions and each drawn candidate's contributions in
/// <c>id="relgraph-picture"</c>. The output is deterministic: the same ranking and network give byte-identical pages.
/// The table shows at most <see cref="MediatorReportOptions.MaxTableRows"/> rows; the picture at most 290 nodes.
/// </remarks>
public static class MediatorReport
{
    /// <summary>The version of the embedded Cytoscape.js (MIT licence; see THIRD-PARTY-NOTICES.md).</summary>
    public const string CytoscapeVersion = "3.35.0";

    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>Writes the report of a ranking.</summary>
    /// <param name="result">The ranking (<see cref="MediatorRanking.Compute"/>).</param>
    /// <param name="network">The network it was computed on (read at the ranking's date for the picture).</param>
    /// <param name="stream">The stream to write UTF-8 HTML to (left open).</param>
    /// <param name="options">Top K, what the picture draws, the title.</param>
    public static void WriteHtml(MediatorRankingResult result, RelationsNetwork network, Stream stream, MediatorReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new MediatorReportOptions();
        if (options.Top is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Top must be at least 1.");
        }

        var pictureOptions = options.Picture with { Candidates = Math.Min(options.Picture.Candidates, options.Top ?? int.MaxValue) };
        WriteHtml(NetworkPicture.Build(result, network, pictureOptions), stream, options);
    }

    /// <summary>Writes the report of a ranking whose picture is already built.</summary>
    /// <param name="picture">The picture (<see cref="NetworkPicture.Build"/>); its ranking is reported.</param>
    /// <param name="stream">The stream to write UTF-8 HTML to (left open).</param>
    /// <param name="options">Top K (for the embedded ranking and the table) and the title.</param>
    public static void WriteHtml(NetworkPicture picture, Stream stream, MediatorReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new MediatorReportOptions();
        var result = picture.Result;
        var rankingJson = RankingJson(result, options.Top);
        var pictureJson = PictureJson(picture);
        var library = Asset("cytoscape.min.js");
        var app = Asset("report.js");
        var title = options.Title ?? $"Mediators: {result.Conflict.Name}";
        var at = result.At is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "every relation, whatever its date";

        var html = new StringBuilder(library.Length + app.Length + rankingJson.Length + pictureJson.Length + 65_536);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src ")
            .Append(Hash(library)).Append(' ').Append(Hash(app))
            .Append("; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"RelationsGraph\">\n")
            .Append("<title>").Append(Text(title)).Append("</title>\n<style>\n").Append(Asset("report.css")).Append("</style>\n</head>\n<body>\n");

        var names = picture.Nodes.Where(n => n.Role is PictureRole.SideA or PictureRole.SideB).ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        string Side(IReadOnlyList<string> side) => string.Join(", ", side.Select(id => names.TryGetValue(id, out var name) && name != id ? $"{name} ({id})" : id));
        html.Append("<header>\n<h1>").Append(Text(title)).Append("</h1>\n<p class=\"meta\">Side A: ")
            .Append(Text(Side(result.Conflict.SideA))).Append(" · Side B: ").Append(Text(Side(result.Conflict.SideB)))
            .Append(" · at ").Append(Text(at)).Append(" · ").Append(Int(result.Candidates.Count)).Append(" third parties ranked")
            .Append(result.SidesHostile ? string.Empty : " · <strong>the sides have no hostile relation at this date</strong>").Append("</p>\n");
        var notes = result.Notes.Concat(picture.Notes).ToList();
        if (notes.Count > 0)
        {
            html.Append("<ul class=\"notes\">");
            foreach (var note in notes)
            {
                html.Append("<li>").Append(Text(note)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("</header>\n<main>\n<section class=\"picture\">\n<div id=\"graph\" role=\"img\" aria-label=\"")
            .Append(Text($"Network at the date: {picture}")).Append("\"></div>\n<aside id=\"details\" aria-live=\"polite\"><p class=\"hint\">Click a node to see its criteria and explanation; hover for its name.</p></aside>\n</section>\n");
        Legend(html, picture);
        Table(html, result, options.Top);
        html.Append("</main>\n<footer><p>Made by RelationsGraph. The picture is drawn by Cytoscape.js ").Append(CytoscapeVersion)
            .Append(" (MIT licence, © The Cytoscape Consortium; the licence is kept in the embedded script's header). Positions are computed by RelationsGraph and fixed: the same input gives the same picture.</p></footer>\n");
        html.Append("<script type=\"application/json\" id=\"relgraph-ranking\">").Append(ScriptJson(rankingJson)).Append("</script>\n")
            .Append("<script type=\"application/json\" id=\"relgraph-picture\">").Append(ScriptJson(pictureJson)).Append("</script>\n")
            .Append("<script>").Append(library).Append("</script>\n")
            .Append("<script>").Append(app).Append("</script>\n</body>\n</html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(html.ToString());
        stream.Write(bytes);
    }

    /// <summary>The ranking's JSON exactly as <see cref="MediatorFormat.WriteJson"/> writes it.</summary>
    private static string RankingJson(MediatorRankingResult result, int? top)
    {
        using var buffer = new MemoryStream();
        MediatorFormat.WriteJson(result, buffer, top);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string PictureJson(NetworkPicture picture)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            var result = picture.Result;
            json.WriteStartObject();
            json.WriteStartArray("criteria");
            foreach (var name in CriterionNames(result))
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                if (result.Gates.Contains(name))
                {
                    json.WriteBoolean("gate", true);
                }
                else
                {
                    json.WriteNumber("weight", result.Weight(name));
                }

                json.WriteString("color", Palette[Index(result, name) % Palette.Length]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("nodes");
            foreach (var n in picture.Nodes)
            {
                json.WriteStartObject();
                json.WriteString("id", n.Id);
                json.WriteString("name", n.Name);
                json.WriteString("kind", n.Kind.ToString().ToLowerInvariant());
                json.WriteString("role", Role(n.Role));
                if (n.Rank is { } rank)
                {
                    json.WriteNumber("rank", rank);
                }

                if (n.Score is { } score)
                {
                    json.WriteNumber("score", score);
                }

                json.WriteNumber("x", n.X);
                json.WriteNumber("y", n.Y);
                if (n.Role == PictureRole.Candidate)
                {
                    json.WriteStartObject("contributions");
                    foreach (var (name, value) in result[n.Id].Contributions)
                    {
                        json.WriteNumber(name, value);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            foreach (var e in picture.Edges)
            {
                json.WriteStartObject();
                json.WriteString("source", e.Source);
                json.WriteString("target", e.Target);
                json.WriteString("tie", e.Tie.ToString().ToLowerInvariant());
                json.WriteNumber("strength", e.Strength);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in picture.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The picture's name of a role in the embedded JSON.</summary>
    internal static string Role(PictureRole role) => role switch
    {
        PictureRole.SideA => "side_a",
        PictureRole.SideB => "side_b",
        PictureRole.Candidate => "candidate",
        _ => "bloc",
    };

    private static void Legend(StringBuilder html, NetworkPicture picture)
    {
        var blocs = picture.Nodes.Count(n => n.Role == PictureRole.Bloc);
        html.Append("<section class=\"legend\" aria-label=\"Legend\">\n<span><i class=\"dot side-a\"></i>side A</span>")
            .Append("<span><i class=\"dot side-b\"></i>side B</span>")
            .Append("<span><i class=\"dot candidate\"></i>candidate (size: score)</span>")
            .Append("<span><i class=\"dot bloc\"></i>bloc (row below the states)</span>")
            .Append("<span><i class=\"line friendly\"></i>friendly tie (alliance, partnership, support, trade)</span>")
            .Append("<span><i class=\"line hostile\"></i>hostile tie (war, conflict, sanction, rivalry)</span>")
            .Append("<span><i class=\"line membership\"></i>membership</span>\n<p>")
            .Append(Text($"Drawn: {picture}. Votes and universal bodies (the UN) are not drawn as ties; {(blocs == 0 ? "no bloc has two drawn members" : "blocs are drawn apart from states")}."))
            .Append("</p>\n</section>\n");
    }

    private static void Table(StringBuilder html, MediatorRankingResult result, int? top)
    {
        var rows = result.Candidates.Take(Math.Min(top ?? int.MaxValue, MediatorReportOptions.MaxTableRows)).ToList();
        html.Append("<section class=\"ranking\">\n<h2>Ranking</h2>\n");
        if (result.Candidates.Count > rows.Count && top is null or > MediatorReportOptions.MaxTableRows)
        {
            html.Append("<p class=\"hint\">").Append(Text($"The best {rows.Count} of {result.Candidates.Count} candidates are shown; the embedded JSON holds all that were asked for.")).Append("</p>\n");
        }

        html.Append("<div class=\"criteria-key\">Bar: each criterion's weighted share of the score — ");
        foreach (var name in CriterionNames(result))
        {
            html.Append("<span>");
            if (!result.Gates.Contains(name))
            {
                html.Append("<i style=\"background:").Append(Palette[Index(result, name) % Palette.Length]).Append("\"></i>");
            }

            html.Append(Text(name)).Append(result.Gates.Contains(name) ? " (gate: multiplies the score)" : $" (weight {Fixed(result.Weight(name), "0.00")})").Append("</span>");
        }

        html.Append("</div>\n<table>\n<thead><tr><th>rank</th><th>id</th><th>name</th><th>score</th><th>weighted criteria</th>");
        foreach (var name in result.Candidates.Count > 0 ? result.Candidates[0].Criteria.Select(kv => kv.Key) : CriterionNames(result))
        {
            html.Append("<th>").Append(Text(name)).Append("</th>");
        }

        html.Append("<th title=\"5th–95th percentile of the rank when the weights are perturbed\">ranks</th>");
        if (result.Permutations > 0)
        {
            html.Append("<th title=\"share of sign-permuted networks in which the candidate scores at least as high\">p</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var c in rows)
        {
            html.Append("<tr data-id=\"").Append(Text(c.Id)).Append("\"><td>").Append(Int(c.Rank)).Append("</td><td>").Append(Text(c.Id))
                .Append("</td><td>").Append(Text(c.Name)).Append("</td><td>").Append(Fixed(c.Score, "0.000")).Append("</td><td><div class=\"bar\">");
            for (var i = 0; i < c.Contributions.Count; i++)
            {
                var (name, value) = c.Contributions[i];
                if (value > 0)
                {
                    html.Append("<i style=\"width:").Append(Fixed(100 * value, "0.##")).Append("%;background:").Append(Palette[Index(result, name) % Palette.Length])
                        .Append("\" title=\"").Append(Text($"{name}: {Fixed(value, "0.000")}")).Append("\"></i>");
                }
            }

            html.Append("</div></td>");
            foreach (var (_, value) in c.Criteria)
            {
                html.Append("<td>").Append(double.IsNaN(value) ? "–" : Fixed(value, "0.00")).Append("</td>");
            }

            html.Append("<td>").Append(Int(c.RankLow)).Append('–').Append(Int(c.RankHigh)).Append("</td>");
            if (result.Permutations > 0)
            {
                html.Append("<td>").Append(double.IsNaN(c.PValue) ? "–" : Fixed(c.PValue, "0.00")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The weighted criteria, then the gates, each once.</summary>
    private static List<string> CriterionNames(MediatorRankingResult result) =>
        [.. result.Weights.Select(w => w.Key).Concat(result.Gates).Distinct(StringComparer.Ordinal)];

    private static int Index(MediatorRankingResult result, string criterion) => Math.Max(0, CriterionNames(result).IndexOf(criterion));

    /// <summary>JSON made safe inside a script element: every <c>&lt;</c> (only ever inside a JSON string) becomes <c>\u003c</c>.</summary>
    internal static string ScriptJson(string json) => json.Replace("<", "\\u003c", StringComparison.Ordinal);

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fixed(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Hash(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    private static string Asset(string name)
    {
        using var stream = typeof(MediatorReport).Assembly.GetManifestResourceStream($"RelationsGraph.Reporting.{name}")
            ?? throw new InvalidOperationException($"The report asset '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
