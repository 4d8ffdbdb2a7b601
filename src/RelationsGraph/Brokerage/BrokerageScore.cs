namespace RelationsGraph.Brokerage;

/// <summary>One brokerage role's figures for a node, a group or the graph.</summary>
/// <param name="Raw">The count of brokered pairs.</param>
/// <param name="Expected">The count expected under the null model (NaN when there is none).</param>
/// <param name="StandardDeviation">Its standard deviation (NaN when undefined).</param>
/// <param name="Z">(raw − expected) / sd; NaN when sd is 0 or undefined (R sna gives NaN or ±Inf there).</param>
/// <param name="PValue">Empirical one-sided p-value P(null ≥ raw) (signed brokerage); NaN for Gould–Fernandez.</param>
public readonly record struct BrokerageScore(double Raw, double Expected, double StandardDeviation, double Z, double PValue)
{
    /// <summary>The figure named by <paramref name="statistic"/>.</summary>
    /// <param name="statistic">Which figure.</param>
    /// <returns>The value.</returns>
    public double Get(BrokerageStatistic statistic) => statistic switch
    {
        BrokerageStatistic.Raw => Raw,
        BrokerageStatistic.Expected => Expected,
        BrokerageStatistic.StandardDeviation => StandardDeviation,
        BrokerageStatistic.Z => Z,
        BrokerageStatistic.PValue => PValue,
        _ => throw new ArgumentOutOfRangeException(nameof(statistic), statistic, "Unknown statistic."),
    };
}
