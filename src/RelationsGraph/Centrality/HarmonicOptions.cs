using RelationsGraph.Graphs;

namespace RelationsGraph.Centrality;

/// <summary>Options of <see cref="Harmonic"/>.</summary>
public sealed record HarmonicOptions : PathMetricOptions
{
    /// <summary>Divide by n − 1 (igraph <c>harmonic_centrality(normalized=True)</c>); off by default (networkx).</summary>
    public bool Normalized { get; init; }

    /// <summary>Directed graphs: <see cref="NeighborMode.In"/> (default, as networkx), <see cref="NeighborMode.Out"/> or <see cref="NeighborMode.All"/>.</summary>
    public NeighborMode Mode { get; init; } = NeighborMode.In;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe() =>
        new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal)
        {
            ["normalized"] = Normalized,
            ["mode"] = Lower(Mode),
        };
}
