namespace RelationsGraph.Graphs;

/// <summary>Which ties a computation sees. Signs are polarity, never lengths: this is how a metric chooses them.</summary>
public enum TieFilter
{
    /// <summary>Every tie, whatever its sign (zero-weight ties included).</summary>
    All = 0,

    /// <summary>Only ties with a weight above zero.</summary>
    Positive,

    /// <summary>Only ties with a weight below zero (weights keep their sign).</summary>
    Negative,
}
