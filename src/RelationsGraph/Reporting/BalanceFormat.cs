using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using RelationsGraph.Balance;
using RelationsGraph.Graphs;
using RelationsGraph.IO;

namespace RelationsGraph.Reporting;

/// <summary>JSON and CSV for balance reports and factions (the shapes <c>relgraph balance</c> and <c>relgraph factions</c> print).</summary>
public static class BalanceFormat
{
    private static readonly string[] Signs = ["+++", "++-", "+--", "---"];

    /// <summary>
    /// Writes a balance report: <c>{"triangles": {"+++", "++-", "+--", "---"}, "triangle_balance", "walk_balance",
    /// "walk_balance_scaled", "spectral_radius", "frustration": {"index", "exact", "strength", "partition": [[ids], [ids]],
    /// "frustrated_edges": [[u, v, w], ...]}, "per_node": {"&lt;id&gt;": {"triangles": {...}, "triangle_balance", "side",
    /// "frustration"}}}</c>. NaN is <c>null</c>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream (left open).</param>
    public static void WriteJson(BalanceReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WritePropertyName("triangles");
        Census(json, report.Triangles.Graph);
        Number(json, "triangle_balance", report.Triangles.Graph.BalanceIndex);
        Number(json, "walk_balance", report.Walk?.Value ?? double.NaN);
        Number(json, "walk_balance_scaled", report.Walk?.Scaled ?? double.NaN);
        Number(json, "spectral_radius", report.Walk?.SpectralRadius ?? double.NaN);
        var f = report.Frustration;
        json.WriteStartObject("frustration");
        Number(json, "index", f.Index);
        json.WriteBoolean("exact", f.IsExact);
        json.WriteString("strength", f.Options.Strength == TieStrength.Unit ? "unit" : "abs");
        json.WriteStartArray("partition");
        Ids(json, f.SideA);
        Ids(json, f.SideB);
        json.WriteEndArray();
        json.WriteStartArray("frustrated_edges");
        foreach (var e in f.FrustratedEdges)
        {
            json.WriteStartArray();
            json.WriteStringValue(e.Source);
            json.WriteStringValue(e.Target);
            json.WriteNumberValue(e.Weight);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        var sideB = f.SideB.ToHashSet(StringComparer.Ordinal);
        json.WriteStartObject("per_node");
        foreach (var id in report.Graph.NodeIds)
        {
            json.WriteStartObject(id);
            json.WritePropertyName("triangles");
            Census(json, report.Triangles[id]);
            Number(json, "triangle_balance", report.Triangles[id].BalanceIndex);
            json.WriteString("side", sideB.Contains(id) ? "B" : "A");
            Number(json, "frustration", f.PerNode[id]);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes a balance report's per-node figures as CSV: <c>id,side,frustration,+++,++-,+--,---,triangle_balance</c>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer (left open).</param>
    public static void WriteCsv(BalanceReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sideB = report.Frustration.SideB.ToHashSet(StringComparer.Ordinal);
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(writer, leaveOpen: true);
        csv.Header.Add(["id", "side", "frustration", .. Signs, "triangle_balance"]);
        foreach (var id in report.Graph.NodeIds)
        {
            using var row = csv.NewRow();
            var census = report.Triangles[id];
            row["id"].Set(SpreadsheetText.Protect(id));
            row["side"].Set(sideB.Contains(id) ? "B" : "A");
            row["frustration"].Set(Text(report.Frustration.PerNode[id]));
            for (var i = 0; i < 4; i++)
            {
                row[Signs[i]].Set(census[i].ToString(CultureInfo.InvariantCulture));
            }

            row["triangle_balance"].Set(Text(census.BalanceIndex));
        }
    }

    /// <summary>Writes factions: <c>{"k", "criterion", "negative_within", "positive_between", "spectral", "factions": [[ids], ...]}</c>.</summary>
    /// <param name="factions">The factions.</param>
    /// <param name="k">The number asked for.</param>
    /// <param name="stream">The stream (left open).</param>
    public static void WriteJson(FactionsResult factions, int k, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(factions);
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteNumber("k", k);
        Number(json, "criterion", factions.Criterion);
        Number(json, "negative_within", factions.NegativeWithin);
        Number(json, "positive_between", factions.PositiveBetween);
        json.WriteBoolean("spectral", factions.Spectral);
        json.WriteStartArray("factions");
        foreach (var members in factions.Factions)
        {
            Ids(json, members);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes factions as CSV, one row per node in faction order: <c>id,faction</c> (1-based).</summary>
    /// <param name="factions">The factions.</param>
    /// <param name="writer">The writer (left open).</param>
    public static void WriteCsv(FactionsResult factions, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(factions);
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(writer, leaveOpen: true);
        csv.Header.Add(["id", "faction"]);
        for (var f = 0; f < factions.Factions.Count; f++)
        {
            foreach (var id in factions.Factions[f])
            {
                using var row = csv.NewRow();
                row["id"].Set(SpreadsheetText.Protect(id));
                row["faction"].Set((f + 1).ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static void Census(Utf8JsonWriter json, TriangleCensus census)
    {
        json.WriteStartObject();
        for (var i = 0; i < 4; i++)
        {
            json.WriteNumber(Signs[i], census[i]);
        }

        json.WriteEndObject();
    }

    private static void Ids(Utf8JsonWriter json, IEnumerable<string> ids)
    {
        json.WriteStartArray();
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        ScoresFormat.Number(json, value);
    }

    private static string Text(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);
}
