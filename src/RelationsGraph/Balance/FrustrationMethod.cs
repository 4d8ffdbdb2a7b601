namespace RelationsGraph.Balance;

/// <summary>How <see cref="Frustration"/> searches.</summary>
public enum FrustrationMethod
{
    /// <summary>Exact for every component of at most <see cref="FrustrationOptions.ExactMaxNodes"/> nodes, local search for larger ones.</summary>
    Auto = 0,

    /// <summary>Exact branch and bound on every component, however large (may take very long; honours cancellation).</summary>
    Exact,

    /// <summary>Seeded multi-start local search only: an upper bound, not proven optimal.</summary>
    Heuristic,
}
