using BenchmarkDotNet.Attributes;
using QuikGraph;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;

namespace RelationsGraph.Benchmarks.Centrality;

/// <summary>
/// Exact betweenness on Barabási–Albert and Erdős–Rényi graphs (average degree about 8), unweighted (hops) and
/// weighted (|w| as length), against a straightforward Brandes over QuikGraph (baseline); one core and all cores.
/// </summary>
public class BetweennessBenchmarks
{
    private SignedGraph graph = null!;
    private UndirectedGraph<int, TaggedEdge<int, double>> quik = null!;
    private Betweenness allCores = null!;
    private Betweenness oneCore = null!;

    // 10,000 and more nodes: the baseline alone takes minutes per run; see benchmarks/compare-igraph.sh for 20,000.
    [Params(1_000, 5_000)]
    public int Nodes { get; set; }

    [Params("BA", "ER")]
    public string Model { get; set; } = "BA";

    [Params(false, true)]
    public bool Weighted { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (graph, quik) = BenchmarkGraphs.Create(Model, Nodes);
        var options = new BetweennessOptions { Length = Weighted ? EdgeLength.WeightAsDistance : EdgeLength.Hops };
        allCores = new Betweenness(options);
        oneCore = new Betweenness(options with { MaxDegreeOfParallelism = 1 });
    }

    [Benchmark(Baseline = true)]
    public double QuikGraphBrandesOneCore() => QuikGraphBrandes.Compute(quik, Weighted)[0];

    [Benchmark]
    public double RelationsGraphOneCore() => oneCore.Compute(graph).AsSpan()[0];

    [Benchmark]
    public double RelationsGraphAllCores() => allCores.Compute(graph).AsSpan()[0];
}
