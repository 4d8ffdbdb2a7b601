namespace RelationsGraph;

/// <summary>A relation joins an actor to itself while self-loops are rejected (<see cref="Model.SelfLoopPolicy.Reject"/>).</summary>
public sealed class SelfLoopException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the self-loop is.</param>
    /// <param name="actorId">The actor joined to itself.</param>
    public SelfLoopException(InputLocation location, string actorId)
        : base(location, $"self-loop on '{actorId}' (source equals target); self-loops are rejected unless dropped explicitly")
    {
        ActorId = actorId;
    }

    /// <summary>The actor joined to itself.</summary>
    public string ActorId { get; }
}
