namespace RelationsGraph;

/// <summary>A conflict cannot be analysed: an unknown actor, an actor on both sides, an empty side, or a date outside the data.</summary>
public sealed class InvalidConflictException : RelationsGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the actor or date.</param>
    public InvalidConflictException(string message)
        : base(message)
    {
    }
}
