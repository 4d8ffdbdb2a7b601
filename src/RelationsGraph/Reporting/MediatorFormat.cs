using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using RelationsGraph.Mediation;
using RelationsGraph.IO;

namespace RelationsGraph.Reporting;

/// <summary>JSON and CSV for mediator rankings (the shapes <c>relgraph mediators</c> prints).</summary>
public static class MediatorFormat
{
    /// <summary>
    /// Writes a ranking: <c>{"conflict": {"name", "side_a", "side_b", "at", "sides_hostile"}, "weights": {...}, "gates": [...], "stability_draws",
    /// "permutations", "candidates": [{"id", "kind", "name", "rank", "score", "criteria": {...}, "explanation": [...],
    /// "rank_interval": [low, high], "p"}, ...]}</c>, best first (a criterion unknown for a candidate is <c>null</c>); with <paramref name="before"/> (a what-if), each
    /// candidate also has <c>"rank_before"</c> and <c>"score_before"</c>. NaN is <c>null</c>.
    /// </summary>
    /// <param name="result">The ranking.</param>
    /// <param name="stream">The stream (left open).</param>
    /// <param name="top">Only the best K candidates (default all).</param>
    /// <param name="before">The ranking before a what-if change, if any.</param>
    public static void WriteJson(MediatorRankingResult result, Stream stream, int? top = null, MediatorRankingResult? before = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteStartObject("conflict");
        json.WriteString("name", result.Conflict.Name);
        Strings(json, "side_a", result.Conflict.SideA);
        Strings(json, "side_b", result.Conflict.SideB);
        if (result.At is { } at)
        {
            json.WriteString("at", at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("at");
        }

        json.WriteBoolean("sides_hostile", result.SidesHostile);
        json.WriteEndObject();
        json.WriteStartObject("weights");
        foreach (var (name, weight) in result.Weights)
        {
            json.WriteNumber(name, weight);
        }

        json.WriteEndObject();
        json.WriteStartArray("gates");
        foreach (var gate in result.Gates)
        {
            json.WriteStringValue(gate);
        }

        json.WriteEndArray();
        json.WriteNumber("stability_draws", result.StabilityDraws);
        json.WriteNumber("permutations", result.Permutations);
        json.WriteStartArray("candidates");
        foreach (var c in result.Candidates.Take(top ?? int.MaxValue))
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            json.WriteString("name", c.Name);
            json.WriteNumber("rank", c.Rank);
            json.WriteNumber("score", c.Score);
            json.WriteStartObject("criteria");
            foreach (var (name, value) in c.Criteria)
            {
                json.WritePropertyName(name);
                ScoresFormat.Number(json, value);
            }

            json.WriteEndObject();
            Strings(json, "explanation", c.Explanation);
            json.WriteStartArray("rank_interval");
            json.WriteNumberValue(c.RankLow);
            json.WriteNumberValue(c.RankHigh);
            json.WriteEndArray();
            json.WritePropertyName("p");
            ScoresFormat.Number(json, c.PValue);
            if (before is not null && before.Contains(c.Id))
            {
                json.WriteNumber("rank_before", before[c.Id].Rank);
                json.WriteNumber("score_before", before[c.Id].Score);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes a ranking as CSV: <c>rank,id,name,kind,score,&lt;criterion&gt;...,rank_low,rank_high,p</c>, best first.</summary>
    /// <param name="result">The ranking.</param>
    /// <param name="writer">The writer (left open).</param>
    /// <param name="top">Only the best K candidates (default all).</param>
    public static void WriteCsv(MediatorRankingResult result, TextWriter writer, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(writer, leaveOpen: true);
        var criteria = result.Weights.Select(w => w.Key).Concat(result.Gates).ToArray();
        csv.Header.Add(["rank", "id", "name", "kind", "score", .. criteria, "rank_low", "rank_high", "p"]);
        foreach (var c in result.Candidates.Take(top ?? int.MaxValue))
        {
            using var row = csv.NewRow();
            row["rank"].Set(c.Rank.ToString(CultureInfo.InvariantCulture));
            row["id"].Set(SpreadsheetText.Protect(c.Id));
            row["name"].Set(SpreadsheetText.Protect(c.Name));
            row["kind"].Set(c.Kind.ToString().ToLowerInvariant());
            row["score"].Set(Text(c.Score));
            foreach (var (name, value) in c.Criteria)
            {
                row[name].Set(Text(value));
            }

            row["rank_low"].Set(c.RankLow.ToString(CultureInfo.InvariantCulture));
            row["rank_high"].Set(c.RankHigh.ToString(CultureInfo.InvariantCulture));
            row["p"].Set(Text(c.PValue));
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static string Text(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);
}
