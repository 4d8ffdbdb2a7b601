using BenchmarkDotNet.Attributes;
using QuikGraph;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Interop;

namespace RelationsGraph.Benchmarks.Centrality;

/// <summary>Positive-tie strength on Barabási–Albert graphs (average degree 8), against the same sum over a QuikGraph graph (baseline).</summary>
public class StrengthBenchmarks
{
    private SignedGraph graph = null!;
    private UndirectedGraph<string, TaggedEdge<string, double>> quik = null!;
    private Strength metric = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (src, dst, w) = GraphGenerators.BarabasiAlbert(Nodes, 4, 0.3, seed: 42);
        var ids = GraphGenerators.Ids(Nodes);
        graph = SignedGraph.Create(ids, src.Select((s, e) => new SignedEdge(ids[s], ids[dst[e]], w[e])), isDirected: false);
        quik = graph.ToQuikGraphUndirected();
        metric = new Strength(new StrengthOptions { Ties = TieFilter.Positive });
        _ = graph.Positive;
    }

    [Benchmark(Baseline = true)]
    public double QuikGraphAdjacentEdges()
    {
        double total = 0;
        foreach (var v in quik.Vertices)
        {
            double sum = 0;
            foreach (var e in quik.AdjacentEdges(v))
            {
                if (e.Tag > 0)
                {
                    sum += e.Tag;
                }
            }

            total += sum;
        }

        return total;
    }

    [Benchmark]
    public double SignedGraphStrength() => metric.Compute(graph).AsSpan()[0];
}
