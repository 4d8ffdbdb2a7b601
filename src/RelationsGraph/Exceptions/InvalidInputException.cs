namespace RelationsGraph;

/// <summary>
/// Input data were rejected. The message starts with the <see cref="Location"/> (file, line, field) and
/// then says what is wrong; <see cref="Problem"/> holds the second part alone.
/// Catch this type to handle every kind of rejected input; catch a subclass for one kind.
/// </summary>
public abstract class InvalidInputException : RelationsGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the bad input is.</param>
    /// <param name="problem">What is wrong with it, as one sentence without the location.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    protected InvalidInputException(InputLocation location, string problem, Exception? innerException = null)
        : base(Format(location, problem), innerException!)
    {
        Location = location;
        Problem = problem;
    }

    /// <summary>Where the bad input is.</summary>
    public InputLocation Location { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(InputLocation location, string problem)
    {
        ArgumentNullException.ThrowIfNull(location);
        return $"{location}: {problem}";
    }
}
