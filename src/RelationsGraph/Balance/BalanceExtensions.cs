using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>
/// Structural balance on a <see cref="SignedGraph"/> in one call each: the same computations as <see cref="Balance.Frustration"/>,
/// <see cref="Balance.WalkBalance"/>, <see cref="Balance.SignedTriangles"/>, <see cref="Balance.Factions"/> and the
/// balance node metrics, with the options record as the only home of the defaults, a progress sink and a cancellation
/// token.
/// </summary>
public static class BalanceExtensions
{
    /// <summary>The frustration index (<see cref="Balance.Frustration.Compute(SignedGraph, FrustrationOptions?, IProgress{MetricProgress}?, CancellationToken)"/>).</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="options">The options (default: counted ties, exact where small).</param>
    /// <param name="progress">Told the nodes of the components solved so far.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The index, a partition attaining it, the frustrated ties and each node's share, with the options.</returns>
    public static FrustrationResult Frustration(this SignedGraph graph, FrustrationOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Balance.Frustration.Compute(graph, options, progress, cancellationToken);

    /// <summary>Walk balance (<see cref="Balance.WalkBalance"/>).</summary>
    /// <param name="graph">An undirected graph of at most <see cref="Balance.WalkBalance.MaxNodes"/> nodes.</param>
    /// <param name="options">The options (default: ±1 by sign).</param>
    /// <param name="progress">Told the steps done (two eigenvalue solves).</param>
    /// <param name="cancellationToken">Checked between the steps.</param>
    /// <returns>The indices and ρ, with the options.</returns>
    public static WalkBalanceResult WalkBalance(this SignedGraph graph, WalkBalanceOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Balance.WalkBalance.Compute(graph, options, progress, cancellationToken);

    /// <summary>The signed triangle census, per node and for the graph (<see cref="Balance.SignedTriangles.Count"/>).</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The census.</returns>
    public static SignedTriangles SignedTriangles(this SignedGraph graph, CancellationToken cancellationToken = default) =>
        Balance.SignedTriangles.Count(graph, cancellationToken);

    /// <summary>K factions (<see cref="Balance.Factions"/>).</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="options">The options (default: two factions, α = ½).</param>
    /// <param name="progress">Told 0 of 1 at the start and 1 of 1 at the end.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The factions and their criterion, with the options.</returns>
    public static FactionsResult Factions(this SignedGraph graph, FactionsOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new MetricProgress(0, 1));
        var result = Balance.Factions.Compute(graph, options, cancellationToken);
        progress?.Report(new MetricProgress(1, 1));
        return result;
    }

    /// <summary>PN centrality (<see cref="Balance.PnCentrality"/>).</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="options">The options (all ties).</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores PnCentrality(this SignedGraph graph, SignedMetricOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new PnCentrality(options).Compute(graph, progress, cancellationToken);

    /// <summary>Signed eigenvector centrality (<see cref="Balance.SignedEigenvector"/>).</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="options">The options (all ties).</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores SignedEigenvector(this SignedGraph graph, SignedMetricOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new SignedEigenvector(options).Compute(graph, progress, cancellationToken);

    /// <summary>Status consistency (<see cref="Balance.StatusConsistency"/>).</summary>
    /// <param name="graph">A directed graph.</param>
    /// <param name="options">The options (all ties).</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores StatusConsistency(this SignedGraph graph, SignedMetricOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new StatusConsistency(options).Compute(graph, progress, cancellationToken);
}
