namespace RelationsGraph;

/// <summary>
/// A computation was asked of a graph it is not defined for, for example a signed Laplacian of a directed graph.
/// RelationsGraph never converts a graph silently; this exception says which conversion the caller may choose.
/// </summary>
public sealed class UnsupportedGraphException : RelationsGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is not supported and what to do instead.</param>
    public UnsupportedGraphException(string message)
        : base(message)
    {
    }
}
