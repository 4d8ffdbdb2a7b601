using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>
/// A node metric with brokerage roles: <see cref="INodeMetric.Compute"/> gives one role and figure per node (as
/// its options say), <see cref="Analyze"/> gives every role and figure per node, group and graph.
/// </summary>
public interface IBrokerageMetric : INodeMetric
{
    /// <summary>Computes every role's figures.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="progress">Receives progress (optional).</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The result.</returns>
    BrokerageResult Analyze(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default);
}
