using RelationsGraph.Graphs;

namespace RelationsGraph.Balance;

/// <summary>Options of <see cref="Factions"/>.</summary>
public sealed record FactionsOptions
{
    /// <summary>The number of factions (at least 2). Default 2.</summary>
    public int K { get; init; } = 2;

    /// <summary>Doreian–Mrvar weight α of negative ties within factions against (1 − α) of positive ties between them. Default 0.5.</summary>
    public double Alpha { get; init; } = 0.5;

    /// <summary><see cref="TieStrength.Unit"/> counts ties; <see cref="TieStrength.Absolute"/> weighs them by |w|.</summary>
    public TieStrength Strength { get; init; } = TieStrength.Unit;

    /// <summary>k-means restarts on the spectral embedding. Default 10.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>Seed of k-means (and of the random start when the graph is too large for the spectral step).</summary>
    public int Seed { get; init; }
}
