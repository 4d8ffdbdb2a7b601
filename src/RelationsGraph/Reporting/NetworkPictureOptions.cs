namespace RelationsGraph.Reporting;

/// <summary>Options of <see cref="NetworkPicture.Build"/>: how much of the network to draw.</summary>
public sealed record NetworkPictureOptions
{
    /// <summary>The most candidates a picture draws (<see cref="Candidates"/> is capped at this).</summary>
    public const int MaxCandidates = 150;

    /// <summary>The most actors drawn per side (<see cref="SideActors"/> is capped at this).</summary>
    public const int MaxSideActors = 60;

    /// <summary>The most blocs drawn (<see cref="Blocs"/> is capped at this).</summary>
    public const int MaxBlocs = 20;

    /// <summary>The best candidates to draw (default 20, at most <see cref="MaxCandidates"/>).</summary>
    public int Candidates { get; init; } = 20;

    /// <summary>The actors drawn per side, in the conflict's order (default and cap <see cref="MaxSideActors"/>).</summary>
    public int SideActors { get; init; } = MaxSideActors;

    /// <summary>The blocs drawn: those with the most drawn members, at least two, universal bodies left out (default 12, at most <see cref="MaxBlocs"/>; 0: none).</summary>
    public int Blocs { get; init; } = 12;
}
