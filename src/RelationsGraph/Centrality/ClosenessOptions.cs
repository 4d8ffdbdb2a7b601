using RelationsGraph.Graphs;

namespace RelationsGraph.Centrality;

/// <summary>Options of <see cref="Closeness"/>.</summary>
public sealed record ClosenessOptions : PathMetricOptions
{
    /// <summary>networkx's (default) or igraph's treatment of unreached nodes.</summary>
    public ClosenessConvention Convention { get; init; } = ClosenessConvention.NetworkX;

    /// <summary>
    /// Directed graphs: <see cref="NeighborMode.In"/> (default, as networkx) uses distances to the node,
    /// <see cref="NeighborMode.Out"/> distances from it, <see cref="NeighborMode.All"/> ignores direction.
    /// </summary>
    public NeighborMode Mode { get; init; } = NeighborMode.In;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe() =>
        new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal)
        {
            ["convention"] = Lower(Convention),
            ["mode"] = Lower(Mode),
        };
}
