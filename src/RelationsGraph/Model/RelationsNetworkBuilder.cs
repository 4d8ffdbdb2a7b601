namespace RelationsGraph.Model;

/// <summary>
/// Builds a <see cref="RelationsNetwork"/>, validating every actor and relation as it is added.
/// Errors are typed <see cref="InvalidInputException"/>s that name the <see cref="InputLocation"/> passed in;
/// things done to the input that are not errors (a dropped self-loop) are kept in <see cref="Notes"/>.
/// </summary>
/// <example>
/// <code>
/// var network = new RelationsNetworkBuilder()
///     .AddActor("RUS", ActorKind.State, "Russia")
///     .AddActor("UKR", ActorKind.State, "Ukraine")
///     .AddRelation(new Relation("RUS", "UKR", -1, RelationKind.War))
///     .Build();
/// </code>
/// </example>
public sealed class RelationsNetworkBuilder
{
    private readonly RelationsNetworkBuilderOptions options;
    private readonly List<Actor> actors = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputLocation?> declaredAt = new(StringComparer.Ordinal);
    private readonly HashSet<string> implicitIds = new(StringComparer.Ordinal);
    private readonly List<Relation> relations = [];
    private readonly List<InputNote> notes = [];

    /// <summary>Creates an empty builder.</summary>
    /// <param name="options">Validation options; defaults when omitted.</param>
    public RelationsNetworkBuilder(RelationsNetworkBuilderOptions? options = null)
    {
        this.options = options ?? new RelationsNetworkBuilderOptions();
    }

    /// <summary>What the builder did to its input that is not an error, in the order it happened.</summary>
    public IReadOnlyList<InputNote> Notes => notes;

    /// <summary>The number of actors added so far.</summary>
    public int ActorCount => actors.Count;

    /// <summary>The number of relations added so far (dropped self-loops not counted).</summary>
    public int RelationCount => relations.Count;

    /// <summary>Whether an actor with this id has been added (explicitly or implicitly).</summary>
    /// <param name="id">An actor id.</param>
    /// <returns><see langword="true"/> when the id is known.</returns>
    public bool ContainsActor(string id) => index.ContainsKey(id);

    /// <summary>Adds an actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="location">Where it was read from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DuplicateActorException">An actor with the same id was declared before.</exception>
    public RelationsNetworkBuilder AddActor(Actor actor, InputLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (index.TryGetValue(actor.Id, out var existing))
        {
            if (!implicitIds.Remove(actor.Id))
            {
                throw new DuplicateActorException(location ?? new InputLocation(null, null, "id"), actor.Id, declaredAt[actor.Id]);
            }

            actors[existing] = actor;
            declaredAt[actor.Id] = location;
            return this;
        }

        index.Add(actor.Id, actors.Count);
        declaredAt.Add(actor.Id, location);
        actors.Add(actor);
        return this;
    }

    /// <summary>Adds an actor from its id, kind and name.</summary>
    /// <param name="id">The id.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The display name (the id when omitted).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DuplicateActorException">An actor with the same id was declared before.</exception>
    public RelationsNetworkBuilder AddActor(string id, ActorKind kind = ActorKind.Other, string? name = null) =>
        AddActor(new Actor(id, kind, name));

    /// <summary>Adds a relation.</summary>
    /// <param name="relation">The relation.</param>
    /// <param name="location">Where it was read from, for error messages and notes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="UnknownActorException">An endpoint is unknown and <see cref="RelationsNetworkBuilderOptions.RequireDeclaredActors"/> is set.</exception>
    /// <exception cref="SelfLoopException">Source equals target and self-loops are rejected.</exception>
    public RelationsNetworkBuilder AddRelation(Relation relation, InputLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (string.Equals(relation.Source, relation.Target, StringComparison.Ordinal))
        {
            if (options.RequireDeclaredActors && !index.ContainsKey(relation.Source))
            {
                throw new UnknownActorException(At(location, "source"), relation.Source);
            }

            var at = location ?? new InputLocation(null);
            if (options.SelfLoops == SelfLoopPolicy.Reject)
            {
                throw new SelfLoopException(at with { Field = at.Field ?? "target" }, relation.Source);
            }

            notes.Add(new InputNote(at, $"self-loop on '{relation.Source}' dropped"));
            return this;
        }

        EnsureEndpoint(relation.Source, location, "source");
        EnsureEndpoint(relation.Target, location, "target");
        relations.Add(relation);
        return this;
    }

    /// <summary>Adds a relation from its endpoints, weight and kind.</summary>
    /// <param name="source">The source id.</param>
    /// <param name="target">The target id.</param>
    /// <param name="weight">The signed weight.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public RelationsNetworkBuilder AddRelation(string source, string target, double weight = 1.0, RelationKind kind = RelationKind.Other) =>
        AddRelation(new Relation(source, target, weight, kind));

    /// <summary>Records a note (used by readers for things such as duplicate rows).</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    public RelationsNetworkBuilder AddNote(InputNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        notes.Add(note);
        return this;
    }

    /// <summary>Creates the immutable network from what was added. The builder can be used again afterwards.</summary>
    /// <returns>The network.</returns>
    public RelationsNetwork Build() => new([.. actors], [.. relations]);

    /// <summary>The location of one field of a relation: the row's location with the field appended to any path it already names.</summary>
    private static InputLocation At(InputLocation? row, string field) =>
        row is null ? new InputLocation(null, null, field) : row with { Field = row.Field is null ? field : $"{row.Field}.{field}" };

    private void EnsureEndpoint(string id, InputLocation? location, string field)
    {
        if (index.ContainsKey(id))
        {
            return;
        }

        if (options.RequireDeclaredActors)
        {
            throw new UnknownActorException(At(location, field), id);
        }

        index.Add(id, actors.Count);
        declaredAt.Add(id, location);
        implicitIds.Add(id);
        actors.Add(new Actor(id, options.ImplicitActorKind));
    }
}
