using RelationsGraph.Model;

namespace RelationsGraph.Graphs;

/// <summary>
/// Every choice the projection from a <see cref="RelationsNetwork"/> to a <see cref="SignedGraph"/> makes.
/// The defaults: all kinds, all periods, undirected, parallel relations summed, blocs kept as nodes.
/// </summary>
public sealed record ProjectionOptions
{
    /// <summary>The relation kinds to keep; <see langword="null"/> (the default) keeps all.</summary>
    public IReadOnlySet<RelationKind>? Kinds { get; init; }

    /// <summary>
    /// Keep only relations holding on at least one day of this window; <see langword="null"/> (the default)
    /// keeps all. Use a one-day window for a snapshot (same as <see cref="RelationsNetwork.At(DateOnly)"/>).
    /// </summary>
    public ValidityPeriod? Window { get; init; }

    /// <summary>Whether the graph is directed (undirected by default) and so how directed relations map.</summary>
    public GraphDirection Direction { get; init; } = GraphDirection.Undirected;

    /// <summary>How parallel relations aggregate (sum by default).</summary>
    public EdgeAggregation Aggregation { get; init; } = EdgeAggregation.Sum;

    /// <summary>What happens to blocs (kept as nodes by default).</summary>
    public BlocHandling Blocs { get; init; } = BlocHandling.Keep;
}
