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
}
