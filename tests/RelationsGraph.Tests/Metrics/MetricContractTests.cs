using System.Reflection;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using Xunit;
using RelationsGraph.Catalog;

namespace RelationsGraph.Tests.Metrics;

/// <summary>
/// The contract every catalogued metric keeps (see <see cref="INodeMetric"/>): empty graphs, isolated nodes,
/// cancellation, determinism, no mutation of the input, directed and undirected graphs.
/// </summary>
public class MetricContractTests
{
    public static TheoryData<string> MetricNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in MetricCatalog.CreateDefault().Names)
            {
                data.Add(name);
            }

            return data;
        }
    }

    private static readonly bool[] Directions = [false, true];

    /// <summary>Parameter sets each metric is run with: every tie filter, and the non-default settings.</summary>
    /// <remarks>Every set carries three groups covering the test graphs' ids (n0..n24) for the brokerage metrics.</remarks>
    private static readonly MetricParameters[] ParameterSets =
    [
        Base,
        Base with { Ties = TieFilter.Positive },
        Base with { Ties = TieFilter.Negative, Mode = NeighborMode.In },
        Base with { Mode = NeighborMode.Out, Strength = TieStrength.Unit },
    ];

    private static MetricParameters Base => new()
    {
        Groups = NodeGroups.FromLabels(Enumerable.Range(0, 25).Select(i => KeyValuePair.Create($"n{i}", $"g{i % 3}"))),
        Permutations = 30,
    };

    /// <summary>The metric under every parameter set it accepts: it may reject settings that do not apply to it (ArgumentException), never the defaults.</summary>
    private static List<IMetric> Metrics(string name)
    {
        var descriptor = MetricCatalog.CreateDefault()[name];
        var metrics = new List<IMetric> { descriptor.Create(ParameterSets[0]) };
        foreach (var parameters in ParameterSets.Skip(1))
        {
            try
            {
                metrics.Add(descriptor.Create(parameters));
            }
            catch (ArgumentException)
            {
                // Not applicable to this metric (e.g. --ties for signed-brokerage); the CLI reports it as a usage error.
            }
        }

        return metrics;
    }

    /// <summary>Runs a node or edge metric and returns its result as (key, value) pairs in result order.</summary>
    private static (string Key, double Value)[] Run(IMetric metric, SignedGraph graph, CancellationToken cancellationToken = default) =>
        metric switch
        {
            INodeMetric node => [.. node.Compute(graph, null, cancellationToken).Select(p => (p.Key, p.Value))],
            IEdgeMetric edge => [.. edge.Compute(graph, null, cancellationToken).Edges.Select(e => ($"{e.Source}->{e.Target}", e.Value))],
            _ => throw new InvalidOperationException($"{metric.GetType()} is neither a node nor an edge metric."),
        };

    /// <summary>
    /// The directions a metric supports: a metric defined on one kind of graph only (balance on undirected graphs,
    /// status on directed ones) rejects the other with <see cref="UnsupportedGraphException"/>, and must support one.
    /// </summary>
    private static bool[] DirectionsFor(IMetric metric)
    {
        var supported = Directions.Where(directed =>
        {
            try
            {
                Run(metric, Sample(directed));
                return true;
            }
            catch (UnsupportedGraphException)
            {
                return false;
            }
        }).ToArray();
        Assert.NotEmpty(supported);
        return supported;
    }

    private static SignedGraph Sample(bool directed) => TestGraphs.Random(nodes: 25, arcs: 70, seed: 11, directed);

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Compute_EmptyGraph_GivesEmptyScores(string name)
    {
        foreach (var metric in Metrics(name))
        {
            foreach (var directed in DirectionsFor(metric))
            {
                Assert.Empty(Run(metric, TestGraphs.Empty(directed), TestContext.Current.CancellationToken));
            }
        }
    }

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Compute_IsolatedNodes_GivesOneScorePerNode(string name)
    {
        foreach (var metric in Metrics(name))
        {
            foreach (var directed in DirectionsFor(metric))
            {
                var graph = TestGraphs.Isolated(4, directed);

                var result = Run(metric, graph, TestContext.Current.CancellationToken);

                if (metric is INodeMetric)
                {
                    Assert.Equal(graph.NodeIds, result.Select(r => r.Key));
                }
                else
                {
                    Assert.Empty(result);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Compute_CancelledToken_ThrowsOperationCanceled(string name)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        foreach (var metric in Metrics(name))
        {
            foreach (var directed in DirectionsFor(metric))
            {
                Assert.ThrowsAny<OperationCanceledException>(() => Run(metric, Sample(directed), cancelled.Token));
            }
        }
    }

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Compute_TwoRuns_AreEqualBitForBit(string name)
    {
        foreach (var metric in Metrics(name))
        {
            foreach (var directed in DirectionsFor(metric))
            {
                var graph = Sample(directed);

                var first = Run(metric, graph, TestContext.Current.CancellationToken);
                var second = Run(metric, graph, TestContext.Current.CancellationToken);

                Assert.Equal(first.Select(r => r.Key), second.Select(r => r.Key));
                Assert.Equal(first.Select(r => BitConverter.DoubleToInt64Bits(r.Value)), second.Select(r => BitConverter.DoubleToInt64Bits(r.Value)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Compute_EqualGraphsBuiltSeparately_AreEqualBitForBit(string name)
    {
        foreach (var metric in Metrics(name))
        {
            foreach (var directed in DirectionsFor(metric))
            {
                var first = Run(metric, Sample(directed), TestContext.Current.CancellationToken);
                var second = Run(metric, Sample(directed), TestContext.Current.CancellationToken);

                Assert.Equal(first.Select(r => (r.Key, BitConverter.DoubleToInt64Bits(r.Value))), second.Select(r => (r.Key, BitConverter.DoubleToInt64Bits(r.Value))));
            }
        }
    }

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Compute_AnyGraph_DoesNotMutateInput(string name)
    {
        foreach (var metric in Metrics(name))
        {
            foreach (var directed in DirectionsFor(metric))
            {
                var graph = Sample(directed);
                var ids = graph.NodeIds.ToArray();
                var edges = graph.EdgesById().ToArray();
                var positive = graph.Positive.EdgesById().ToArray();
                var negative = graph.Negative.EdgesById().ToArray();
                var inRows = Enumerable.Range(0, graph.NodeCount).Select(v => (graph.InNeighbors(v).ToArray(), graph.InWeightsOf(v).ToArray())).ToArray();

                Run(metric, graph, TestContext.Current.CancellationToken);

                Assert.Equal(ids, graph.NodeIds);
                Assert.Equal(edges, graph.EdgesById());
                Assert.Equal(positive, graph.Positive.EdgesById());
                Assert.Equal(negative, graph.Negative.EdgesById());
                for (var v = 0; v < graph.NodeCount; v++)
                {
                    Assert.Equal(inRows[v].Item1, graph.InNeighbors(v).ToArray());
                    Assert.Equal(inRows[v].Item2, graph.InWeightsOf(v).ToArray());
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Compute_DirectedAndUndirected_ScoresEveryNodeOrEdge(string name)
    {
        foreach (var metric in Metrics(name))
        {
            foreach (var directed in DirectionsFor(metric))
            {
                var graph = Sample(directed);

                switch (metric)
                {
                    case INodeMetric node:
                        var scores = node.Compute(graph, cancellationToken: TestContext.Current.CancellationToken);
                        Assert.Equal(graph.NodeIds, scores.Ids);
                        Assert.Equal(name, scores.Metric);
                        Assert.Same(metric.Options, scores.Options);
                        Assert.All(scores.Values, v => Assert.False(double.IsInfinity(v)));
                        break;
                    case IEdgeMetric edge:
                        var edgeScores = edge.Compute(graph, cancellationToken: TestContext.Current.CancellationToken);
                        Assert.Equal(graph.View(metric.Options.Ties).EdgeCount, edgeScores.Count);
                        Assert.Equal(directed, edgeScores.IsDirected);
                        Assert.Equal(name, edgeScores.Metric);
                        Assert.Same(metric.Options, edgeScores.Options);
                        break;
                    default:
                        Assert.Fail($"{metric.GetType()} is neither a node nor an edge metric.");
                        break;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Compute_WithProgress_ReportsWithinTotal(string name)
    {
        foreach (var metric in Metrics(name))
        {
            var reports = new List<MetricProgress>();
            var progress = new SynchronousProgress(reports);
            var graph = Sample(directed: DirectionsFor(metric)[0]);

            _ = metric switch
            {
                INodeMetric node => (object)node.Compute(graph, progress, TestContext.Current.CancellationToken),
                IEdgeMetric edge => edge.Compute(graph, progress, TestContext.Current.CancellationToken),
                _ => throw new InvalidOperationException(),
            };

            Assert.All(reports, r => Assert.InRange(r.Done, 0, r.Total));
        }
    }

    [Theory]
    [MemberData(nameof(MetricNames))]
    public void Descriptor_CreatedMetric_MatchesNameAndKind(string name)
    {
        var descriptor = MetricCatalog.CreateDefault()[name];

        foreach (var metric in Metrics(name))
        {
            Assert.Equal(name, metric.Name);
            Assert.NotNull(metric.Options);
            if (descriptor.Kind == MetricKind.Node)
            {
                Assert.IsAssignableFrom<INodeMetric>(metric);
            }
            else
            {
                Assert.IsAssignableFrom<IEdgeMetric>(metric);
            }
        }
    }

    [Fact]
    public void Catalog_EveryPublicMetricType_HasAnEntryCreatingIt()
    {
        var metricTypes = typeof(SignedGraph).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .Where(t => typeof(INodeMetric).IsAssignableFrom(t) || typeof(IEdgeMetric).IsAssignableFrom(t))
            .ToList();
        var catalog = MetricCatalog.CreateDefault();
        var created = catalog.Descriptors.Select(d => d.Create(new MetricParameters()).GetType()).ToHashSet();

        Assert.NotEmpty(metricTypes);
        Assert.All(metricTypes, t => Assert.True(created.Contains(t), $"{t.FullName} implements a metric interface but no catalogue entry creates it."));
    }

    [Fact]
    public void Catalog_MetricNameConstants_MatchCatalogueNames()
    {
        var catalog = MetricCatalog.CreateDefault();
        var constants = typeof(SignedGraph).Assembly.GetExportedTypes()
            .Where(t => typeof(IMetric).IsAssignableFrom(t) && t.IsClass)
            .Select(t => t.GetField("MetricName", BindingFlags.Public | BindingFlags.Static))
            .OfType<FieldInfo>()
            .Select(f => (string?)f.GetValue(null))
            .ToList();

        Assert.All(constants, c => Assert.True(c is not null && catalog.TryGet(c, out _), $"'{c}' is not in the catalogue."));
    }

    /// <summary>An <see cref="IProgress{T}"/> that records reports on the calling thread (Progress&lt;T&gt; posts them asynchronously).</summary>
    private sealed class SynchronousProgress(List<MetricProgress> reports) : IProgress<MetricProgress>
    {
        public void Report(MetricProgress value) => reports.Add(value);
    }
}
