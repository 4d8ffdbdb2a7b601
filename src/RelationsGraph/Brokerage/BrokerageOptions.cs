using RelationsGraph.Metrics;
using RelationsGraph.Graphs;

namespace RelationsGraph.Brokerage;

/// <summary>Options of Gould–Fernandez brokerage (<see cref="GouldFernandezBrokerage"/>); the base of <see cref="SignedBrokerageOptions"/>.</summary>
public record BrokerageOptions : MetricOptions
{
    /// <summary>The group of every node (required when computing; a node without a group is rejected).</summary>
    public NodeGroups? Groups { get; init; }

    /// <summary>The role that <see cref="INodeMetric.Compute"/> reports (all roles are in <see cref="IBrokerageMetric.Analyze"/>).</summary>
    public BrokerageRole Role { get; init; } = BrokerageRole.Total;

    /// <summary>The figure that <see cref="INodeMetric.Compute"/> reports.</summary>
    public BrokerageStatistic Statistic { get; init; } = BrokerageStatistic.Raw;

    /// <summary>At most this many threads (default: all cores). Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe()
    {
        var d = new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal)
        {
            ["groups"] = Groups?.Description ?? "none",
        };
        if (Role != BrokerageRole.Total)
        {
            d["role"] = Lower(Role);
        }

        if (Statistic != BrokerageStatistic.Raw)
        {
            d["statistic"] = Statistic == BrokerageStatistic.StandardDeviation ? "sd" : Statistic == BrokerageStatistic.PValue ? "p" : Lower(Statistic);
        }

        return d;
    }

    internal int Workers() => Math.Max(1, MaxDegreeOfParallelism ?? Environment.ProcessorCount);

    internal NodeGroups RequireGroups() =>
        Groups ?? throw new InvalidOperationException("Brokerage needs a group per node: set BrokerageOptions.Groups (e.g. NodeGroups.FromAttribute).");
}
