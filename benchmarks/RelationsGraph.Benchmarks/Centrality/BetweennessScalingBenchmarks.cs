using BenchmarkDotNet.Attributes;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;

namespace RelationsGraph.Benchmarks.Centrality;

/// <summary>
/// Exact betweenness at 10,000 nodes (BA and ER, hops and |w|), where the QuikGraph baseline of
/// <see cref="BetweennessBenchmarks"/> takes minutes per run: one core is the baseline, all cores the comparison.
/// </summary>
public class BetweennessScalingBenchmarks
{
    private SignedGraph graph = null!;
    private Betweenness allCores = null!;
    private Betweenness oneCore = null!;

    [Params("BA", "ER")]
    public string Model { get; set; } = "BA";

    [Params(false, true)]
    public bool Weighted { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        graph = BenchmarkGraphs.Create(Model, 10_000).Graph;
        var options = new BetweennessOptions { Length = Weighted ? EdgeLength.WeightAsDistance : EdgeLength.Hops };
        allCores = new Betweenness(options);
        oneCore = new Betweenness(options with { MaxDegreeOfParallelism = 1 });
    }

    [Benchmark(Baseline = true)]
    public double OneCore() => oneCore.Compute(graph).AsSpan()[0];

    [Benchmark]
    public double AllCores() => allCores.Compute(graph).AsSpan()[0];
}
