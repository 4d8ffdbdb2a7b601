using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>Options of the structural-hole measures (<see cref="Constraint"/>, <see cref="EffectiveSize"/>, <see cref="Efficiency"/>, <see cref="Hierarchy"/>).</summary>
public sealed record StructuralHolesOptions : MetricOptions
{
    /// <summary>How a tie counts: |w| (the default) or 1.</summary>
    public TieStrength Strength { get; init; } = TieStrength.Absolute;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe() =>
        new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal)
        {
            ["strength"] = Strength == TieStrength.Absolute ? "abs" : "unit",
        };
}
