using System.Globalization;
using RelationsGraph.Graphs;
using RelationsGraph.Loaders;
using RelationsGraph.Mediation;
using RelationsGraph.Metrics;
using RelationsGraph.Model;

namespace RelationsGraph.Timelines;

/// <summary>
/// Runs an analysis over time: one snapshot of the network per period (<see cref="RelationsNetwork.At"/> on the period's
/// snapshot date: 1 July of each year, or the 15th of each month), analysed independently. Works for any metric, the
/// mediator ranking, or any function of a network. Snapshots run in parallel; results come back in period order.
/// </summary>
public static class Timeline
{
    /// <summary>The snapshot dates from one year to another (inclusive).</summary>
    /// <param name="from">The first year.</param>
    /// <param name="to">The last year.</param>
    /// <param name="step"><see cref="PeriodKind.Year"/> (1 July) or <see cref="PeriodKind.Month"/> (the 15th).</param>
    /// <returns>(label, date) pairs in order.</returns>
    /// <exception cref="ArgumentException">An empty range, or <see cref="PeriodKind.All"/>.</exception>
    public static IReadOnlyList<(string Period, DateOnly At)> Periods(int from, int to, PeriodKind step = PeriodKind.Year)
    {
        if (from > to || from < 1 || to > 9999)
        {
            throw new ArgumentException($"The years must run forward within 1–9999, not {from} to {to}.", nameof(to));
        }

        if (step == PeriodKind.All)
        {
            throw new ArgumentException("A timeline steps by years or months.", nameof(step));
        }

        var periods = new List<(string, DateOnly)>();
        for (var y = from; y <= to; y++)
        {
            if (step == PeriodKind.Year)
            {
                periods.Add((y.ToString("D4", CultureInfo.InvariantCulture), new DateOnly(y, 7, 1)));
                continue;
            }

            for (var m = 1; m <= 12; m++)
            {
                periods.Add((string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"), new DateOnly(y, m, 15)));
            }
        }

        return periods;
    }

    /// <summary>Runs any analysis on each snapshot.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="network">The network with validity periods.</param>
    /// <param name="periods">The periods (<see cref="Periods"/>).</param>
    /// <param name="analysis">The analysis of one snapshot.</param>
    /// <param name="cancellationToken">Stops between snapshots.</param>
    /// <returns>One point per period, in order.</returns>
    public static IReadOnlyList<TimelinePoint<T>> Run<T>(RelationsNetwork network, IReadOnlyList<(string Period, DateOnly At)> periods, Func<RelationsNetwork, T> analysis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(analysis);
        var results = new T[periods.Count];
        Parallel.For(0, periods.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = analysis(network.At(periods[i].At)));
        return [.. periods.Select((p, i) => new TimelinePoint<T>(p.Period, p.At, results[i]))];
    }

    /// <summary>A node metric on each snapshot's graph (projected with <paramref name="projection"/>; blocs kept by default).</summary>
    /// <param name="network">The network.</param>
    /// <param name="periods">The periods.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="projection">How to project each snapshot (default undirected, parallel relations summed).</param>
    /// <param name="cancellationToken">Stops between snapshots.</param>
    /// <returns>One point per period.</returns>
    public static IReadOnlyList<TimelinePoint<NodeScores>> Metric(RelationsNetwork network, IReadOnlyList<(string Period, DateOnly At)> periods, INodeMetric metric, ProjectionOptions? projection = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return Run(network, periods, snapshot => metric.Compute(GraphProjection.Project(snapshot, projection ?? new ProjectionOptions()).Graph, cancellationToken: cancellationToken), cancellationToken);
    }

    /// <summary>The mediator ranking on each snapshot (<see cref="MediatorOptions.At"/> is set per period).</summary>
    /// <param name="network">The network.</param>
    /// <param name="periods">The periods.</param>
    /// <param name="conflict">The conflict.</param>
    /// <param name="options">Ranking options.</param>
    /// <param name="cancellationToken">Stops between snapshots.</param>
    /// <returns>One point per period.</returns>
    public static IReadOnlyList<TimelinePoint<MediatorRankingResult>> Mediators(RelationsNetwork network, IReadOnlyList<(string Period, DateOnly At)> periods, Conflict conflict, MediatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Mediators(_ => network, periods, conflict, options, cancellationToken);
    }

    /// <summary>
    /// The mediator ranking on each snapshot of a network that changes with the date beyond its relations — e.g. a
    /// dataset whose actor attributes (GDP, capability) are of each year: <c>Timeline.Mediators(dataset.NetworkAt, ...)</c>.
    /// </summary>
    /// <param name="networkAt">The network as of a date (its relations are then taken at the date).</param>
    /// <param name="periods">The periods.</param>
    /// <param name="conflict">The conflict.</param>
    /// <param name="options">Ranking options.</param>
    /// <param name="cancellationToken">Stops between snapshots.</param>
    /// <returns>One point per period.</returns>
    public static IReadOnlyList<TimelinePoint<MediatorRankingResult>> Mediators(Func<DateOnly, RelationsNetwork> networkAt, IReadOnlyList<(string Period, DateOnly At)> periods, Conflict conflict, MediatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(networkAt);
        ArgumentNullException.ThrowIfNull(periods);
        options ??= new MediatorOptions();
        var results = new MediatorRankingResult[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = MediatorRanking.Compute(networkAt(periods[i].At), conflict, options with { At = periods[i].At }, cancellationToken: cancellationToken);
        }

        return [.. periods.Select((p, i) => new TimelinePoint<MediatorRankingResult>(p.Period, p.At, results[i]))];
    }
}
