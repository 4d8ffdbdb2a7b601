namespace RelationsGraph.Interop;

/// <summary>Which part of the signed adjacency A = A⁺ − A⁻ a matrix holds.</summary>
public enum AdjacencyPart
{
    /// <summary>A itself: signed weights.</summary>
    SignedWeights = 0,

    /// <summary>A⁺: the positive weights, zero elsewhere.</summary>
    Positive,

    /// <summary>A⁻: the magnitudes of the negative weights (non-negative), zero elsewhere.</summary>
    Negative,

    /// <summary>|A| = A⁺ + A⁻: the magnitudes of all weights.</summary>
    Absolute,
}
