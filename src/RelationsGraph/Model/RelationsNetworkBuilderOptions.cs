namespace RelationsGraph.Model;

/// <summary>How a <see cref="RelationsNetworkBuilder"/> validates what it is given.</summary>
public sealed record RelationsNetworkBuilderOptions
{
    /// <summary>
    /// When <see langword="true"/>, every relation endpoint must have been added as an actor first, else an
    /// <see cref="UnknownActorException"/> is thrown. When <see langword="false"/> (the default), unknown endpoints
    /// are added as actors of kind <see cref="ImplicitActorKind"/>; a later <see cref="RelationsNetworkBuilder.AddActor(Actor, InputLocation?)"/>
    /// with the same id replaces such an implicit actor.
    /// </summary>
    public bool RequireDeclaredActors { get; init; }

    /// <summary>What to do with a relation from an actor to itself (rejected by default).</summary>
    public SelfLoopPolicy SelfLoops { get; init; } = SelfLoopPolicy.Reject;

    /// <summary>The kind given to actors created implicitly from relation endpoints (<see cref="ActorKind.Other"/> by default).</summary>
    public ActorKind ImplicitActorKind { get; init; } = ActorKind.Other;
}
