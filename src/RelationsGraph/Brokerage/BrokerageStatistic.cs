namespace RelationsGraph.Brokerage;

/// <summary>Which figure of a brokerage role a metric's <see cref="Metrics.NodeScores"/> holds.</summary>
public enum BrokerageStatistic
{
    /// <summary>The count of brokered pairs.</summary>
    Raw = 0,

    /// <summary>The count expected under the null model.</summary>
    Expected,

    /// <summary>The standard deviation under the null model.</summary>
    StandardDeviation,

    /// <summary>(raw − expected) / sd; NaN when sd is 0.</summary>
    Z,

    /// <summary>The empirical one-sided p-value (signed brokerage only; NaN otherwise).</summary>
    PValue,
}
