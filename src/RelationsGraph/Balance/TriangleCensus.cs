namespace RelationsGraph.Balance;

/// <summary>Signed triangles counted by their number of negative ties (for the graph or for the triangles of one node).</summary>
/// <param name="AllPositive">Triangles + + + (balanced).</param>
/// <param name="OneNegative">Triangles + + − (unbalanced).</param>
/// <param name="TwoNegative">Triangles + − − (balanced: the enemy of my enemy is my friend).</param>
/// <param name="AllNegative">Triangles − − − (unbalanced).</param>
public readonly record struct TriangleCensus(long AllPositive, long OneNegative, long TwoNegative, long AllNegative)
{
    /// <summary>All triangles.</summary>
    public long Total => AllPositive + OneNegative + TwoNegative + AllNegative;

    /// <summary>Balanced triangles (+ + + and + − −).</summary>
    public long Balanced => AllPositive + TwoNegative;

    /// <summary>Triangle balance index: balanced / all triangles (R signnet <c>balance_score(method = "triangles")</c>); NaN without triangles.</summary>
    public double BalanceIndex => Total == 0 ? double.NaN : (double)Balanced / Total;

    /// <summary>The count with the given number of negative ties (0 to 3).</summary>
    /// <param name="negatives">Negative ties in the triangle.</param>
    /// <returns>The count.</returns>
    public long this[int negatives] => negatives switch
    {
        0 => AllPositive,
        1 => OneNegative,
        2 => TwoNegative,
        3 => AllNegative,
        _ => throw new ArgumentOutOfRangeException(nameof(negatives), negatives, "A triangle has 0 to 3 negative ties."),
    };
}
