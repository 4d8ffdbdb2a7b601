using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>A candidate's ties with one side of a conflict (in the bloc-projected network at the analysis date).</summary>
/// <param name="Positive">Positive relations with members of the side, other than co-memberships.</param>
/// <param name="SharedBlocs">Blocs the candidate shares with a member of the side.</param>
/// <param name="Negative">Negative relations with members of the side (either direction: sanctions, war, votes against).</param>
/// <param name="Partner">The third party giving the strongest indirect channel (positive to the candidate and to the side), if any.</param>
/// <param name="PartnerStrength">That channel's strength: half the weaker of its two ties.</param>
/// <param name="Access">The strength of access, in [0, 1]: 1 − Π(1 − s) over the channels (each positive relation's weight,
/// capped at 1; 0.3 per shared bloc; the partner channel).</param>
public sealed record SideTies(
    IReadOnlyList<Relation> Positive,
    IReadOnlyList<string> SharedBlocs,
    IReadOnlyList<Relation> Negative,
    string? Partner,
    double PartnerStrength,
    double Access);
