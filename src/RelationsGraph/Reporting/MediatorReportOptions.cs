namespace RelationsGraph.Reporting;

/// <summary>Options of <c>MediatorReport.WriteHtml</c>.</summary>
public sealed record MediatorReportOptions
{
    /// <summary>The most table rows a report shows (the embedded ranking keeps every candidate asked for).</summary>
    public const int MaxTableRows = 500;

    /// <summary>Only the best K candidates in the embedded ranking, the table and the picture (default: all in the ranking and the table, the picture's own limit in the picture) — as <c>relgraph mediators --top K</c>.</summary>
    public int? Top { get; init; }

    /// <summary>What the network picture draws (default <see cref="NetworkPictureOptions"/>: the sides, the best 20 candidates, up to 12 blocs).</summary>
    public NetworkPictureOptions Picture { get; init; } = new();

    /// <summary>The page title (default: <c>Mediators: </c> and the conflict's name).</summary>
    public string? Title { get; init; }
}
