using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using RelationsGraph.Graphs;
using RelationsGraph.IO;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// A 100,000-edge CSV (20,000 nodes, BA m = 5, weights ±0.25..1) to a <see cref="SignedGraph"/> in process: the full
/// reader and projection (relations model, notes) against the plain-CSV road (<see cref="CsvGraphReader"/>, straight
/// into the graph's arrays).
/// </summary>
public class CsvLoadBenchmarks
{
    private string path = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (src, dst, w) = GraphGenerators.BarabasiAlbert(20_000, 5, 0.3, seed: 7);
        var text = new StringBuilder("source,target,weight\n");
        var seen = new HashSet<(int, int)>();
        for (var e = 0; e < src.Length; e++)
        {
            var (a, b) = (Math.Min(src[e], dst[e]), Math.Max(src[e], dst[e]));
            if (a != b && seen.Add((a, b)))
            {
                var weight = Math.Max(1, Math.Round(Math.Abs(w[e]) * 4)) / 4 * Math.Sign(w[e]);
                text.Append('n').Append(src[e]).Append(",n").Append(dst[e]).Append(',').Append(weight.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        path = Path.Combine(Path.GetTempPath(), $"relationsgraph-load-{Environment.ProcessId}.csv");
        File.WriteAllText(path, text.ToString());
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark(Baseline = true)]
    public int FullReaderAndProjection() => GraphProjection.Project(CsvNetworkReader.Read(path).Network).Graph.EdgeCount;

    [Benchmark]
    public int PlainCsvRoad() => CsvGraphReader.TryRead(path, directed: false)!.EdgeCount;
}
