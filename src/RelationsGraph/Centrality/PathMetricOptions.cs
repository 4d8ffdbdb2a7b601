using RelationsGraph.Metrics;
using RelationsGraph.Paths;

namespace RelationsGraph.Centrality;

/// <summary>Options shared by every metric that runs on shortest paths.</summary>
public abstract record PathMetricOptions : MetricOptions
{
    /// <summary>How a tie becomes a length (<see cref="EdgeLength.Hops"/> by default).</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Hops;

    /// <summary>Only paths of length at most this count (inclusive, igraph's <c>cutoff</c>); <see langword="null"/> for no limit.</summary>
    public double? Cutoff { get; init; }

    /// <summary>How many sources run at once; <see langword="null"/> for every core. Results are identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Run an exact all-pairs computation even when its estimated time exceeds <see cref="RefuseAboveSeconds"/> (default:
    /// refuse with <see cref="ComputationTooLargeException"/>).
    /// </summary>
    public bool Force { get; init; }

    /// <summary>The estimated time (seconds) above which an exact computation is refused unless <see cref="Force"/>: 6 hours.</summary>
    public const double RefuseAboveSeconds = 6 * 3600;

    /// <summary>
    /// Refuses an exact search from <paramref name="sources"/> sources over <paramref name="arcs"/> arcs whose estimated
    /// time is absurd: one shortest-path search costs about 5 ns per arc (hops) or 25 ns (weighted, with its heap) on
    /// one core of the machines this was measured on, and sources split over the cores.
    /// </summary>
    internal void GuardExact(string what, long sources, long arcs, bool weighted)
    {
        var seconds = sources * (double)Math.Max(1, arcs) * (weighted ? 25e-9 : 5e-9) / Workers();
        if (!Force && seconds > RefuseAboveSeconds)
        {
            throw new ComputationTooLargeException(
                $"exact {what} from {sources:N0} sources over {arcs:N0} arcs would take about {seconds / 3600:N0} hours on {Workers()} core(s); use an approximation or a cutoff, fewer sources, or force it",
                seconds);
        }
    }

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

    /// <summary>
    /// The memory (bytes) the workers' working state may take together; <see langword="null"/> for the default, half of
    /// what the runtime may use (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>: physical memory, or the
    /// container's or GC heap's limit). Exact betweenness runs fewer workers rather than exceed it.
    /// </summary>
    internal long? WorkingMemoryBudget { get; init; }

    /// <summary>
    /// How many of <see cref="Workers"/> fit in <see cref="WorkingMemoryBudget"/> at <paramref name="bytesPerWorker"/>
    /// each (at least one: a single worker runs whatever its size).
    /// </summary>
    internal int WorkersWithinBudget(long bytesPerWorker, out long budget)
    {
        budget = WorkingMemoryBudget ?? (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2);
        return (int)Math.Clamp(budget / Math.Max(1, bytesPerWorker), 1, Workers());
    }
}
