using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using RelationsGraph.Brokerage;
using RelationsGraph.Metrics;
using RelationsGraph.IO;

namespace RelationsGraph.Reporting;

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
            FlushNow(json);
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
            FlushNow(json);
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
            row["id"].Set(SpreadsheetText.Protect(id));
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
            row["source"].Set(SpreadsheetText.Protect(e.Source));
            row["target"].Set(SpreadsheetText.Protect(e.Target));
            row["value"].Set(Text(e.Value));
        }
    }

    /// <summary>
    /// Writes brokerage roles as JSON: <c>{"metric", "options", "scores": {"&lt;id&gt;": {"coordinator": {"raw", "expected",
    /// "sd", "z"[, "p"]}, ..., "total": {...}}}, "graph": {role: {...}}, "groups": {"&lt;label&gt;": {"size", "members",
    /// role: {...}}}}</c>. Gould–Fernandez group roles hold the members' summed raw count and expectation and one
    /// member's expectation and sd (R sna <c>exp.grp</c>, <c>sd.grp</c>); signed brokerage group roles hold the
    /// null model's figures for the group's sum. NaN is <c>null</c>.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="stream">The stream to write to (left open).</param>
    public static void WriteJson(BrokerageResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var json = Open(stream, result.Metric, result.Options);
        // Gould–Fernandez expectations and sds are one per group and role; the permutation null's are one per node.
        var cache = result.Options is SignedBrokerageOptions ? null : new NumberCache();
        json.WriteStartObject("scores");
        for (var v = 0; v < result.Ids.Count; v++)
        {
            json.WriteStartObject(result.Ids[v]);
            foreach (var role in BrokerageRoles)
            {
                Role(json, role, result.Node(v, role), result.HasPValues, cache);
            }

            json.WriteEndObject();
            FlushNow(json);
        }

        json.WriteEndObject();
        json.WriteStartObject("graph");
        foreach (var role in BrokerageRoles)
        {
            Role(json, role, result.Graph(role), result.HasPValues);
        }

        json.WriteEndObject();
        var members = result.Ids.GroupBy(result.GroupOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        json.WriteStartObject("groups");
        foreach (var label in result.GroupLabels)
        {
            json.WriteStartObject(label);
            json.WriteNumber("size", members[label].Count);
            json.WriteStartArray("members");
            foreach (var id in members[label])
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            foreach (var role in BrokerageRoles)
            {
                var score = result.Group(label, role);
                if (result.Options is SignedBrokerageOptions)
                {
                    Role(json, role, score.Total, result.HasPValues);
                    continue;
                }

                json.WriteStartObject(RoleName(role));
                json.WritePropertyName("raw");
                Number(json, score.Total.Raw);
                json.WritePropertyName("expected");
                Number(json, score.Total.Expected);
                json.WritePropertyName("member_expected");
                Number(json, score.MemberExpected);
                json.WritePropertyName("member_sd");
                Number(json, score.MemberStandardDeviation);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes brokerage roles as CSV, one row per node: <c>id,group</c>, then <c>&lt;role&gt;_raw</c>,
    /// <c>&lt;role&gt;_expected</c>, <c>&lt;role&gt;_sd</c>, <c>&lt;role&gt;_z</c> (and <c>&lt;role&gt;_p</c> with
    /// p-values) for every role. NaN is an empty cell.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">The writer (left open).</param>
    public static void WriteCsv(BrokerageResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        var figures = result.HasPValues ? new[] { "raw", "expected", "sd", "z", "p" } : ["raw", "expected", "sd", "z"];
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(writer, leaveOpen: true);
        var header = new List<string> { "id", "group" };
        header.AddRange(BrokerageRoles.SelectMany(r => figures.Select(f => $"{RoleName(r)}_{f}")));
        csv.Header.Add(header.ToArray());
        for (var v = 0; v < result.Ids.Count; v++)
        {
            using var row = csv.NewRow();
            row["id"].Set(SpreadsheetText.Protect(result.Ids[v]));
            row["group"].Set(SpreadsheetText.Protect(result.GroupOf(result.Ids[v])));
            foreach (var role in BrokerageRoles)
            {
                var score = result.Node(v, role);
                var name = RoleName(role);
                row[$"{name}_raw"].Set(Text(score.Raw));
                row[$"{name}_expected"].Set(Text(score.Expected));
                row[$"{name}_sd"].Set(Text(score.StandardDeviation));
                row[$"{name}_z"].Set(Text(score.Z));
                if (result.HasPValues)
                {
                    row[$"{name}_p"].Set(Text(score.PValue));
                }
            }
        }
    }

    /// <summary>
    /// The writer's buffer is passed on to the stream once it holds this much: a whole result kept in the writer's
    /// growing buffer (19 MB for brokerage on 20,000 nodes) took twice as long to write as one passed on in pieces.
    /// </summary>
    private const int FlushThreshold = 1 << 15;

    private static readonly BrokerageRole[] BrokerageRoles = Enum.GetValues<BrokerageRole>();

    /// <summary>The roles' property names, encoded once (indexed by the role's value).</summary>
    private static readonly JsonEncodedText[] RoleNames = [.. Enum.GetValues<BrokerageRole>().OrderBy(r => (int)r).Select(r => JsonEncodedText.Encode(RoleName(r)))];

    private static readonly JsonEncodedText RawName = JsonEncodedText.Encode("raw");
    private static readonly JsonEncodedText ExpectedName = JsonEncodedText.Encode("expected");
    private static readonly JsonEncodedText SdName = JsonEncodedText.Encode("sd");
    private static readonly JsonEncodedText ZName = JsonEncodedText.Encode("z");
    private static readonly JsonEncodedText PName = JsonEncodedText.Encode("p");

    private static string RoleName(BrokerageRole role) => role.ToString().ToLowerInvariant();

    private static void FlushNow(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }

    private static void Role(Utf8JsonWriter json, BrokerageRole role, BrokerageScore score, bool withP, NumberCache? cache = null)
    {
        json.WriteStartObject(RoleNames[(int)role]);
        json.WritePropertyName(RawName);
        Number(json, score.Raw);
        json.WritePropertyName(ExpectedName);
        Number(json, score.Expected, cache);
        json.WritePropertyName(SdName);
        Number(json, score.StandardDeviation, cache);

        json.WritePropertyName(ZName);
        Number(json, score.Z);
        if (withP)
        {
            json.WritePropertyName(PName);
            Number(json, score.PValue);
        }

        json.WriteEndObject();
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

    /// <summary>
    /// Writes a number as the writer would (shortest round-trip form), NaN and infinities as <c>null</c>. A whole number
    /// below 10^15 in magnitude is written as an integer, which gives the same digits (the shortest form turns to an
    /// exponent only from 10^15 on) without the cost of the general formatting.
    /// </summary>
    internal static void Number(Utf8JsonWriter json, double value)
    {
        if (Math.Abs(value) < 1e15 && value == Math.Truncate(value) && (value != 0 || !double.IsNegative(value)))
        {
            json.WriteNumberValue((long)value);
        }
        else if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>
    /// As <see cref="Number(Utf8JsonWriter, double)"/>, for a property's value that often repeats (a brokerage
    /// expectation or sd is one per group and role, repeated for every member): the formatted bytes of recent values are
    /// kept in <paramref name="cache"/> (none: formatted every time) and written again as they are.
    /// </summary>
    internal static void Number(Utf8JsonWriter json, double value, NumberCache? cache)
    {
        if (cache is null || !double.IsFinite(value) || (Math.Abs(value) < 1e15 && value == Math.Truncate(value)))
        {
            Number(json, value);
            return;
        }

        json.WriteRawValue(cache.Format(value), skipInputValidation: true);
    }

    /// <summary>
    /// The shortest round-trip UTF-8 form of finite numbers (what <see cref="Utf8JsonWriter.WriteNumberValue(double)"/>
    /// writes), for the last value seen in each of 1,024 slots.
    /// </summary>
    internal sealed class NumberCache
    {
        private const int Slots = 1 << 10;
        private readonly long[] keys = new long[Slots];
        private readonly byte[]?[] texts = new byte[Slots][];

        public ReadOnlySpan<byte> Format(double value)
        {
            var bits = BitConverter.DoubleToInt64Bits(value);
            var slot = (int)((ulong)(bits * -7046029254386353131L) >> 54);
            if (texts[slot] is { } text && keys[slot] == bits)
            {
                return text;
            }

            Span<byte> buffer = stackalloc byte[32];
            if (!value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException($"Cannot format {value}.");
            }

            keys[slot] = bits;
            return texts[slot] = buffer[..written].ToArray();
        }
    }

    private static string Text(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    private static Utf8JsonWriter Open(Stream stream, string metric, MetricOptions options)
    {
        var json = new Utf8JsonWriter(stream, JsonOutput.Options);
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
