using RelationsGraph.Graphs;

namespace RelationsGraph.Metrics;

/// <summary>
/// The settings a caller (the CLI, a notebook) passes to <see cref="MetricDescriptor.Create"/>, in one shape for
/// every metric. A metric reads the ones it understands; <see cref="Extra"/> carries settings for metrics
/// written outside the library.
/// </summary>
public sealed record MetricParameters
{
    /// <summary>Which ties the metric sees (CLI <c>--ties</c>).</summary>
    public TieFilter Ties { get; init; } = TieFilter.All;

    /// <summary>Which neighbours count in a directed graph (CLI <c>--mode</c>).</summary>
    public NeighborMode Mode { get; init; } = NeighborMode.All;

    /// <summary>How a tie's weight is read by strength-based metrics (CLI <c>--strength</c>).</summary>
    public TieStrength Strength { get; init; } = TieStrength.Absolute;

    /// <summary>Further settings by name, for metrics registered by users.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
