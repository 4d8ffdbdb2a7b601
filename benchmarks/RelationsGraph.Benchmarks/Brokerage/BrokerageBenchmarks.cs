using BenchmarkDotNet.Attributes;
using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;

namespace RelationsGraph.Benchmarks.Brokerage;

/// <summary>
/// Gould–Fernandez brokerage (all roles, expectations, z-scores) and Burt's constraint on directed graphs with average
/// out-degree 5 and 10 groups (<see cref="BrokerageGraphs"/>); R sna's times on the same graphs come from
/// <c>benchmarks/compare-sna.sh</c>.
/// </summary>
public class BrokerageBenchmarks
{
    private SignedGraph graph = null!;
    private GouldFernandezBrokerage allCores = null!;
    private GouldFernandezBrokerage oneCore = null!;
    private Constraint constraint = null!;

    [Params(2_000, 20_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (graph, var groups) = BrokerageGraphs.Create(Nodes);
        allCores = new GouldFernandezBrokerage(new BrokerageOptions { Groups = groups });
        oneCore = new GouldFernandezBrokerage(new BrokerageOptions { Groups = groups, MaxDegreeOfParallelism = 1 });
        constraint = new Constraint();
    }

    [Benchmark(Baseline = true)]
    public double GouldFernandez() => allCores.Analyze(graph).Graph(BrokerageRole.Total).Z;

    [Benchmark]
    public double GouldFernandezOneCore() => oneCore.Analyze(graph).Graph(BrokerageRole.Total).Z;

    [Benchmark]
    public double ConstraintDirected() => constraint.Compute(graph).AsSpan()[0];
}
