using RelationsGraph.Balance;
using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>
/// A conflict: two sides, each a set of actors. Give them explicitly (<see cref="Between(string, string)"/> or the
/// constructor), take two factions of a signed partition (<see cref="FromFactions"/>), or take an actor against
/// everyone hostile to it (<see cref="HostileTo"/>). Immutable.
/// </summary>
public sealed record Conflict
{
    /// <summary>Creates a conflict between two sides.</summary>
    /// <param name="sideA">The actors of one side.</param>
    /// <param name="sideB">The actors of the other.</param>
    /// <param name="name">A name for output (default: the sides' ids, e.g. <c>RUS vs UKR</c>).</param>
    /// <exception cref="InvalidConflictException">An empty side, an empty id, or an actor on both sides.</exception>
    public Conflict(IEnumerable<string> sideA, IEnumerable<string> sideB, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(sideA);
        ArgumentNullException.ThrowIfNull(sideB);
        SideA = [.. sideA.Distinct(StringComparer.Ordinal)];
        SideB = [.. sideB.Distinct(StringComparer.Ordinal)];
        if (SideA.Count == 0 || SideB.Count == 0)
        {
            throw new InvalidConflictException($"a conflict needs actors on both sides (side A has {SideA.Count}, side B {SideB.Count})");
        }

        if (SideA.Concat(SideB).FirstOrDefault(string.IsNullOrWhiteSpace) is not null)
        {
            throw new InvalidConflictException("a conflict side lists an empty actor id");
        }

        var both = SideA.Intersect(SideB, StringComparer.Ordinal).ToList();
        if (both.Count > 0)
        {
            throw new InvalidConflictException($"'{both[0]}' is on both sides of the conflict");
        }

        Name = name ?? $"{string.Join(",", SideA)} vs {string.Join(",", SideB)}";
    }

    /// <summary>The actors of side A.</summary>
    public IReadOnlyList<string> SideA { get; }

    /// <summary>The actors of side B.</summary>
    public IReadOnlyList<string> SideB { get; }

    /// <summary>The conflict's name.</summary>
    public string Name { get; }

    /// <summary>A conflict between two actors.</summary>
    /// <param name="a">Side A.</param>
    /// <param name="b">Side B.</param>
    /// <returns>The conflict.</returns>
    public static Conflict Between(string a, string b) => new([a], [b]);

    /// <summary>Two factions of a signed partition as the sides.</summary>
    /// <param name="factions">The partition (<see cref="Factions"/>).</param>
    /// <param name="a">Index of side A's faction (default the largest).</param>
    /// <param name="b">Index of side B's faction (default the second largest).</param>
    /// <returns>The conflict.</returns>
    public static Conflict FromFactions(FactionsResult factions, int a = 0, int b = 1)
    {
        ArgumentNullException.ThrowIfNull(factions);
        if (a == b || a < 0 || b < 0 || a >= factions.Factions.Count || b >= factions.Factions.Count)
        {
            throw new InvalidConflictException($"factions {a + 1} and {b + 1} are not two of the {factions.Factions.Count} factions");
        }

        return new Conflict(factions.Factions[a], factions.Factions[b], $"faction {a + 1} vs faction {b + 1}");
    }

    /// <summary>An actor against every actor joined to it by a negative relation (either direction, any kind).</summary>
    /// <param name="network">The network (filter it by date first to use the relations valid then).</param>
    /// <param name="actor">The actor.</param>
    /// <returns>The conflict.</returns>
    /// <exception cref="InvalidConflictException">The actor is unknown or nobody is hostile to it.</exception>
    public static Conflict HostileTo(RelationsNetwork network, string actor)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!network.Contains(actor))
        {
            throw new InvalidConflictException($"unknown actor id '{actor}'");
        }

        var hostile = network.Relations.Where(r => r.Weight < 0 && r.Involves(actor))
            .Select(r => r.Source == actor ? r.Target : r.Source)
            .Where(id => network[id].Kind != ActorKind.Bloc)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return hostile.Count == 0
            ? throw new InvalidConflictException($"no actor is hostile to '{actor}'")
            : new Conflict([actor], hostile, $"{actor} vs actors hostile to it");
    }

    /// <summary>Checks the sides against a network.</summary>
    /// <param name="network">The network.</param>
    /// <exception cref="InvalidConflictException">An actor is not in the network.</exception>
    public void Validate(RelationsNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        foreach (var id in SideA.Concat(SideB))
        {
            if (!network.Contains(id))
            {
                throw new InvalidConflictException($"unknown actor id '{id}' in the conflict");
            }
        }
    }
}
