namespace RelationsGraph;

/// <summary>A relation names an actor that is not declared (when actors must be declared, e.g. when a nodes file is given).</summary>
public sealed class UnknownActorException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the unknown id is used.</param>
    /// <param name="actorId">The unknown id.</param>
    public UnknownActorException(InputLocation location, string actorId)
        : base(location, $"unknown actor id '{actorId}'")
    {
        ActorId = actorId;
    }

    /// <summary>The unknown id.</summary>
    public string ActorId { get; }
}
