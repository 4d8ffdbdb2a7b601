namespace RelationsGraph.Balance;

/// <summary>Balance before and after one hypothetical tie change.</summary>
/// <param name="Change">What changed.</param>
/// <param name="Source">One end of the tie.</param>
/// <param name="Target">The other end.</param>
/// <param name="TrianglesBefore">The triangle census before.</param>
/// <param name="TrianglesAfter">The triangle census after (updated locally: only triangles through the tie change).</param>
/// <param name="FrustrationBefore">The frustration index before.</param>
/// <param name="FrustrationAfter">The frustration index after.</param>
/// <param name="FrustrationExact">Whether <paramref name="FrustrationAfter"/> is proven minimal.</param>
/// <param name="SettledLocally">
/// Whether the old partition settled the new index without a new search: the tie was frustrated and no longer is, so
/// the old partition reaches the lower bound (index − cost of the tie).
/// </param>
/// <param name="FrustratedAfter">The frustrated ties after the change, under the partition that attains <paramref name="FrustrationAfter"/>.</param>
public sealed record BalanceDelta(
    TieChange Change,
    string Source,
    string Target,
    TriangleCensus TrianglesBefore,
    TriangleCensus TrianglesAfter,
    double FrustrationBefore,
    double FrustrationAfter,
    bool FrustrationExact,
    bool SettledLocally,
    int FrustratedAfter)
{
    /// <summary>The change of the triangle balance index (NaN when either side has no triangles).</summary>
    public double TriangleBalanceChange => TrianglesAfter.BalanceIndex - TrianglesBefore.BalanceIndex;

    /// <summary>The change of the frustration index.</summary>
    public double FrustrationChange => FrustrationAfter - FrustrationBefore;
}
