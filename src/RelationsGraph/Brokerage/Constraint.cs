namespace RelationsGraph.Brokerage;

/// <summary>Burt's constraint C_i = Σ_j (p_ij + Σ_q p_iq p_qj)²: how much a node's contacts are tied to each other and to it — low constraint, room to broker.</summary>
/// <remarks>See <see cref="StructuralHoleMetric"/>.</remarks>
public sealed class Constraint : StructuralHoleMetric
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "constraint";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, |w|) when omitted.</param>
    public Constraint(StructuralHolesOptions? options = null)
        : base(MetricName, options)
    {
    }

    private protected override double[] Select(StructuralHoles.Result result) => result.Constraint;
}
