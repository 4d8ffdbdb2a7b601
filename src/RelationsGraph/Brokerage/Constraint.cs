using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>Burt's constraint C_i = Σ_j (p_ij + Σ_q p_iq p_qj)²: how much a node's contacts are tied to each other and to it — low constraint, room to broker.</summary>
/// <remarks>Burt (1992), <i>Structural Holes</i>; definitions and conventions in <c>docs/metrics.md</c>. Undefined values
/// (a node without contacts; hierarchy with one contact) are NaN. Cost: the number of two-paths.</remarks>
public sealed class Constraint : NodeMetric<StructuralHolesOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "constraint";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, |w|) when omitted.</param>
    public Constraint(StructuralHolesOptions? options = null)
        : base(MetricName, options ?? new StructuralHolesOptions())
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var result = StructuralHoles.Compute(graph, Options, cancellationToken).Constraint;
        progress?.Report(new MetricProgress(result.Length, result.Length));
        return result;
    }
}
