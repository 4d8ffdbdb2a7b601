namespace RelationsGraph;

/// <summary>The same actor id is declared twice.</summary>
public sealed class DuplicateActorException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the second declaration is.</param>
    /// <param name="actorId">The repeated id.</param>
    /// <param name="first">Where the first declaration is, if known.</param>
    public DuplicateActorException(InputLocation location, string actorId, InputLocation? first)
        : base(location, first?.Line is { } line ? $"duplicate actor id '{actorId}' (first declared on line {line})" : $"duplicate actor id '{actorId}'")
    {
        ActorId = actorId;
    }

    /// <summary>The repeated id.</summary>
    public string ActorId { get; }
}
