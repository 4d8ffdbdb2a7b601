using System.Collections.Immutable;

namespace RelationsGraph.Model;

/// <summary>
/// A signed, weighted tie between two actors: the sign of <see cref="Weight"/> is its polarity
/// (positive: alliance, membership, partnership; negative: sanction, hostility, war), its magnitude the strength.
/// Equality is by value, attributes included.
/// </summary>
public sealed record Relation
{
    private readonly string source = string.Empty;
    private readonly string target = string.Empty;
    private readonly double weight;

    /// <summary>Creates a relation.</summary>
    /// <param name="source">The source actor id (for a membership, the member).</param>
    /// <param name="target">The target actor id (for a membership, the bloc).</param>
    /// <param name="weight">The signed strength; finite. Zero is allowed and means a tie of no polarity.</param>
    /// <param name="kind">The kind of relation.</param>
    /// <param name="isDirected">Whether the relation goes one way only (a sanction imposed by source on target).</param>
    /// <param name="period">When the relation holds; <see cref="ValidityPeriod.Always"/> by default.</param>
    /// <param name="reference">A citation or source for the relation.</param>
    /// <param name="attributes">Free attributes.</param>
    /// <exception cref="ArgumentException">An id is invalid or the weight is NaN or infinite.</exception>
    public Relation(
        string source,
        string target,
        double weight = 1.0,
        RelationKind kind = RelationKind.Other,
        bool isDirected = false,
        ValidityPeriod period = default,
        string? reference = null,
        IEnumerable<KeyValuePair<string, string>>? attributes = null)
    {
        Source = source;
        Target = target;
        Weight = weight;
        Kind = kind;
        IsDirected = isDirected;
        Period = period;
        Reference = reference;
        Attributes = Model.Attributes.From(attributes);
    }

    /// <summary>The source actor id.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space-padded id.</exception>
    public string Source
    {
        get => source;
        init => source = Ids.Validated(value, nameof(Source));
    }

    /// <summary>The target actor id.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space-padded id.</exception>
    public string Target
    {
        get => target;
        init => target = Ids.Validated(value, nameof(Target));
    }

    /// <summary>The signed strength: finite; its sign is the polarity.</summary>
    /// <exception cref="ArgumentException">Set to NaN or an infinity.</exception>
    public double Weight
    {
        get => weight;
        init => weight = double.IsFinite(value) ? value : throw new ArgumentException($"A relation weight must be finite, not {value}.", nameof(Weight));
    }

    /// <summary>The kind of relation.</summary>
    public RelationKind Kind { get; init; }

    /// <summary>Whether the relation goes from <see cref="Source"/> to <see cref="Target"/> only.</summary>
    public bool IsDirected { get; init; }

    /// <summary>When the relation holds.</summary>
    public ValidityPeriod Period { get; init; }

    /// <summary>A citation or source, if any.</summary>
    public string? Reference { get; init; }

    /// <summary>Free attributes, sorted by key (ordinal).</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; }

    /// <summary>Whether the relation joins <paramref name="id"/> to anything.</summary>
    /// <param name="id">An actor id.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is the source or the target.</returns>
    public bool Involves(string id) =>
        string.Equals(Source, id, StringComparison.Ordinal) || string.Equals(Target, id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public bool Equals(Relation? other) =>
        other is not null
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && Weight.Equals(other.Weight)
        && Kind == other.Kind
        && IsDirected == other.IsDirected
        && Period == other.Period
        && string.Equals(Reference, other.Reference, StringComparison.Ordinal)
        && Model.Attributes.AreEqual(Attributes, other.Attributes);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Source), StringComparer.Ordinal.GetHashCode(Target), Weight, Kind, IsDirected, Period);
}
