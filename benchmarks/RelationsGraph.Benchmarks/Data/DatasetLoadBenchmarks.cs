using BenchmarkDotNet.Attributes;
using RelationsGraph.Data;

namespace RelationsGraph.Benchmarks.Data;

/// <summary>
/// Reading an embedded dataset from its compressed resources, bypassing the per-name cache that
/// <see cref="Datasets.Load(string)"/> keeps (what a process pays on its first <c>Load</c>) (nodes, edges,
/// sources and the attribute series). Target: <c>Datasets.Load("world")</c> within 300 ms.
/// </summary>
public class DatasetLoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public Dataset LoadWorld2023() => Datasets.ReadUncached("world-2023");

    [Benchmark]
    public Dataset LoadWorld() => Datasets.ReadUncached("world");

    /// <summary>Load, then the first attribute look-up (which reads the attribute series).</summary>
    [Benchmark]
    public double? LoadWorldAndAttributes() => Datasets.ReadUncached("world").Attribute("USA", "gdp", 2020);
}
