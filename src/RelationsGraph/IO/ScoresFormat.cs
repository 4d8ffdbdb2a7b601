using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using RelationsGraph.Metrics;

namespace RelationsGraph.IO;

/// <summary>
/// Writes metric results in the shapes of the <c>relgraph</c> command-line contract, for the CLI, notebooks and
/// other programs. Output is deterministic: the same result gives byte-identical text.
/// </summary>
/// <remarks>
/// JSON: <c>{"metric": NAME, "options": {...}, "scores": {"&lt;id&gt;": number|null, ...}}</c> for node metrics and
/// <c>{"metric": NAME, "options": {...}, "edges": [{"source", "target", "value"}, ...]}</c> for edge metrics,
/// in graph order; numbers in shortest round-trip form; NaN (undefined) as <c>null</c>. CSV: <c>id,score</c> or
/// <c>source,target,value</c>, NaN as an empty cell.
/// </remarks>
public static class ScoresFormat
{
    /// <summary>Writes node scores as JSON.</summary>
    /// <param name="scores">The result.</param>
    /// <param name="stream">Where to write (UTF-8, indented, LF).</param>
    public static void WriteJson(NodeScores scores, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var json = Open(stream, scores.Metric, scores.Options);
        json.WriteStartObject("scores");
        foreach (var (id, value) in scores)
        {
            json.WritePropertyName(id);
            Number(json, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes edge scores as JSON.</summary>
    /// <param name="scores">The result.</param>
    /// <param name="stream">Where to write (UTF-8, indented, LF).</param>
    public static void WriteJson(EdgeScores scores, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var json = Open(stream, scores.Metric, scores.Options);
        json.WriteStartArray("edges");
        foreach (var e in scores.Edges)
        {
            json.WriteStartObject();
            json.WriteString("source", e.Source);
            json.WriteString("target", e.Target);
            json.WritePropertyName("value");
            Number(json, e.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes node scores as CSV (<c>id,score</c>).</summary>
    /// <param name="scores">The result.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCsv(NodeScores scores, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(writer, leaveOpen: true);
        csv.Header.Add(["id", "score"]);
        foreach (var (id, value) in scores)
        {
            using var row = csv.NewRow();
            row["id"].Set(id);
            row["score"].Set(Text(value));
        }
    }

    /// <summary>Writes edge scores as CSV (<c>source,target,value</c>).</summary>
    /// <param name="scores">The result.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCsv(EdgeScores scores, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(writer, leaveOpen: true);
        csv.Header.Add(["source", "target", "value"]);
        foreach (var e in scores.Edges)
        {
            using var row = csv.NewRow();
            row["source"].Set(e.Source);
            row["target"].Set(e.Target);
            row["value"].Set(Text(e.Value));
        }
    }

    /// <summary>Writes a plain JSON value of the kinds that options hold (string, boolean, integer, real, null, or a list of those).</summary>
    /// <param name="json">The writer.</param>
    /// <param name="value">The value.</param>
    internal static void Value(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                Number(json, d);
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    Value(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    internal static void Number(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static string Text(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    private static Utf8JsonWriter Open(Stream stream, string metric, MetricOptions options)
    {
        var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteString("metric", metric);
        json.WriteStartObject("options");
        foreach (var (key, value) in options.Describe())
        {
            json.WritePropertyName(key);
            Value(json, value);
        }

        json.WriteEndObject();
        return json;
    }
}
