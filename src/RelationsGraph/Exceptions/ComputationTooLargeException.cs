namespace RelationsGraph;

/// <summary>
/// An exact computation was refused because its estimated running time is absurd for this machine (e.g. exact
/// betweenness of a million-node graph). Use an approximation, a cutoff, fewer sources — or set <c>Force</c> to run it.
/// </summary>
public sealed class ComputationTooLargeException : RelationsGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused, the estimate, and what to do instead.</param>
    /// <param name="estimatedSeconds">The estimated running time.</param>
    public ComputationTooLargeException(string message, double estimatedSeconds)
        : base(message)
    {
        EstimatedSeconds = estimatedSeconds;
    }

    /// <summary>The estimated running time in seconds.</summary>
    public double EstimatedSeconds { get; }
}
