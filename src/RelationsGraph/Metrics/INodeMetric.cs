using RelationsGraph.Graphs;

namespace RelationsGraph.Metrics;

/// <summary>
/// A metric that scores every node. Run once with <see cref="Compute"/>, then read the immutable result
/// (NetworKit's run/scores/ranking, without the mutable state).
/// </summary>
/// <remarks>
/// Contract, checked for every catalogued metric by the test suite: it accepts an empty graph and isolated
/// nodes, never changes its input, returns the same result for the same input, and throws
/// <see cref="OperationCanceledException"/> when its cancellation token is cancelled.
/// </remarks>
public interface INodeMetric : IMetric
{
    /// <summary>Computes the metric.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="progress">Receives progress reports, if given.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node.</returns>
    NodeScores Compute(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default);
}
