using System.Text;
using System.Text.Json;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using Xunit;
using RelationsGraph.Reporting;

namespace RelationsGraph.Tests.Reporting;

public class ScoresFormatTests
{
    private static NodeScores Nodes() =>
        new("constraint", new StrengthOptions { Ties = TieFilter.Positive, Mode = NeighborMode.Out }, ["RUS", "a,\"b\"", "ISO"], [0.25, -1e-300, double.NaN]);

    private static EdgeScores Edges() =>
        new("edge-metric", new DegreeOptions(), isDirected: false, [new EdgeScore("A", "B", 1.5), new EdgeScore("B", "C", double.NaN), new EdgeScore("A", "C", -3)]);

    private static byte[] Json(NodeScores scores)
    {
        using var stream = new MemoryStream();
        ScoresFormat.WriteJson(scores, stream);
        return stream.ToArray();
    }

    private static byte[] Json(EdgeScores scores)
    {
        using var stream = new MemoryStream();
        ScoresFormat.WriteJson(scores, stream);
        return stream.ToArray();
    }

    [Fact]
    public void WriteJson_NodeScores_ShapeMetricOptionsScoresWithNaNAsNull()
    {
        using var doc = JsonDocument.Parse(Json(Nodes()));

        var root = doc.RootElement;
        Assert.Equal(["metric", "options", "scores"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("constraint", root.GetProperty("metric").GetString());
        var options = root.GetProperty("options");
        Assert.Equal(["mode", "strength", "ties"], options.EnumerateObject().Select(p => p.Name));
        Assert.Equal("out", options.GetProperty("mode").GetString());
        Assert.Equal("abs", options.GetProperty("strength").GetString());
        Assert.Equal("positive", options.GetProperty("ties").GetString());
        var scores = root.GetProperty("scores");
        Assert.Equal(["RUS", "a,\"b\"", "ISO"], scores.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.25, scores.GetProperty("RUS").GetDouble());
        Assert.Equal(-1e-300, scores.GetProperty("a,\"b\"").GetDouble());
        Assert.Equal(JsonValueKind.Null, scores.GetProperty("ISO").ValueKind);
    }

    [Fact]
    public void WriteJson_NodeScores_TwoRunsByteIdenticalUtf8LfNoBom()
    {
        var first = Json(Nodes());
        var second = Json(Nodes());

        Assert.Equal(first, second);
        Assert.Equal((byte)'{', first[0]);
        Assert.DoesNotContain((byte)'\r', first);
        Assert.Contains("\"ISO\": null", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteJson_InfiniteScore_WrittenAsNull()
    {
        var scores = new NodeScores("x", new DegreeOptions(), ["a", "b"], [double.PositiveInfinity, double.NegativeInfinity]);

        using var doc = JsonDocument.Parse(Json(scores));

        Assert.All(doc.RootElement.GetProperty("scores").EnumerateObject(), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
    }

    [Fact]
    public void WriteJson_EdgeScores_EdgesArrayOfSourceTargetValue()
    {
        using var doc = JsonDocument.Parse(Json(Edges()));

        var root = doc.RootElement;
        Assert.Equal(["metric", "options", "edges"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("edge-metric", root.GetProperty("metric").GetString());
        var edges = root.GetProperty("edges").EnumerateArray().ToArray();
        Assert.Equal(3, edges.Length);
        Assert.All(edges, e => Assert.Equal(["source", "target", "value"], e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["A", "B", "A"], edges.Select(e => e.GetProperty("source").GetString()));
        Assert.Equal(["B", "C", "C"], edges.Select(e => e.GetProperty("target").GetString()));
        Assert.Equal(1.5, edges[0].GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, edges[1].GetProperty("value").ValueKind);
        Assert.Equal(-3, edges[2].GetProperty("value").GetDouble());
    }

    [Fact]
    public void WriteJson_EdgeScores_TwoRunsByteIdentical()
    {
        Assert.Equal(Json(Edges()), Json(Edges()));
    }

    [Fact]
    public void WriteJson_FromComputedMetric_RoundTripsNumbersExactly()
    {
        var graph = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 0.1), ("b", "c", 0.2));
        var scores = new Strength().Compute(graph, cancellationToken: TestContext.Current.CancellationToken);

        using var doc = JsonDocument.Parse(Json(scores));

        Assert.Equal(scores["b"], doc.RootElement.GetProperty("scores").GetProperty("b").GetDouble());
        Assert.Equal("strength", doc.RootElement.GetProperty("metric").GetString());
    }

    [Fact]
    public void WriteCsv_NodeScores_IdScoreWithEmptyCellForNaN()
    {
        using var writer = new StringWriter();

        ScoresFormat.WriteCsv(Nodes(), writer);

        var lines = writer.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(["id,score", "RUS,0.25", "\"a,\"\"b\"\"\",-1E-300", "ISO,", ""], lines);
    }

    [Fact]
    public void WriteCsv_EdgeScores_SourceTargetValueWithEmptyCellForNaN()
    {
        using var writer = new StringWriter();

        ScoresFormat.WriteCsv(Edges(), writer);

        var lines = writer.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(["source,target,value", "A,B,1.5", "B,C,", "A,C,-3", ""], lines);
    }

    [Fact]
    public void WriteCsv_TwoRuns_Identical()
    {
        using var a = new StringWriter();
        using var b = new StringWriter();

        ScoresFormat.WriteCsv(Nodes(), a);
        ScoresFormat.WriteCsv(Nodes(), b);

        Assert.Equal(a.ToString(), b.ToString());
    }

    /// <summary>Whole numbers below 10^15 written as integers, and repeated values from the cache, are the writer's own digits.</summary>
    [Fact]
    public void Number_SameBytesAsTheWritersOwnFormatting()
    {
        var random = new Random(3);
        var values = new List<double>
        {
            0, -0.0, 1, -1, 2, 1e14, 999_999_999_999_999, 1e15, -1e15, 1e16, 123_456_789_012_345, 4503599627370496, 9007199254740993,
            0.1, 1e-5, 1e-7, 1.5, -2.5, double.Epsilon, double.MaxValue, double.MinValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        };
        for (var i = 0; i < 20_000; i++)
        {
            values.Add(random.Next(4) switch
            {
                0 => random.Next(-1000, 1000),
                1 => Math.Round(random.NextDouble() * 1e6, random.Next(0, 4)),
                2 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30)),
                _ => values[random.Next(values.Count)],
            });
        }

        byte[] Write(Action<Utf8JsonWriter, double> number)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
            {
                json.WriteStartObject();
                for (var i = 0; i < values.Count; i++)
                {
                    json.WritePropertyName("v");
                    number(json, values[i]);
                }

                json.WriteEndObject();
            }

            return stream.ToArray();
        }

        var expected = Write((json, v) =>
        {
            if (double.IsFinite(v))
            {
                json.WriteNumberValue(v);
            }
            else
            {
                json.WriteNullValue();
            }
        });
        var cache = new ScoresFormat.NumberCache();

        Assert.Equal(expected, Write(ScoresFormat.Number));
        Assert.Equal(expected, Write((json, v) => ScoresFormat.Number(json, v, cache)));
    }
}
