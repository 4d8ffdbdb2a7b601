namespace RelationsGraph.Brokerage;

/// <summary>
/// Options of signed brokerage (<see cref="SignedBrokerage"/>). Paths run over positive ties and the brokered pair
/// must be joined by a negative tie, so <see cref="Metrics.MetricOptions.Ties"/> must stay <see cref="Graphs.TieFilter.All"/>.
/// </summary>
public sealed record SignedBrokerageOptions : BrokerageOptions
{
    /// <summary>Number of sign permutations for the null model (0: raw counts only). Default 1000.</summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Seed of the permutations: the same seed gives the same result on any number of cores.</summary>
    public int Seed { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe()
    {
        var d = new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal)
        {
            ["permutations"] = Permutations,
            ["seed"] = Seed,
        };
        d.Remove("ties");
        return d;
    }
}
