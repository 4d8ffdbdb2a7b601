using System.Diagnostics;
using System.Globalization;
using RelationsGraph.Graphs;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/RelationsGraph.Benchmarks -- --scale NODES EDGES</c>: builds an
/// undirected signed graph from a generated edge list through the index route and prints the build time, the CSR's
/// bytes per edge, the whole graph's (with the id index) and the process's peak memory. Not a BenchmarkDotNet run: one
/// build of a graph too large to repeat.
/// </summary>
public static class ScaleProbe
{
    public static void Run(int nodes, int edges)
    {
        var ids = new string[nodes];
        for (var i = 0; i < nodes; i++)
        {
            ids[i] = "n" + i.ToString(CultureInfo.InvariantCulture);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var random = new Random(5);
        var src = new int[edges];
        var dst = new int[edges];
        var w = new double[edges];
        for (var e = 0; e < edges; e++)
        {
            var a = random.Next(nodes);
            var b = random.Next(nodes - 1);
            src[e] = a;
            dst[e] = b >= a ? b + 1 : b;
            w[e] = random.NextDouble() < 0.3 ? -1 : 1;
        }

        var clock = Stopwatch.StartNew();
        var graph = SignedGraph.Create(ids, src, dst, w, isDirected: false);
        var seconds = clock.Elapsed.TotalSeconds;
        src = dst = null!;
        w = null!;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var csr = (graph.OutTargets.Length * 4L) + (graph.OutWeights.Length * 8L) + (graph.OutOffsets.Length * 4L);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{nodes:N0} nodes, {graph.EdgeCount:N0} edges: built in {seconds:F2} s; CSR {csr / 1e6:F0} MB = {csr / (double)graph.EdgeCount:F1} B/edge; graph with id index {(after - baseline) / 1e6:F0} MB = {(after - baseline) / (double)graph.EdgeCount:F1} B/edge; process peak {process.PeakWorkingSet64 / 1e6:F0} MB"));
        GC.KeepAlive(graph);
    }
}
