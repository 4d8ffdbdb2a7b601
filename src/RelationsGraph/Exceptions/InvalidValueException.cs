namespace RelationsGraph;

/// <summary>A field holds a value that is not allowed: a non-numeric, NaN or infinite weight, an empty id, an unknown kind, a bad date.</summary>
public sealed class InvalidValueException : InvalidInputException
{
    /// <inheritdoc cref="InvalidInputException(InputLocation, string, Exception?)"/>
    public InvalidValueException(InputLocation location, string problem, Exception? innerException = null)
        : base(location, problem, innerException)
    {
    }
}
