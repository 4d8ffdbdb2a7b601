using BenchmarkDotNet.Attributes;
using RelationsGraph.Balance;
using RelationsGraph.Graphs;

namespace RelationsGraph.Benchmarks.Balance;

/// <summary>
/// Signed triangle census and the frustration local search on 20,000-node graphs with about 100,000 edges (30 % negative):
/// Barabási–Albert (m = 5: hubs, many triangles) and Erdős–Rényi (few triangles). The frustration search is the default
/// (3 starts, 5 perturbations per node) and, as a cheaper setting, 1 start with 1 perturbation per node.
/// </summary>
public class BalanceBenchmarks
{
    private static readonly bool Smoke = Environment.GetEnvironmentVariable("RELATIONSGRAPH_BENCHMARK_SMOKE") == "1";

    private SignedGraph graph = null!;

    [Params("BA", "ER")]
    public string Model { get; set; } = "BA";

    [GlobalSetup]
    public void Setup()
    {
        var nodes = Smoke ? 1_000 : 20_000;
        var (src, dst, w) = Model == "BA"
            ? GraphGenerators.BarabasiAlbert(nodes, 5, 0.3, seed: 42)
            : GraphGenerators.ErdosRenyi(nodes, 5 * nodes, 0.3, seed: 42);
        var ids = GraphGenerators.Ids(nodes);
        graph = SignedGraph.Create(ids, src.Select((s, e) => new SignedEdge(ids[s], ids[dst[e]], w[e])), isDirected: false);
    }

    [Benchmark(Baseline = true)]
    public long TriangleCensus() => SignedTriangles.Count(graph).Graph.Total;

    [Benchmark]
    public double FrustrationHeuristicDefault() => Frustration.Compute(graph, new FrustrationOptions { Method = FrustrationMethod.Heuristic }).Index;

    [Benchmark]
    public double FrustrationHeuristicQuick() => Frustration.Compute(graph, new FrustrationOptions { Method = FrustrationMethod.Heuristic, Restarts = 1, Perturbations = graph.NodeCount }).Index;
}
