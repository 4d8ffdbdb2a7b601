using BenchmarkDotNet.Attributes;
using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;

namespace RelationsGraph.Benchmarks.Brokerage;

/// <summary>
/// Signed brokerage on the generated brokerage graph (20,000 nodes, 30 % negative arcs): raw counts alone, and with a
/// null model of 100 sign permutations (the cost is about permutations + 1 raw counts).
/// </summary>
public class SignedBrokerageBenchmarks
{
    private SignedGraph graph = null!;
    private SignedBrokerage raw = null!;
    private SignedBrokerage withNull = null!;

    [GlobalSetup]
    public void Setup()
    {
        (graph, var groups) = BrokerageGraphs.Create(20_000);
        raw = new SignedBrokerage(new SignedBrokerageOptions { Groups = groups, Permutations = 0 });
        withNull = new SignedBrokerage(new SignedBrokerageOptions { Groups = groups, Permutations = 100 });
    }

    [Benchmark(Baseline = true)]
    public double RawCounts() => raw.Analyze(graph).Graph(BrokerageRole.Total).Raw;

    [Benchmark]
    public double NullModel100() => withNull.Analyze(graph).Graph(BrokerageRole.Total).Z;
}
