namespace RelationsGraph;

/// <summary>The base of every exception that RelationsGraph throws on purpose.</summary>
public class RelationsGraphException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public RelationsGraphException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public RelationsGraphException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RelationsGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
