using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>A forum (bloc) a candidate shares with a side, and what it is worth as a channel.</summary>
/// <param name="Bloc">The bloc's id.</param>
/// <param name="Strength">Its strength as a channel in [0, 1]: the bloc's kind and size (see <see cref="MediationContext.ForumStrength"/>) times the weaker of the two memberships (full 1, associate 0.5, observer 0.25).</param>
public readonly record struct SharedForum(string Bloc, double Strength);

/// <summary>
/// A candidate's ties with one side of a conflict at the analysis date, layer by layer: the strongest relation of each
/// kind with any member of the side (strengths are |weight| capped at 1), the shared fora, and the access they give.
/// </summary>
public sealed record SideTies
{
    /// <summary>Direct relations with members of the side (memberships excluded), in network order.</summary>
    public required IReadOnlyList<Relation> Relations { get; init; }

    /// <summary>The strongest positive alliance (defence pact, treaty) with a member of the side.</summary>
    public double Alliance { get; init; }

    /// <summary>The strongest other positive alignment (partnership, positive events).</summary>
    public double Partnership { get; init; }

    /// <summary>The strongest support in an armed conflict, either way (the candidate supports the side or is supported by it).</summary>
    public double Support { get; init; }

    /// <summary>The largest trade dependence, either way (a share in [0, 1]).</summary>
    public double Trade { get; init; }

    /// <summary>The fora shared with the side (strongest first).</summary>
    public required IReadOnlyList<SharedForum> SharedFora { get; init; }

    /// <summary>The fora as one channel: 1 − Π(1 − strength) over <see cref="SharedFora"/>.</summary>
    public double Fora { get; init; }

    /// <summary>The strongest armed hostility (war, armed conflict).</summary>
    public double Armed { get; init; }

    /// <summary>The strongest sanction, either way.</summary>
    public double Sanctions { get; init; }

    /// <summary>The strongest rivalry.</summary>
    public double Rivalry { get; init; }

    /// <summary>The strongest other hostility (negative events, other negative relations).</summary>
    public double OtherHostility { get; init; }

    /// <summary>The mean vote agreement with the side's members in [−1, 1] (vote relations), or null when none.</summary>
    public double? Votes { get; init; }

    /// <summary>The smallest ideal-point distance to a member of the side (actor attribute <c>idealpoint</c>), or null.</summary>
    public double? IdealPointDistance { get; init; }

    /// <summary>
    /// Access to the side in [0, 1]: 1 − (1 − alliance)(1 − partnership)(1 − support)(1 − min(1, 2 × trade))(1 − fora),
    /// times (1 − armed): channels add up, armed hostility closes them.
    /// </summary>
    public double Access { get; init; }

    /// <summary>Whether any hostile relation joins the candidate and the side.</summary>
    public bool Hostile => Armed > 0 || Sanctions > 0 || Rivalry > 0 || OtherHostility > 0;
}
