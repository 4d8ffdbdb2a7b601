using System.Globalization;
using System.Text.Json;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>
/// Every result in <c>fixtures/paths/*.json</c> (made by <c>make_fixtures.py</c> with networkx 2.8.8, igraph 0.10.2
/// and brute-force path enumeration) is reproduced to 1e-9 relative: betweenness (plain, normalized, endpoints,
/// cutoff, ties, subsets, adversaries), edge betweenness, closeness (both conventions, every mode), harmonic.
/// </summary>
public sealed class PathMetricReferenceTests
{
    private const double Tolerance = 1e-9;
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "paths");

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(Folder, "g*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var count = json.RootElement.GetProperty("results").GetArrayLength();
            for (var i = 0; i < count; i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }

        return data;
    }

    [Fact]
    public void Fixtures_AtLeastTwelveGraphsAndEveryMetric()
    {
        var files = Directory.GetFiles(Folder, "g*.json");
        Assert.True(files.Length >= 12, $"{files.Length} fixture graphs");
        var metrics = files.SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("results").EnumerateArray())
            .Select(r => r.GetProperty("metric").GetString()).ToHashSet();
        Assert.Equal(["betweenness", "closeness", "edge-betweenness", "harmonic"], metrics.Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_MatchesReference(string file, int index)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var root = json.RootElement;
        var graph = SignedGraph.Create(
            root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!),
            root.GetProperty("edges").EnumerateArray().Select(e => new SignedEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble())),
            root.GetProperty("directed").GetBoolean());
        var r = root.GetProperty("results")[index];
        var metric = r.GetProperty("metric").GetString()!;
        var ties = Enum.Parse<TieFilter>(r.GetProperty("ties").GetString()!, ignoreCase: true);
        var length = EdgeLength.Parse(r.GetProperty("length").GetString()!);
        double? cutoff = r.GetProperty("cutoff").ValueKind == JsonValueKind.Null ? null : r.GetProperty("cutoff").GetDouble();
        var normalized = r.GetProperty("normalized").GetBoolean();
        var mode = r.GetProperty("mode").ValueKind == JsonValueKind.Null ? NeighborMode.In : Enum.Parse<NeighborMode>(r.GetProperty("mode").GetString()!, ignoreCase: true);
        var label = $"{file} #{index}: {metric} {r.GetProperty("reference").GetString()}";

        if (metric == "edge-betweenness")
        {
            var scores = new EdgeBetweenness(Betweenness(r, ties, length, cutoff, normalized)).Compute(graph);
            var expected = r.GetProperty("values").EnumerateArray().ToList();
            Assert.Equal(expected.Count, scores.Count);
            foreach (var e in expected)
            {
                Close(e[2].GetDouble(), scores[e[0].GetString()!, e[1].GetString()!], $"{label} edge {e[0]}-{e[1]}");
            }

            return;
        }

        NodeScores values = metric switch
        {
            "betweenness" => new Betweenness(Betweenness(r, ties, length, cutoff, normalized) with { Endpoints = r.GetProperty("endpoints").GetBoolean() }).Compute(graph),
            "closeness" => new Closeness(new ClosenessOptions
            {
                Ties = ties,
                Length = length,
                Cutoff = cutoff,
                Mode = mode,
                Convention = r.GetProperty("convention").GetString() == "igraph" ? ClosenessConvention.IGraph : ClosenessConvention.NetworkX,
            }).Compute(graph),
            // igraph's convention is harmonic_centrality(normalized=True): the fixtures say so by the convention.
            "harmonic" => new Harmonic(new HarmonicOptions { Ties = ties, Length = length, Cutoff = cutoff, Mode = mode, Normalized = normalized || r.GetProperty("convention").GetString() == "igraph" }).Compute(graph),
            _ => throw new InvalidOperationException(metric),
        };
        foreach (var p in r.GetProperty("values").EnumerateObject())
        {
            var expected = p.Value.ValueKind == JsonValueKind.Null ? double.NaN : p.Value.GetDouble();
            Close(expected, values[p.Name], $"{label} node {p.Name}");
        }
    }

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "g*.json").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Approximation_FixedSeed_WithinEpsilonOfExactOnEveryFixture(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var root = json.RootElement;
        var graph = SignedGraph.Create(
            root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!),
            root.GetProperty("edges").EnumerateArray().Select(e => new SignedEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble())),
            root.GetProperty("directed").GetBoolean());
        const double Epsilon = 0.05;
        var exact = new Betweenness().Compute(graph);
        var approx = new Betweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(Epsilon, 0.1, Seed: 7) }).Compute(graph);

        // The guarantee is on betweenness over ordered pairs divided by n(n−1); undirected scores count unordered pairs.
        var n = graph.NodeCount;
        var toGuaranteeScale = (graph.IsDirected ? 1.0 : 2.0) / (n * (double)(n - 1));
        foreach (var id in graph.NodeIds)
        {
            var error = Math.Abs(approx[id] - exact[id]) * toGuaranteeScale;
            Assert.True(error <= Epsilon, $"{file} {id}: |{approx[id]} - {exact[id]}| scaled = {error}");
        }
    }

    private static BetweennessOptions Betweenness(JsonElement r, TieFilter ties, EdgeLength length, double? cutoff, bool normalized) => new()
    {
        Ties = ties,
        Length = length,
        Cutoff = cutoff,
        Normalized = normalized,
        Adversaries = r.GetProperty("adversaries").GetBoolean(),
        Sources = Ids(r.GetProperty("sources")),
        Targets = Ids(r.GetProperty("targets")),
    };

    private static string[]? Ids(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null : e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    private static void Close(double expected, double actual, string label)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{label}: expected NaN, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
            return;
        }

        var error = Math.Abs(expected - actual);
        Assert.True(
            error <= Tolerance * Math.Max(1, Math.Abs(expected)),
            $"{label}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
    }
}
