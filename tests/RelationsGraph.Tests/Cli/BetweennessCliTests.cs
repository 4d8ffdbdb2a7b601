using System.Text.Json;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.IO;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary><c>relgraph metric betweenness|edge-betweenness|closeness|harmonic</c>: the JSON values are the library's, options map one to one, bad input exits 2.</summary>
[Collection("relgraph CLI")]
public sealed class BetweennessCliTests : IDisposable
{
    // A and B hostile, friendly routes A–M–B and A–N–X–B; B–C +4, C–D hostile, D–E +1; Z only in the nodes file.
    private const string EdgesCsv = "source,target,weight\nA,B,-1\nA,M,1\nM,B,2\nA,N,1\nN,X,0.5\nX,B,1\nB,C,4\nC,D,-2\nD,E,1\n";
    private const string NodesCsv = "id\nA\nB\nC\nD\nE\nM\nN\nX\nZ\n";

    private readonly CliFixture files = new();
    private readonly string edges;
    private readonly string nodes;

    public BetweennessCliTests()
    {
        edges = files.File("edges.csv", EdgesCsv);
        nodes = files.File("nodes.csv", NodesCsv);
    }

    public void Dispose() => files.Dispose();

    private SignedGraph Graph(bool directed) =>
        GraphProjection.Project(
            CsvNetworkReader.Read(edges, nodes, new NetworkReadOptions { DirectedByDefault = directed }).Network,
            new ProjectionOptions { Direction = directed ? GraphDirection.Directed : GraphDirection.Undirected }).Graph;

    /// <summary>Each command line (after <c>metric</c>) and the library metric it must equal.</summary>
    private static readonly Dictionary<string, Func<IMetric>> Cases = new(StringComparer.Ordinal)
    {
        ["betweenness"] = () => new Betweenness(),
        ["betweenness --length inverse --normalized"] = () => new Betweenness(new BetweennessOptions { Length = EdgeLength.InverseStrength, Normalized = true }),
        ["betweenness --length distance --cutoff 2.5"] = () => new Betweenness(new BetweennessOptions { Length = EdgeLength.WeightAsDistance, Cutoff = 2.5 }),
        ["betweenness --ties negative"] = () => new Betweenness(new BetweennessOptions { Ties = TieFilter.Negative }),
        ["betweenness --ties positive --endpoints --normalized"] = () => new Betweenness(new BetweennessOptions { Ties = TieFilter.Positive, Endpoints = true, Normalized = true }),
        ["betweenness --sources A,M --targets B,X"] = () => new Betweenness(new BetweennessOptions { Sources = ["A", "M"], Targets = ["B", "X"] }),
        ["betweenness --adversaries"] = () => new Betweenness(new BetweennessOptions { Adversaries = true, Ties = TieFilter.Positive }),
        ["betweenness --adversaries --ties all"] = () => new Betweenness(new BetweennessOptions { Adversaries = true, Ties = TieFilter.All }),
        ["betweenness --directed --sources A,N --length inverse"] = () => new Betweenness(new BetweennessOptions { Sources = ["A", "N"], Length = EdgeLength.InverseStrength }),
        ["betweenness --approx 0.1 --delta 0.2 --seed 3"] = () => new Betweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(0.1, 0.2, 3) }),
        ["betweenness --approx 0.1 --normalized"] = () => new Betweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(0.1), Normalized = true }),
        ["edge-betweenness"] = () => new EdgeBetweenness(),
        ["edge-betweenness --normalized --cutoff 2"] = () => new EdgeBetweenness(new BetweennessOptions { Normalized = true, Cutoff = 2 }),
        ["edge-betweenness --adversaries --length distance"] = () => new EdgeBetweenness(new BetweennessOptions { Adversaries = true, Ties = TieFilter.Positive, Length = EdgeLength.WeightAsDistance }),
        ["edge-betweenness --directed --ties positive --targets B"] = () => new EdgeBetweenness(new BetweennessOptions { Ties = TieFilter.Positive, Targets = ["B"] }),
        ["closeness"] = () => new Closeness(),
        ["closeness --convention igraph"] = () => new Closeness(new ClosenessOptions { Convention = ClosenessConvention.IGraph }),
        ["closeness --directed --mode out --convention igraph"] = () => new Closeness(new ClosenessOptions { Mode = NeighborMode.Out, Convention = ClosenessConvention.IGraph }),
        ["closeness --directed"] = () => new Closeness(new ClosenessOptions { Mode = NeighborMode.In }),
        ["closeness --length distance --cutoff 2"] = () => new Closeness(new ClosenessOptions { Length = EdgeLength.WeightAsDistance, Cutoff = 2 }),
        ["harmonic --normalized"] = () => new Harmonic(new HarmonicOptions { Normalized = true }),
        ["harmonic --directed --mode all --length inverse"] = () => new Harmonic(new HarmonicOptions { Mode = NeighborMode.All, Length = EdgeLength.InverseStrength }),
        ["harmonic --ties positive --cutoff 1"] = () => new Harmonic(new HarmonicOptions { Ties = TieFilter.Positive, Cutoff = 1 }),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Metric_Json_EqualsLibrary(string commandLine)
    {
        var args = commandLine.Split(' ');
        var graph = Graph(args.Contains("--directed"));
        var metric = Cases[commandLine]();

        var run = Ok(["metric", .. args, "--edges", edges, "--nodes", nodes, "--format", "json"]);

        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(metric.Name, root.GetProperty("metric").GetString());
        switch (metric)
        {
            case INodeMetric node:
                var expected = node.Compute(graph, null, TestContext.Current.CancellationToken);
                var scores = root.GetProperty("scores").EnumerateObject().ToArray();
                Assert.Equal(expected.Ids, scores.Select(p => p.Name));
                foreach (var p in scores)
                {
                    var want = expected[p.Name];
                    if (double.IsNaN(want))
                    {
                        Assert.Equal(JsonValueKind.Null, p.Value.ValueKind);
                    }
                    else
                    {
                        Assert.True(want == p.Value.GetDouble(), $"{p.Name}: CLI {p.Value.GetDouble()}, library {want}");
                    }
                }

                break;
            case IEdgeMetric edge:
                var expectedEdges = edge.Compute(graph, null, TestContext.Current.CancellationToken).Edges;
                var listed = root.GetProperty("edges").EnumerateArray()
                    .Select(e => new EdgeScore(e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("value").GetDouble()))
                    .ToArray();
                Assert.Equal(expectedEdges, listed);
                break;
            default:
                Assert.Fail($"{metric.GetType()} is neither a node nor an edge metric");
                break;
        }
    }

    [Fact]
    public void Betweenness_Adversaries_DefaultsToPositiveTiesAndSaysSo()
    {
        var run = Ok("metric", "betweenness", "--adversaries", "--edges", edges, "--nodes", nodes, "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        var options = doc.RootElement.GetProperty("options");
        Assert.Equal("positive", options.GetProperty("ties").GetString());
        Assert.True(options.GetProperty("adversaries").GetBoolean());

        // Hostile pairs {A,B} and {C,D}: over friendly ties A–M–B (2 steps) beats A–N–X–B (3), so M mediates;
        // C and D have no friendly route.
        var scores = doc.RootElement.GetProperty("scores");
        Assert.Equal(1, scores.GetProperty("M").GetDouble());
        Assert.Equal(0, scores.GetProperty("N").GetDouble());
        Assert.Equal(0, scores.GetProperty("X").GetDouble());
    }

    [Fact]
    public void Betweenness_Approx_EchoesEpsilonDeltaSeedAndNotesTheSamples()
    {
        var run = Ok("metric", "betweenness", "--approx", "0.1", "--delta", "0.2", "--seed", "3", "--edges", edges, "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        var options = doc.RootElement.GetProperty("options");
        Assert.Equal(0.1, options.GetProperty("epsilon").GetDouble());
        Assert.Equal(0.2, options.GetProperty("delta").GetDouble());
        Assert.Equal(3, options.GetProperty("seed").GetInt32());
        Assert.Contains(run.ErrorLines, l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("sampled", StringComparison.Ordinal));

        var again = Ok("metric", "betweenness", "--approx", "0.1", "--delta", "0.2", "--seed", "3", "--edges", edges, "--format", "json");
        Assert.Equal(run.Stdout, again.Stdout);
    }

    [Fact]
    public void Closeness_IGraphIsolatedNode_NullInJson()
    {
        var run = Ok("metric", "closeness", "--convention", "igraph", "--edges", edges, "--nodes", nodes, "--format", "json");

        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("scores").GetProperty("Z").ValueKind);
        Assert.Equal("igraph", doc.RootElement.GetProperty("options").GetProperty("convention").GetString());
    }

    [Fact]
    public void Adversaries_NoNegativeTies_ExitZeroWithNote()
    {
        var friendly = files.File("friendly.csv", "source,target,weight\nA,B,1\nB,C,1\n");

        var run = Ok("metric", "betweenness", "--adversaries", "--edges", friendly, "--format", "json");

        Assert.Contains(run.ErrorLines, l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("negative", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.All(doc.RootElement.GetProperty("scores").EnumerateObject(), p => Assert.Equal(0, p.Value.GetDouble()));
    }

    // ------------------------------------------------------------------ bad input

    [Theory]
    [InlineData("betweenness")]
    [InlineData("edge-betweenness")]
    public void UnknownIdInSources_Exit2NamingTheId(string metric)
    {
        AssertBadInput(Run("metric", metric, "--sources", "A,Zed", "--edges", edges, "--format", "json"), "'Zed'", "sources");
    }

    [Fact]
    public void UnknownIdInTargets_Exit2NamingTheId()
    {
        AssertBadInput(Run("metric", "betweenness", "--targets", "Nobody", "--edges", edges), "'Nobody'", "targets");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("1")]
    [InlineData("-0.1")]
    public void ApproxOutsideUnitInterval_Exit2(string epsilon)
    {
        AssertBadInput(Run("metric", "betweenness", "--approx", epsilon, "--edges", edges), "--approx");
    }

    [Fact]
    public void DeltaOutsideUnitInterval_Exit2()
    {
        AssertBadInput(Run("metric", "betweenness", "--approx", "0.1", "--delta", "2", "--edges", edges), "--delta");
    }

    [Theory]
    [InlineData("betweenness", "-1")]
    [InlineData("edge-betweenness", "-1")]
    [InlineData("closeness", "-1")]
    [InlineData("harmonic", "-0.5")]
    public void NegativeCutoff_Exit2(string metric, string cutoff)
    {
        AssertBadInput(Run("metric", metric, "--cutoff", cutoff, "--edges", edges), "--cutoff");
    }

    [Theory]
    [InlineData("--adversaries")]
    [InlineData("--endpoints")]
    [InlineData("--cutoff", "2")]
    [InlineData("--sources", "A")]
    [InlineData("--targets", "B")]
    public void ApproxWithExactOnlyOption_Exit2(params string[] extra)
    {
        AssertBadInput(Run(["metric", "betweenness", "--approx", "0.1", .. extra, "--edges", edges]), "approximation");
    }

    [Fact]
    public void UnknownLength_Exit2()
    {
        AssertBadInput(Run("metric", "betweenness", "--length", "foo", "--edges", edges), "foo");
    }

    [Theory]
    [InlineData("--sources", "A,,B")]
    [InlineData("--targets", ",A")]
    [InlineData("--sources", "A,")]
    public void EmptyIdInList_Exit2(string option, string list)
    {
        AssertBadInput(Run("metric", "betweenness", option, list, "--edges", edges), option, "empty id");
    }

    [Fact]
    public void DistanceLengthOnZeroWeightTie_Exit2NamingTheTie()
    {
        var zero = files.File("zero.csv", "source,target,weight\nA,B,1\nB,C,0\n");

        // --quiet: the reader's note about the zero-weight tie would be a second line.
        AssertBadInput(Run("metric", "betweenness", "--length", "distance", "--quiet", "--edges", zero), "B-C", "distance");
    }

    [Fact]
    public void InverseLengthOnZeroWeightTie_TieCarriesNoPath()
    {
        var zero = files.File("zero.csv", "source,target,weight\nA,B,1\nB,C,0\nA,C,1\n");

        var run = Ok("metric", "betweenness", "--length", "inverse", "--edges", zero, "--format", "json");

        // B reaches C only through A.
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("scores").GetProperty("A").GetDouble());
    }
}
