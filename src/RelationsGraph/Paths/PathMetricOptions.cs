using RelationsGraph.Metrics;

namespace RelationsGraph.Paths;

/// <summary>Options shared by every metric that runs on shortest paths.</summary>
public abstract record PathMetricOptions : MetricOptions
{
    /// <summary>How a tie becomes a length (<see cref="EdgeLength.Hops"/> by default).</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Hops;

    /// <summary>Only paths of length at most this count (inclusive, igraph's <c>cutoff</c>); <see langword="null"/> for no limit.</summary>
    public double? Cutoff { get; init; }

    /// <summary>How many sources run at once; <see langword="null"/> for every core. Results are identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Describe()
    {
        var d = new SortedDictionary<string, object>((IDictionary<string, object>)base.Describe(), StringComparer.Ordinal)
        {
            ["length"] = Length.Name,
        };
        if (Cutoff is { } cutoff)
        {
            d["cutoff"] = cutoff;
        }

        return d;
    }

    internal double CutoffOrInfinity()
    {
        if (Cutoff is { } c && (double.IsNaN(c) || c < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Cutoff), c, "A cutoff must be a length of zero or more.");
        }

        return Cutoff ?? double.PositiveInfinity;
    }

    internal int Workers() => Math.Max(1, MaxDegreeOfParallelism ?? Environment.ProcessorCount);
}
