namespace RelationsGraph.Centrality;

/// <summary>Options of <see cref="Betweenness"/> and <see cref="EdgeBetweenness"/>.</summary>
public sealed record BetweennessOptions : PathMetricOptions
{
    /// <summary>Scale by networkx's factors (vertex: 1/((n−1)(n−2)), ×2 undirected; with endpoints 1/(n(n−1)), ×2 undirected; edge: 1/(n(n−1)), ×2 undirected).</summary>
    public bool Normalized { get; init; }

    /// <summary>Count the endpoints of each path as on it (networkx's <c>endpoints</c>; vertex betweenness only).</summary>
    public bool Endpoints { get; init; }

    /// <summary>Only paths from these actors (all when <see langword="null"/>): subset betweenness (Brandes 2008).</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>Only paths to these actors (all when <see langword="null"/>).</summary>
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>
    /// Only pairs joined by a negative tie in the full graph (adversary betweenness); paths still use the ties that
    /// <see cref="Metrics.MetricOptions.Ties"/> selects — set it to <see cref="Graphs.TieFilter.Positive"/> for "who
    /// sits on the friendly channels between enemies".
    /// </summary>
    public bool Adversaries { get; init; }

    /// <summary>Estimate by sampling instead of computing exactly (plain betweenness only: no subsets, adversaries, cutoff or endpoints).</summary>
    public BetweennessApproximation? Approximation { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe()
    {
        var d = new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal)
        {
            ["normalized"] = Normalized,
            ["endpoints"] = Endpoints,
            ["adversaries"] = Adversaries,
        };
        if (Sources is not null)
        {
            d["sources"] = Sources.ToArray();
        }

        if (Targets is not null)
        {
            d["targets"] = Targets.ToArray();
        }

        if (Approximation is { } a)
        {
            d["epsilon"] = a.Epsilon;
            d["delta"] = a.Delta;
            d["seed"] = a.Seed;
        }

        return d;
    }
}
