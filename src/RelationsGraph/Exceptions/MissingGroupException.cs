namespace RelationsGraph;

/// <summary>
/// A node has no group where a metric needs one per node (brokerage): its group attribute is missing or empty,
/// or no actor has the attribute at all.
/// </summary>
public sealed class MissingGroupException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the groups come from (e.g. the nodes file and its group column).</param>
    /// <param name="actorId">The node without a group; <see langword="null"/> when no node has one.</param>
    /// <param name="problem">What is wrong, as one sentence without the location.</param>
    public MissingGroupException(InputLocation location, string? actorId, string problem)
        : base(location, problem)
    {
        ActorId = actorId;
    }

    /// <summary>The node without a group; <see langword="null"/> when no node has one.</summary>
    public string? ActorId { get; }
}
