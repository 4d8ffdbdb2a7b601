namespace RelationsGraph.Brokerage;

/// <summary>Burt's efficiency: effective size divided by the number of contacts, in (0, 1].</summary>
/// <remarks>See <see cref="StructuralHoleMetric"/>.</remarks>
public sealed class Efficiency : StructuralHoleMetric
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "efficiency";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, |w|) when omitted.</param>
    public Efficiency(StructuralHolesOptions? options = null)
        : base(MetricName, options)
    {
    }

    private protected override double[] Select(StructuralHoles.Result result) => result.Efficiency;
}
