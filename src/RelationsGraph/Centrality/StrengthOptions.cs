using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>Options of <see cref="Strength"/>.</summary>
public sealed record StrengthOptions : MetricOptions
{
    /// <summary>Which neighbours count in a directed graph (in + out by default); ignored when undirected.</summary>
    public NeighborMode Mode { get; init; } = NeighborMode.All;

    /// <summary>How a tie counts: |w| (the default) or 1.</summary>
    public TieStrength Strength { get; init; } = TieStrength.Absolute;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe() =>
        new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal)
        {
            ["mode"] = Lower(Mode),
            ["strength"] = Strength == TieStrength.Absolute ? "abs" : "unit",
        };
}
