using BenchmarkDotNet.Attributes;
using RelationsGraph.Data;
using RelationsGraph.Mediation;
using RelationsGraph.Model;

namespace RelationsGraph.Benchmarks.Mediation;

/// <summary>
/// The main job in process, on the embedded <c>world</c> dataset already loaded: the Russia–Ukraine ranking on
/// 30 June 2023 without the significance test, and with its default 99 sign-permuted networks (each reuses the
/// weight-independent frame of the observed network). The whole process is measured by
/// <c>benchmarks/main-job.sh</c>.
/// </summary>
public class MediatorRankingBenchmarks
{
    private RelationsNetwork world = null!;

    [GlobalSetup]
    public void Setup() => world = Datasets.Load("world").Network;

    [Benchmark(Baseline = true)]
    public MediatorRankingResult WithoutPermutations() =>
        MediatorRanking.Compute(world, Conflict.Between("RUS", "UKR"), new MediatorOptions { At = new DateOnly(2023, 6, 30), Permutations = 0 });

    [Benchmark]
    public MediatorRankingResult With99Permutations() =>
        MediatorRanking.Compute(world, Conflict.Between("RUS", "UKR"), new MediatorOptions { At = new DateOnly(2023, 6, 30) });
}
