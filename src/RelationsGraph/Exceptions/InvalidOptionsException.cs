namespace RelationsGraph;

/// <summary>
/// A metric's options do not fit together or do not fit the metric (for example an approximation with a cutoff, or a
/// tie filter on a metric that reads both signs). An <see cref="ArgumentException"/>, so existing handlers still catch
/// it; <see cref="Problem"/> is the message alone, without the parameter name the base class appends, for callers that
/// show it to a person (the CLI prints it as one line). Plugin metrics throw it for parameters they reject.
/// </summary>
public sealed class InvalidOptionsException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, as one sentence for a person.</param>
    /// <param name="paramName">The parameter that holds the options, if any.</param>
    public InvalidOptionsException(string problem, string? paramName = null)
        : base(problem, paramName)
    {
        Problem = problem;
    }

    /// <summary>What is wrong, without the parameter name.</summary>
    public string Problem { get; }
}
