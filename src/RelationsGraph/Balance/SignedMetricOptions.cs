using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>Options of the signed-structure metrics (PN, signed eigenvector, status): they read both signs, so ties stay all.</summary>
public sealed record SignedMetricOptions : MetricOptions
{
    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe() => new SortedDictionary<string, object>(StringComparer.Ordinal);

    internal SignedMetricOptions Validate(string metric) =>
        Ties == TieFilter.All ? this : throw new InvalidOptionsException($"{metric} reads positive and negative ties together; it sees all ties (Ties must be All).");
}
