namespace RelationsGraph;

/// <summary>
/// Something a reader or builder did to the input that the user should know about but that is not an error,
/// for example a dropped self-loop or a duplicate relation that the graph projection will aggregate.
/// </summary>
/// <param name="Location">Where the input concerned is.</param>
/// <param name="Message">What was done, in one line.</param>
public sealed record InputNote(InputLocation Location, string Message)
{
    /// <summary>Formats the note as <c>location: message</c>.</summary>
    /// <returns>The note as one line.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
