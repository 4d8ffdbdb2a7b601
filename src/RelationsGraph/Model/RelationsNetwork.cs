using System.Collections.Immutable;

namespace RelationsGraph.Model;

/// <summary>
/// An immutable, multiplex and temporal collection of actors and the relations between them.
/// Several relations may join the same two actors (an alliance and a trade tie; two sanctions regimes);
/// the graph projection (<see cref="Graphs.GraphProjection"/>) says how they aggregate.
/// </summary>
/// <remarks>
/// Every "change" returns a new network and leaves this one untouched, which is what makes what-if
/// analysis (<see cref="With(Relation)"/>, <see cref="Without(Relation)"/>) and time slicing
/// (<see cref="At(DateOnly)"/>, <see cref="Between(DateOnly, DateOnly)"/>) safe to combine and to run in parallel.
/// Build one with <see cref="RelationsNetworkBuilder"/> or a reader in <c>RelationsGraph.IO</c>.
/// </remarks>
public sealed class RelationsNetwork
{
    private readonly Dictionary<string, int> index;

    internal RelationsNetwork(ImmutableArray<Actor> actors, ImmutableArray<Relation> relations)
    {
        Actors = actors;
        Relations = relations;
        index = new Dictionary<string, int>(actors.Length, StringComparer.Ordinal);
        for (var i = 0; i < actors.Length; i++)
        {
            index.Add(actors[i].Id, i);
        }
    }

    /// <summary>An empty network.</summary>
    public static RelationsNetwork Empty { get; } = new([], []);

    /// <summary>The actors, in the order they were added.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>The relations, in the order they were added.</summary>
    public ImmutableArray<Relation> Relations { get; }

    /// <summary>The actor with this id.</summary>
    /// <param name="id">An actor id.</param>
    /// <exception cref="KeyNotFoundException">No actor has this id.</exception>
    public Actor this[string id] =>
        index.TryGetValue(id, out var i) ? Actors[i] : throw new KeyNotFoundException($"No actor has the id '{id}'.");

    /// <summary>The position of an actor in <see cref="Actors"/>, or −1 when no actor has the id.</summary>
    internal int IndexOf(string id) => index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Whether an actor with this id exists.</summary>
    /// <param name="id">An actor id.</param>
    /// <returns><see langword="true"/> when it exists.</returns>
    public bool Contains(string id) => index.ContainsKey(id);

    /// <summary>Looks an actor up by id.</summary>
    /// <param name="id">An actor id.</param>
    /// <param name="actor">The actor, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetActor(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Actor? actor)
    {
        if (index.TryGetValue(id, out var i))
        {
            actor = Actors[i];
            return true;
        }

        actor = null;
        return false;
    }

    /// <summary>
    /// The span of the data's dates: the earliest and the latest start or end date of any relation (null when no
    /// relation is dated), and whether a dated relation is still open (a start and no end), so that the data speak on
    /// after their latest date. Undated relations are timeless and set no bound.
    /// </summary>
    /// <returns>The first date, the last date, and whether the data are open-ended.</returns>
    public (DateOnly? First, DateOnly? Last, bool OpenEnded) DateSpan()
    {
        DateOnly? first = null, last = null;
        var open = false;
        foreach (var r in Relations)
        {
            foreach (var d in new[] { r.Period.Start, r.Period.End })
            {
                if (d is { } x)
                {
                    first = first is null || x < first ? x : first;
                    last = last is null || x > last ? x : last;
                }
            }

            open |= r.Period.Start is not null && r.Period.End is null;
        }

        return (first, last, open);
    }

    /// <summary>The network as it stood on one day: all actors, and the relations whose period contains the day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>A new network.</returns>
    public RelationsNetwork At(DateOnly date) => Where(r => r.Period.Contains(date));

    /// <summary>The network over a window: all actors, and the relations holding on at least one day of [from, to].</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>A new network.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public RelationsNetwork Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        return Where(r => r.Period.Overlaps(from, to));
    }

    /// <summary>All actors, and the relations that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">Which relations to keep.</param>
    /// <returns>A new network.</returns>
    public RelationsNetwork Where(Func<Relation, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var kept = ImmutableArray.CreateBuilder<Relation>(Relations.Length);
        foreach (var relation in Relations)
        {
            if (predicate(relation))
            {
                kept.Add(relation);
            }
        }

        return new RelationsNetwork(Actors, kept.DrainToImmutable());
    }

    /// <summary>All actors, and the relations of the given kinds.</summary>
    /// <param name="kinds">The kinds to keep.</param>
    /// <returns>A new network.</returns>
    public RelationsNetwork OfKinds(params IEnumerable<RelationKind> kinds)
    {
        var set = kinds.ToHashSet();
        return Where(r => set.Contains(r.Kind));
    }

    /// <summary>This network with more relations; their endpoints must be actors of the network.</summary>
    /// <param name="relations">The relations to add.</param>
    /// <returns>A new network.</returns>
    /// <exception cref="UnknownActorException">An endpoint is not an actor of the network.</exception>
    /// <exception cref="SelfLoopException">A relation joins an actor to itself.</exception>
    public RelationsNetwork With(params IEnumerable<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var added = ImmutableArray.CreateBuilder<Relation>();
        foreach (var relation in relations)
        {
            ArgumentNullException.ThrowIfNull(relation);
            var at = new InputLocation("With()");
            if (string.Equals(relation.Source, relation.Target, StringComparison.Ordinal))
            {
                throw new SelfLoopException(at, relation.Source);
            }

            foreach (var (id, field) in new[] { (relation.Source, "source"), (relation.Target, "target") })
            {
                if (!Contains(id))
                {
                    throw new UnknownActorException(at with { Field = field }, id);
                }
            }

            added.Add(relation);
        }

        return new RelationsNetwork(Actors, Relations.AddRange(added));
    }

    /// <summary>This network with one more relation.</summary>
    /// <param name="relation">The relation to add.</param>
    /// <returns>A new network.</returns>
    public RelationsNetwork With(Relation relation) => With([relation]);

    /// <summary>This network with one more actor.</summary>
    /// <param name="actor">The actor to add.</param>
    /// <returns>A new network.</returns>
    /// <exception cref="DuplicateActorException">An actor with the same id exists.</exception>
    public RelationsNetwork With(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Contains(actor.Id))
        {
            throw new DuplicateActorException(new InputLocation("With()", null, "id"), actor.Id, null);
        }

        return new RelationsNetwork(Actors.Add(actor), Relations);
    }

    /// <summary>This network without every relation equal to <paramref name="relation"/>.</summary>
    /// <param name="relation">The relation to remove (compared by value).</param>
    /// <returns>A new network.</returns>
    public RelationsNetwork Without(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Where(r => !r.Equals(relation));
    }

    /// <summary>This network without the relations that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">Which relations to remove.</param>
    /// <returns>A new network.</returns>
    public RelationsNetwork Without(Func<Relation, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Where(r => !predicate(r));
    }

    /// <summary>This network without an actor and all its relations.</summary>
    /// <param name="actorId">The actor to remove.</param>
    /// <returns>A new network.</returns>
    /// <exception cref="KeyNotFoundException">No actor has this id.</exception>
    public RelationsNetwork WithoutActor(string actorId)
    {
        var removed = this[actorId];
        var relations = Relations.RemoveAll(r => r.Involves(actorId));
        return new RelationsNetwork(Actors.Remove(removed), relations);
    }

    /// <summary>The actors that are members of a bloc: sources of <see cref="RelationKind.Membership"/> relations into it.</summary>
    /// <param name="blocId">The bloc's id.</param>
    /// <returns>Member ids in order of first appearance.</returns>
    public IReadOnlyList<string> MembersOf(string blocId) =>
        Relations.Where(r => r.Kind == RelationKind.Membership && string.Equals(r.Target, blocId, StringComparison.Ordinal))
            .Select(r => r.Source).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Replaces blocs by the ties they create between their members (see <see cref="BlocProjection"/> for the rules).
    /// </summary>
    /// <returns>A new network without <see cref="ActorKind.Bloc"/> actors.</returns>
    public RelationsNetwork ProjectBlocs() => BlocProjection.Project(this).Network;

    /// <summary>A builder holding this network's actors and relations, to extend or edit.</summary>
    /// <param name="options">Validation options for what is added next.</param>
    /// <returns>A new builder.</returns>
    public RelationsNetworkBuilder ToBuilder(RelationsNetworkBuilderOptions? options = null)
    {
        var builder = new RelationsNetworkBuilder(options);
        foreach (var actor in Actors)
        {
            builder.AddActor(actor);
        }

        foreach (var relation in Relations)
        {
            builder.AddRelation(relation);
        }

        return builder;
    }
}
