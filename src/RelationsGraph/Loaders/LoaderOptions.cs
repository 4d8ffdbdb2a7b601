namespace RelationsGraph.Loaders;

/// <summary>Options of the data loaders.</summary>
public sealed record LoaderOptions
{
    /// <summary>The periods rows are grouped by (default years).</summary>
    public PeriodKind Period { get; init; } = PeriodKind.Year;

    /// <summary>Stop at the first malformed row with a <see cref="MalformedInputException"/> (default: skip it, count it and report it).</summary>
    public bool Strict { get; init; }

    /// <summary>Aggregate ordered (source → target) dyads instead of unordered pairs.</summary>
    public bool Directed { get; init; }

    /// <summary>At most this many malformed or unmapped rows are reported individually (all are counted). Default 20.</summary>
    public int MaxReported { get; init; } = 20;
}
