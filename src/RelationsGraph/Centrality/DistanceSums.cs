using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;

namespace RelationsGraph.Centrality;

/// <summary>Per node: how many nodes it reaches, the sum of the distances, and the sum of their inverses — the inputs of closeness and harmonic centrality.</summary>
internal static class DistanceSums
{
    public static (int[] Reached, double[] Sum, double[] InverseSum) Run(SignedGraph view, PathMetricOptions options, NeighborMode mode, IProgress<MetricProgress>? progress, CancellationToken cancellationToken)
    {
        var n = view.NodeCount;
        var adjacency = PathAdjacency.For(view, options.Length, mode);
        var cutoff = options.CutoffOrInfinity();
        options.GuardExact("closeness", n, adjacency.Targets.Length, options.Length.Kind != EdgeLengthKind.Hops);
        var reached = new int[n];
        var sum = new double[n];
        var inverse = new double[n];
        var done = 0L;
        Parallel.For(
            0,
            n,
            new ParallelOptions { MaxDegreeOfParallelism = options.Workers(), CancellationToken = cancellationToken },
            () => new ShortestPathWorker(adjacency),
            (u, _, worker) =>
            {
                worker.Run(u, cutoff);
                var settled = worker.Settled;
                double s = 0, h = 0;
                for (var i = 1; i < settled.Length; i++)
                {
                    var d = worker.Distance(settled[i]);
                    s += d;
                    h += 1 / d;
                }

                (reached[u], sum[u], inverse[u]) = (settled.Length, s, h);
                var count = Interlocked.Increment(ref done);
                if (progress is not null && count % 256 == 0 && count < n)
                {
                    progress.Report(new MetricProgress(count, n));
                }

                return worker;
            },
            _ => { });
        progress?.Report(new MetricProgress(n, n));
        return (reached, sum, inverse);
    }
}
