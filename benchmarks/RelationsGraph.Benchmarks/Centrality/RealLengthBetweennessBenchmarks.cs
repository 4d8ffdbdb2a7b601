using BenchmarkDotNet.Attributes;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;

namespace RelationsGraph.Benchmarks.Centrality;

/// <summary>
/// Exact betweenness with real-valued lengths (|w| and 1/|w|) on one core: the one-source kernel over every source
/// (the baseline: an indexed 4-ary heap, or the bucket queue where the lengths are whole numbers of a quantum) against
/// the engine, which runs eight sources per search (<see cref="WideRealWorker"/>, or <see cref="WideDialWorker"/> on
/// quanta). BA (m = 4), weights ±0.1..1.0 in steps of 0.1 (<c>tenth</c>: no quantum either way) or ±0.25..1 in
/// steps of 0.25 (<c>quarter</c>: |w| on quanta of 0.25, 1/|w| real).
/// </summary>
public class RealLengthBetweennessBenchmarks
{
    private SignedGraph graph = null!;
    private PathAdjacency adjacency = null!;
    private double[] targetWeights = null!;
    private Betweenness engine = null!;

    [Params("tenth", "quarter")]
    public string Steps { get; set; } = "tenth";

    [Params("distance", "inverse")]
    public string Length { get; set; } = "distance";

    [Params(2_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The CI smoke run (RELATIONSGRAPH_BENCHMARK_SMOKE=1) caps the graph, as BenchmarkGraphs does.
        var nodes = Environment.GetEnvironmentVariable("RELATIONSGRAPH_BENCHMARK_SMOKE") == "1" ? Math.Min(Nodes, 1_000) : Nodes;
        var (src, dst, w) = GraphGenerators.BarabasiAlbert(nodes, 4, 0.3, seed: 42);
        var step = Steps == "quarter" ? 0.25 : 0.1;
        var ids = GraphGenerators.Ids(nodes);
        var edges = src.Select((s, e) => new SignedEdge(ids[s], ids[dst[e]], Math.Max(1, Math.Round(Math.Abs(w[e]) / step)) * step * Math.Sign(w[e])));
        graph = SignedGraph.Create(ids, edges, isDirected: false);
        var length = Length == "inverse" ? EdgeLength.InverseStrength : EdgeLength.WeightAsDistance;
        adjacency = PathAdjacency.Out(graph, length);
        targetWeights = new double[graph.NodeCount];
        Array.Fill(targetWeights, 0.5);
        engine = new Betweenness(new BetweennessOptions { Length = length, MaxDegreeOfParallelism = 1 });
    }

    [Benchmark(Baseline = true)]
    public double OneSourceKernel()
    {
        var worker = new ShortestPathWorker(adjacency);
        var nodes = new double[graph.NodeCount];
        for (var s = 0; s < graph.NodeCount; s++)
        {
            worker.Run(s);
            worker.Accumulate(targetWeights, nodes, [], endpoints: false);
        }

        return nodes[0];
    }

    [Benchmark]
    public double EightSourcesPerSearch() => engine.Compute(graph).AsSpan()[0];
}
