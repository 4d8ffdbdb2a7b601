using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>Options of <see cref="Degree"/>.</summary>
public sealed record DegreeOptions : MetricOptions
{
    /// <summary>Which neighbours count in a directed graph (in + out by default); ignored when undirected.</summary>
    public NeighborMode Mode { get; init; } = NeighborMode.All;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe() =>
        new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal) { ["mode"] = Lower(Mode) };
}
