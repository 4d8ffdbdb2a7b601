namespace RelationsGraph.Metrics;

/// <summary>How far a computation has got: <see cref="Done"/> of <see cref="Total"/> units (sources, nodes, samples).</summary>
/// <param name="Done">Units finished.</param>
/// <param name="Total">Units in all.</param>
public readonly record struct MetricProgress(long Done, long Total);
