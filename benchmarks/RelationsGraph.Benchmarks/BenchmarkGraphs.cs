using QuikGraph;
using RelationsGraph.Graphs;

namespace RelationsGraph.Benchmarks;

/// <summary>The benchmark graphs: Barabási–Albert (m = 4) or Erdős–Rényi with the same edge count, seed 42, 30 % negative ties.</summary>
/// <remarks>With the environment variable <c>RELATIONSGRAPH_BENCHMARK_SMOKE=1</c> (set by <c>.ci/run</c>) every graph has at
/// most 1,000 nodes, so that a Dry run executes every benchmark in seconds; the figures are then meaningless.</remarks>
public static class BenchmarkGraphs
{
    private static readonly bool Smoke = Environment.GetEnvironmentVariable("RELATIONSGRAPH_BENCHMARK_SMOKE") == "1";

    public static (SignedGraph Graph, UndirectedGraph<int, TaggedEdge<int, double>> Quik) Create(string model, int nodes)
    {
        nodes = Smoke ? Math.Min(nodes, 1_000) : nodes;
        var (src, dst, w) = model == "BA"
            ? GraphGenerators.BarabasiAlbert(nodes, 4, 0.3, seed: 42)
            : GraphGenerators.ErdosRenyi(nodes, 4 * nodes, 0.3, seed: 42);
        var ids = GraphGenerators.Ids(nodes);
        var graph = SignedGraph.Create(ids, src.Select((s, e) => new SignedEdge(ids[s], ids[dst[e]], w[e])), isDirected: false);
        var quik = new UndirectedGraph<int, TaggedEdge<int, double>>(allowParallelEdges: false);
        quik.AddVertexRange(Enumerable.Range(0, nodes));
        foreach (var e in graph.Edges())
        {
            quik.AddEdge(new TaggedEdge<int, double>(e.Source, e.Target, e.Weight));
        }

        return (graph, quik);
    }
}
