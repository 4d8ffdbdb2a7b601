namespace RelationsGraph.Metrics;

/// <summary>What a metric scores.</summary>
public enum MetricKind
{
    /// <summary>One value per node: an <see cref="INodeMetric"/> returning <see cref="NodeScores"/>.</summary>
    Node = 0,

    /// <summary>One value per edge: an <see cref="IEdgeMetric"/> returning <see cref="EdgeScores"/>.</summary>
    Edge,
}
