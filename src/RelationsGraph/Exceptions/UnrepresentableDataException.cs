namespace RelationsGraph;

/// <summary>
/// The data cannot be written in the chosen format without losing or changing something, for example an attribute
/// whose key is the name of one of the format's own columns. Choose another format (JSON holds everything) or rename.
/// </summary>
public sealed class UnrepresentableDataException : RelationsGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What cannot be written, and what to do instead.</param>
    public UnrepresentableDataException(string message)
        : base(message)
    {
    }
}
