using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>Burt's effective size: the number of contacts, less their redundancy (ties among them).</summary>
/// <remarks>Burt (1992), <i>Structural Holes</i>; definitions and conventions in <c>docs/metrics.md</c>. Undefined values
/// (a node without contacts; hierarchy with one contact) are NaN. Cost: the number of two-paths.</remarks>
public sealed class EffectiveSize : NodeMetric<StructuralHolesOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "effective-size";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, |w|) when omitted.</param>
    public EffectiveSize(StructuralHolesOptions? options = null)
        : base(MetricName, options ?? new StructuralHolesOptions())
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var result = StructuralHoles.Compute(graph, Options, cancellationToken).EffectiveSize;
        progress?.Report(new MetricProgress(result.Length, result.Length));
        return result;
    }
}
