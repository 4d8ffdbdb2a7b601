using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>Burt's hierarchy: how concentrated a node's constraint is in one contact (0 even, 1 all in one).</summary>
/// <remarks>Burt (1992), <i>Structural Holes</i>; definitions and conventions in <c>docs/metrics.md</c>. Undefined values
/// (a node without contacts; hierarchy with one contact) are NaN. Cost: the number of two-paths.</remarks>
public sealed class Hierarchy : NodeMetric<StructuralHolesOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "hierarchy";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, |w|) when omitted.</param>
    public Hierarchy(StructuralHolesOptions? options = null)
        : base(MetricName, options ?? new StructuralHolesOptions())
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var result = StructuralHoles.Compute(graph, Options, cancellationToken).Hierarchy;
        progress?.Report(new MetricProgress(result.Length, result.Length));
        return result;
    }
}
