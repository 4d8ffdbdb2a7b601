namespace RelationsGraph.Graphs;

/// <summary>How strength-based metrics read a tie's weight (CLI <c>--strength abs|unit</c>).</summary>
public enum TieStrength
{
    /// <summary>The magnitude |w| of the signed weight (the default).</summary>
    Absolute = 0,

    /// <summary>1 per tie, whatever its weight.</summary>
    Unit,
}
