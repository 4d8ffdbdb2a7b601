using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.SamplePlugin.Dependency;

namespace RelationsGraph.SamplePlugin;

/// <summary>
/// The share of a node's ties that are positive: 1 for a node with only friends, 0 with only enemies, NaN when isolated.
/// Ties weaker than <see cref="PositiveShareOptions.MinWeight"/> are not counted.
/// </summary>
public sealed class PositiveShare : INodeMetric
{
    public const string MetricName = "positive-share";

    public PositiveShare(PositiveShareOptions? options = null)
    {
        Options = options ?? new PositiveShareOptions();
    }

    public string Name => MetricName;

    public PositiveShareOptions Options { get; }

    MetricOptions IMetric.Options => Options;

    public NodeScores Compute(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        cancellationToken.ThrowIfCancellationRequested();
        var values = new double[graph.NodeCount];
        for (var v = 0; v < values.Length; v++)
        {
            int positive = 0, all = 0;
            foreach (var w in graph.OutWeightsOf(v))
            {
                if (Math.Abs(w) < Options.MinWeight)
                {
                    continue;
                }

                all++;
                positive += w > 0 ? 1 : 0;
            }

            values[v] = Shares.Of(positive, all);
        }

        progress?.Report(new MetricProgress(values.Length, values.Length));
        return new NodeScores(Name, Options, graph.NodeIds, values);
    }
}
