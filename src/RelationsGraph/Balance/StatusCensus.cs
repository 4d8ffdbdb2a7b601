namespace RelationsGraph.Balance;

/// <summary>Directed signed triads counted for status theory (for the graph or for the triads of one node).</summary>
/// <param name="Consistent">Triads whose ties admit a status order.</param>
/// <param name="Triads">All triads: three nodes joined pairwise by at least one arc.</param>
public readonly record struct StatusCensus(long Consistent, long Triads)
{
    /// <summary>Consistent / triads; NaN without triads.</summary>
    public double Consistency => Triads == 0 ? double.NaN : (double)Consistent / Triads;
}
