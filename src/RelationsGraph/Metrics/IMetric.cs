namespace RelationsGraph.Metrics;

/// <summary>What every metric has: a name and the options it was constructed with.</summary>
public interface IMetric
{
    /// <summary>The metric's name in the catalogue (lower case, with hyphens: <c>degree</c>, <c>edge-betweenness</c>).</summary>
    string Name { get; }

    /// <summary>The options the metric was constructed with.</summary>
    MetricOptions Options { get; }
}
