namespace RelationsGraph;

/// <summary>The input is not well-formed: bad quoting, a missing column, wrong field count, malformed XML or JSON, a prohibited DTD.</summary>
public sealed class MalformedInputException : InvalidInputException
{
    /// <inheritdoc cref="InvalidInputException(InputLocation, string, Exception?)"/>
    public MalformedInputException(InputLocation location, string problem, Exception? innerException = null)
        : base(location, problem, innerException)
    {
    }
}
