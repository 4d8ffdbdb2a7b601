using RelationsGraph.Metrics;

namespace RelationsGraph.SamplePlugin;

/// <summary>Options of <see cref="PositiveShare"/> (none beyond the base).</summary>
public sealed record PositiveShareOptions : MetricOptions;
