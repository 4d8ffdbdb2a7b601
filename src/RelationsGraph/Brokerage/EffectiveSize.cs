namespace RelationsGraph.Brokerage;

/// <summary>Burt's effective size: the number of contacts, less their redundancy (ties among them).</summary>
/// <remarks>See <see cref="StructuralHoleMetric"/>.</remarks>
public sealed class EffectiveSize : StructuralHoleMetric
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "effective-size";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, |w|) when omitted.</param>
    public EffectiveSize(StructuralHolesOptions? options = null)
        : base(MetricName, options)
    {
    }

    private protected override double[] Select(StructuralHoles.Result result) => result.EffectiveSize;
}
