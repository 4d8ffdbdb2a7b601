namespace RelationsGraph.Brokerage;

/// <summary>Burt's hierarchy: how concentrated a node's constraint is in one contact (0 even, 1 all in one).</summary>
/// <remarks>See <see cref="StructuralHoleMetric"/>.</remarks>
public sealed class Hierarchy : StructuralHoleMetric
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "hierarchy";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, |w|) when omitted.</param>
    public Hierarchy(StructuralHolesOptions? options = null)
        : base(MetricName, options)
    {
    }

    private protected override double[] Select(StructuralHoles.Result result) => result.Hierarchy;
}
