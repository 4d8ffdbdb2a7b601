using RelationsGraph.Metrics;
using RelationsGraph.Model;

namespace RelationsGraph.Mediation;

/// <summary>
/// The mediator ranking in one call on a <see cref="RelationsNetwork"/>, in the shape of the other families'
/// extension methods: the options record as the only home of the defaults, a progress sink and a cancellation token;
/// the result carries its options.
/// </summary>
public static class MediationExtensions
{
    /// <summary>Ranks every third party of a conflict as a mediator (<see cref="MediatorRanking.Compute"/>).</summary>
    /// <param name="network">The relations network (blocs and memberships included).</param>
    /// <param name="conflict">The two sides.</param>
    /// <param name="options">Date, criteria and weights, stability and significance (default: the empirical profile, 500 draws, 99 permutations).</param>
    /// <param name="progress">Told the permuted networks done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The ranking, best first, with <see cref="MediatorRankingResult.Options"/>.</returns>
    /// <exception cref="InvalidConflictException">An unknown actor on a side, a bloc on a side, or a date outside the data.</exception>
    public static MediatorRankingResult RankMediators(this RelationsNetwork network, Conflict conflict, MediatorOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        MediatorRanking.Compute(network, conflict, options, progress, cancellationToken);
}
