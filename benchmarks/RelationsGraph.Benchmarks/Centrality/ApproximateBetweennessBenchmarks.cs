using BenchmarkDotNet.Attributes;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;

namespace RelationsGraph.Benchmarks.Centrality;

/// <summary>
/// Approximate betweenness (Riondato–Kornaropoulos, δ = 0.1) on 100,000-node graphs with about 400,000 edges, where
/// exact betweenness takes many minutes; the baseline is the looser ε = 0.1.
/// </summary>
public class ApproximateBetweennessBenchmarks
{
    private SignedGraph graph = null!;

    [Params("BA", "ER")]
    public string Model { get; set; } = "BA";

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Create(Model, 100_000).Graph;

    [Benchmark(Baseline = true)]
    public double Epsilon010() => Top(0.1);

    [Benchmark]
    public double Epsilon005() => Top(0.05);

    private double Top(double epsilon) =>
        new Betweenness(new BetweennessOptions { Approximation = new BetweennessApproximation(epsilon, 0.1, Seed: 1) }).Compute(graph).Top(10)[0].Score;
}
