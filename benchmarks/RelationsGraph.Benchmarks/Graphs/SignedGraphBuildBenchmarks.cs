using BenchmarkDotNet.Attributes;
using QuikGraph;
using RelationsGraph.Graphs;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>Building the CSR graph from an edge list, against building a QuikGraph undirected graph (baseline).</summary>
public class SignedGraphBuildBenchmarks
{
    private string[] ids = [];
    private SignedEdge[] edges = [];
    private TaggedEdge<int, double>[] quikEdges = [];

    [Params(1_000, 10_000, 100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (src, dst, w) = GraphGenerators.BarabasiAlbert(Nodes, 4, 0.3, seed: 42);
        ids = GraphGenerators.Ids(Nodes);
        edges = new SignedEdge[src.Length];
        quikEdges = new TaggedEdge<int, double>[src.Length];
        for (var e = 0; e < src.Length; e++)
        {
            edges[e] = new SignedEdge(ids[src[e]], ids[dst[e]], w[e]);
            quikEdges[e] = new TaggedEdge<int, double>(src[e], dst[e], w[e]);
        }
    }

    [Benchmark(Baseline = true)]
    public int QuikGraphUndirected()
    {
        var graph = new UndirectedGraph<int, TaggedEdge<int, double>>(allowParallelEdges: false);
        graph.AddVertexRange(Enumerable.Range(0, Nodes));
        graph.AddEdgeRange(quikEdges);
        return graph.EdgeCount;
    }

    [Benchmark]
    public int SignedGraphCreate() => SignedGraph.Create(ids, edges, isDirected: false).EdgeCount;
}
