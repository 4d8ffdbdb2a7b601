using RelationsGraph.Brokerage;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;


namespace RelationsGraph.Catalog;

/// <summary>
/// The settings a caller (the CLI, a notebook) passes to <see cref="MetricDescriptor.Create"/>, in one shape for
/// every metric. A metric reads the ones it understands; <see langword="null"/> means "the metric's own default";
/// <see cref="Extra"/> carries settings for metrics written outside the library.
/// </summary>
public sealed record MetricParameters
{
    /// <summary>Which ties the metric sees (CLI <c>--ties</c>); <see langword="null"/>: all, or positive for adversary betweenness.</summary>
    public TieFilter? Ties { get; init; }

    /// <summary>Which neighbours count in a directed graph (CLI <c>--mode</c>); <see langword="null"/>: the metric's default.</summary>
    public NeighborMode? Mode { get; init; }

    /// <summary>How a tie's weight is read by strength-based metrics (CLI <c>--strength</c>); <see langword="null"/>: the metric's default.</summary>
    public TieStrength? Strength { get; init; }

    /// <summary>How path metrics turn ties into lengths (CLI <c>--length</c>).</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Hops;

    /// <summary>Path-length cutoff, inclusive (CLI <c>--cutoff</c>).</summary>
    public double? Cutoff { get; init; }

    /// <summary>Normalize (CLI <c>--normalized</c>).</summary>
    public bool Normalized { get; init; }

    /// <summary>Count path endpoints (CLI <c>--endpoints</c>).</summary>
    public bool Endpoints { get; init; }

    /// <summary>Source actors of subset metrics (CLI <c>--sources</c>).</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>Target actors of subset metrics (CLI <c>--targets</c>).</summary>
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>Only pairs joined by a negative tie (CLI <c>--adversaries</c>).</summary>
    public bool Adversaries { get; init; }

    /// <summary>Estimate by sampling (CLI <c>--approx EPS --delta D --seed S</c>).</summary>
    public BetweennessApproximation? Approximation { get; init; }

    /// <summary>Closeness convention (CLI <c>--convention networkx|igraph</c>).</summary>
    public ClosenessConvention Convention { get; init; } = ClosenessConvention.NetworkX;

    /// <summary>Brokerage: the group of every node (the CLI's <c>--group-column</c>).</summary>
    public NodeGroups? Groups { get; init; }

    /// <summary>Signed brokerage: the number of sign permutations of the null model (0: raw counts only).</summary>
    public int Permutations { get; init; } = new SignedBrokerageOptions().Permutations;

    /// <summary>Run exact all-pairs path metrics even when their estimated time is absurd (the CLI's <c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>Seed of randomized metrics (signed brokerage's permutations).</summary>
    public int Seed { get; init; }

    /// <summary>Further settings by name, for metrics registered by users.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
