namespace RelationsGraph;

/// <summary>
/// A computation left the range of double precision: a value would be ±∞ or undefined (∞/∞) — for example strength
/// summed over ties of 1e308, or more than 1.8e308 shortest paths between a pair in betweenness. Rather than return
/// infinities or NaNs without a reason, the computation stops with this exception, which names the metric and, where
/// known, the node. Rescaling the weights (they are strengths: only ratios matter to most metrics) usually helps.
/// </summary>
public sealed class ComputationOverflowException : RelationsGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What overflowed, where, and what to do.</param>
    public ComputationOverflowException(string message)
        : base(message)
    {
    }
}
