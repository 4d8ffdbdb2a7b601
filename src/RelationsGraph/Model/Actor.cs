using System.Collections.Immutable;

namespace RelationsGraph.Model;

/// <summary>
/// A state, bloc or other international actor. Equality is by value, attributes included.
/// </summary>
/// <remarks>
/// Ids are case-sensitive and compared ordinally. By convention a state's id is its ISO 3166-1 alpha-3 code
/// (<c>RUS</c>, <c>UKR</c>) and a bloc's id its usual acronym (<c>NATO</c>, <c>CSTO</c>).
/// </remarks>
public sealed record Actor
{
    private readonly string id = string.Empty;

    /// <summary>Creates an actor.</summary>
    /// <param name="id">The unique id: not empty, no leading or trailing white space.</param>
    /// <param name="kind">What the actor is.</param>
    /// <param name="name">A display name; the id when omitted.</param>
    /// <param name="cowCode">The Correlates of War numeric country code, if any.</param>
    /// <param name="attributes">Free attributes (for example <c>group</c> or <c>gdp</c>).</param>
    /// <exception cref="ArgumentException">The id is empty or padded with white space.</exception>
    public Actor(string id, ActorKind kind = ActorKind.Other, string? name = null, int? cowCode = null, IEnumerable<KeyValuePair<string, string>>? attributes = null)
    {
        Id = id;
        Kind = kind;
        Name = string.IsNullOrEmpty(name) ? id : name;
        CowCode = cowCode;
        Attributes = Model.Attributes.From(attributes);
    }

    /// <summary>The unique id.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space-padded id.</exception>
    public string Id
    {
        get => id;
        init => id = Ids.Validated(value, nameof(Id));
    }

    /// <summary>What the actor is.</summary>
    public ActorKind Kind { get; init; }

    /// <summary>The display name (the id when none was given).</summary>
    public string Name { get; init; }

    /// <summary>The Correlates of War numeric country code, if known.</summary>
    public int? CowCode { get; init; }

    /// <summary>Free attributes, sorted by key (ordinal).</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; }

    /// <inheritdoc/>
    public bool Equals(Actor? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && CowCode == other.CowCode
        && Model.Attributes.AreEqual(Attributes, other.Attributes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind, Model.Attributes.Hash(Attributes));
}
