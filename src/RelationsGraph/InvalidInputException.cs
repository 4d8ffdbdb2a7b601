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

/// <summary>The input is not well-formed: bad quoting, a missing column, wrong field count, malformed XML or JSON, a prohibited DTD.</summary>
public sealed class MalformedInputException : InvalidInputException
{
    /// <inheritdoc cref="InvalidInputException(InputLocation, string, Exception?)"/>
    public MalformedInputException(InputLocation location, string problem, Exception? innerException = null)
        : base(location, problem, innerException)
    {
    }
}

/// <summary>A field holds a value that is not allowed: a non-numeric, NaN or infinite weight, an empty id, an unknown kind, a bad date.</summary>
public sealed class InvalidValueException : InvalidInputException
{
    /// <inheritdoc cref="InvalidInputException(InputLocation, string, Exception?)"/>
    public InvalidValueException(InputLocation location, string problem, Exception? innerException = null)
        : base(location, problem, innerException)
    {
    }
}

/// <summary>A relation names an actor that is not declared (when actors must be declared, e.g. when a nodes file is given).</summary>
public sealed class UnknownActorException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the unknown id is used.</param>
    /// <param name="actorId">The unknown id.</param>
    public UnknownActorException(InputLocation location, string actorId)
        : base(location, $"unknown actor id '{actorId}'")
    {
        ActorId = actorId;
    }

    /// <summary>The unknown id.</summary>
    public string ActorId { get; }
}

/// <summary>The same actor id is declared twice.</summary>
public sealed class DuplicateActorException : InvalidInputException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the second declaration is.</param>
    /// <param name="actorId">The repeated id.</param>
    /// <param name="first">Where the first declaration is, if known.</param>
    public DuplicateActorException(InputLocation location, string actorId, InputLocation? first)
        : base(location, first?.Line is { } line ? $"duplicate actor id '{actorId}' (first declared on line {line})" : $"duplicate actor id '{actorId}'")
    {
        ActorId = actorId;
    }

    /// <summary>The repeated id.</summary>
    public string ActorId { get; }
}

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
