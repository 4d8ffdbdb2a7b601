using RelationsGraph.Graphs;

namespace RelationsGraph.Metrics;

/// <summary>A metric that scores every edge. The contract of <see cref="INodeMetric"/> applies.</summary>
public interface IEdgeMetric : IMetric
{
    /// <summary>Computes the metric.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="progress">Receives progress reports, if given.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per edge.</returns>
    EdgeScores Compute(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default);
}
