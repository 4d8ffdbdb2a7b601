using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>
/// The frustration index of a signed graph — the fewest ties (or least total |w|) whose removal makes it balanced —
/// with a bipartition attaining it, the frustrated ties, and each node's share.
/// </summary>
public sealed class FrustrationResult
{
    internal FrustrationResult(FrustrationOptions options, double index, bool isExact, IReadOnlyList<string> sideA, IReadOnlyList<string> sideB, IReadOnlyList<SignedEdge> frustrated, NodeScores perNode, IReadOnlyList<string> notes)
    {
        Options = options;
        Index = index;
        IsExact = isExact;
        SideA = sideA;
        SideB = sideB;
        FrustratedEdges = frustrated;
        PerNode = perNode;
        Notes = notes;
    }

    /// <summary>The options it ran with.</summary>
    public FrustrationOptions Options { get; }

    /// <summary>The index: frustrated ties counted (unit) or their |w| summed (absolute) under the partition.</summary>
    public double Index { get; }

    /// <summary>Whether <see cref="Index"/> is proven minimal (exact search on every component); otherwise it is the best upper bound found.</summary>
    public bool IsExact { get; }

    /// <summary>One side of the bipartition (in every component, the side of its first node), in graph order.</summary>
    public IReadOnlyList<string> SideA { get; }

    /// <summary>The other side, in graph order.</summary>
    public IReadOnlyList<string> SideB { get; }

    /// <summary>The frustrated ties: positive across the sides or negative within one, in edge order.</summary>
    public IReadOnlyList<SignedEdge> FrustratedEdges { get; }

    /// <summary>Each node's contribution: half the cost of each frustrated tie it is on (they sum to <see cref="Index"/>); depends on the partition when several are optimal.</summary>
    public NodeScores PerNode { get; }

    /// <summary>Remarks (e.g. that a bound is not proven).</summary>
    public IReadOnlyList<string> Notes { get; }
}
