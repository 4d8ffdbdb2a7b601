namespace RelationsGraph.Graphs;

/// <summary>How parallel relations between the same two actors (the same ordered pair, in a directed graph) become one edge weight.</summary>
public enum EdgeAggregation
{
    /// <summary>The sum of the signed weights (the default): an alliance (+1) and a sanction (−1) cancel to a zero-weight tie.</summary>
    Sum = 0,

    /// <summary>The mean of the signed weights.</summary>
    Mean,

    /// <summary>The smallest signed weight (the most hostile).</summary>
    Min,

    /// <summary>The largest signed weight (the most friendly).</summary>
    Max,

    /// <summary>
    /// Hostility is never cancelled by a positive tie: when any parallel weight is negative the edge is the sum of the
    /// negative weights only (a war and a shared bloc give the war); otherwise the sum of the weights. The rule the
    /// mediator ranking's path criteria use (a shared forum does not make adversaries friends).
    /// </summary>
    HostilityDominates,
}
