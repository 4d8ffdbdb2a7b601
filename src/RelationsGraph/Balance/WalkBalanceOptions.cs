using RelationsGraph.Graphs;

namespace RelationsGraph.Balance;

/// <summary>Options of <see cref="WalkBalance"/>: the only home of its defaults.</summary>
public sealed record WalkBalanceOptions
{
    /// <summary><see cref="TieStrength.Unit"/> (default) uses ±1 by sign (as R signnet); <see cref="TieStrength.Absolute"/> the signed weights.</summary>
    public TieStrength Strength { get; init; } = TieStrength.Unit;
}
