using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using Xunit;
using RelationsGraph.Catalog;

namespace RelationsGraph.Tests.Concurrency;

/// <summary>
/// Graphs and results are immutable and thread-safe: every catalogued metric run many times at once on one shared graph
/// (and its lazily built views) gives results bit-identical to a sequential run; cancellation stops long work.
/// </summary>
public sealed class ConcurrencyStressTests
{
    private static (string Name, IMetric Metric)[] AllMetrics(SignedGraph graph)
    {
        var groups = NodeGroups.FromLabels(graph.NodeIds.Select((id, i) => KeyValuePair.Create(id, $"g{i % 4}")));
        var catalog = MetricCatalog.CreateDefault();
        var parameters = new MetricParameters { Groups = groups, Permutations = 20 };
        return [.. catalog.Names
            .Where(n => n != "status") // directed only; the graph here is undirected
            .Select(n => (n, catalog[n].Create(parameters)))];
    }

    private static long[] Bits(IMetric metric, SignedGraph graph) => metric switch
    {
        INodeMetric node => [.. node.Compute(graph).Values.Select(BitConverter.DoubleToInt64Bits)],
        IEdgeMetric edge => [.. edge.Compute(graph).Edges.Select(e => BitConverter.DoubleToInt64Bits(e.Value))],
        _ => throw new InvalidOperationException(),
    };

    [Fact]
    public void ManyMetricsAtOnce_OnOneGraph_MatchSequentialRuns()
    {
        // A fresh graph, so that the positive and negative views are first built concurrently too.
        var graph = TestGraphs.Random(120, 480, seed: 21, directed: false);
        var reference = TestGraphs.Random(120, 480, seed: 21, directed: false);
        var metrics = AllMetrics(reference);
        var expected = metrics.ToDictionary(m => m.Name, m => Bits(m.Metric, reference));

        var runs = Enumerable.Range(0, 4).SelectMany(_ => metrics).ToArray();
        var results = new (string Name, long[] Bits)[runs.Length];
        Parallel.For(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = (runs[i].Name, Bits(runs[i].Metric, graph)));

        foreach (var (name, bits) in results)
        {
            Assert.True(expected[name].SequenceEqual(bits), $"{name} differs when run concurrently");
        }
    }

    [Fact]
    public async Task Cancellation_StopsALongComputationPromptly()
    {
        var graph = TestGraphs.Random(3000, 15000, seed: 2, directed: false);
        using var cts = new CancellationTokenSource();
        var metric = new Betweenness(new BetweennessOptions { Length = EdgeLength.InverseStrength });

        var task = Task.Run(() => metric.Compute(graph, cancellationToken: cts.Token));
        cts.CancelAfter(50);

        // A generous bound: the full computation takes seconds; cancelled, it must end well before a minute.
        var winner = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.Same(task, winner);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }
}
