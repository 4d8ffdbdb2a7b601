using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>Options of <see cref="Frustration"/>.</summary>
public sealed record FrustrationOptions : MetricOptions
{
    /// <summary><see cref="TieStrength.Unit"/> counts frustrated ties (the line index of balance); <see cref="TieStrength.Absolute"/> sums their |w|.</summary>
    public TieStrength Strength { get; init; } = TieStrength.Unit;

    /// <summary>Exact, heuristic, or exact where small (default).</summary>
    public FrustrationMethod Method { get; init; } = FrustrationMethod.Auto;

    /// <summary>With <see cref="FrustrationMethod.Auto"/>: the largest component solved exactly (default 30 nodes).</summary>
    public int ExactMaxNodes { get; init; } = 30;

    /// <summary>Local search: independent starts (the first propagates signs from a spanning tree, the others are random). Default 3.</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>
    /// Local search: perturbations tried after each start converges (iterated local search); <see langword="null"/>
    /// (default) is 5 per node of the component, at least 1,000. Long chains beat many short starts here.
    /// </summary>
    public int? Perturbations { get; init; }

    /// <summary>Seed of the local search: the same seed gives the same result.</summary>
    public int Seed { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe()
    {
        // Every option that can change the result (strength keeps the CLI's word "abs").
        var described = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["ties"] = Lower(Ties),
            ["strength"] = Strength == TieStrength.Unit ? "unit" : "abs",
            ["method"] = Lower(Method),
            ["exact-max-nodes"] = ExactMaxNodes,
            ["restarts"] = Restarts,
            ["seed"] = Seed,
        };
        if (Perturbations is { } p)
        {
            described["perturbations"] = p;
        }

        return described;
    }
}
