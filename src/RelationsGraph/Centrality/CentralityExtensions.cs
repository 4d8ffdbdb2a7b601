using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>
/// The centrality family on a <see cref="SignedGraph"/> in one call each — <c>graph.Degree(o)</c>,
/// <c>graph.Betweenness(o)</c>, <c>graph.Closeness(o)</c> … — with the options record as the only home of the defaults,
/// a progress sink and a cancellation token; plus the short forms <c>graph.Degree()</c> and <c>graph.Strength()</c>.
/// </summary>
public static class CentralityExtensions
{
    /// <summary>Computes <see cref="Centrality.Degree"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="ties">Which ties count.</param>
    /// <param name="mode">Which neighbours count in a directed graph.</param>
    /// <returns>The scores.</returns>
    public static NodeScores Degree(this SignedGraph graph, TieFilter ties = TieFilter.All, NeighborMode mode = NeighborMode.All) =>
        new Degree(new DegreeOptions { Ties = ties, Mode = mode }).Compute(graph);

    /// <summary>Computes <see cref="Centrality.Strength"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="ties">Which ties count.</param>
    /// <param name="mode">Which neighbours count in a directed graph.</param>
    /// <param name="strength">|w| or 1 per tie.</param>
    /// <returns>The scores.</returns>
    public static NodeScores Strength(this SignedGraph graph, TieFilter ties = TieFilter.All, NeighborMode mode = NeighborMode.All, TieStrength strength = TieStrength.Absolute) =>
        new Strength(new StrengthOptions { Ties = ties, Mode = mode, Strength = strength }).Compute(graph);

    /// <summary>Computes <see cref="Centrality.Degree"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options.</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores Degree(this SignedGraph graph, DegreeOptions options, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new Degree(options).Compute(graph, progress, cancellationToken);

    /// <summary>Computes <see cref="Centrality.Strength"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options.</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores Strength(this SignedGraph graph, StrengthOptions options, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new Strength(options).Compute(graph, progress, cancellationToken);

    /// <summary>Computes <see cref="Centrality.Betweenness"/> (exact, or estimated with <see cref="BetweennessOptions.Approximation"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options (default: hops, all pairs, unnormalized).</param>
    /// <param name="progress">Told the sources done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores Betweenness(this SignedGraph graph, BetweennessOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new Betweenness(options).Compute(graph, progress, cancellationToken);

    /// <summary>Computes <see cref="Centrality.EdgeBetweenness"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options (default: hops, all pairs, unnormalized).</param>
    /// <param name="progress">Told the sources done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per tie, with the options.</returns>
    public static EdgeScores EdgeBetweenness(this SignedGraph graph, BetweennessOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new EdgeBetweenness(options).Compute(graph, progress, cancellationToken);

    /// <summary>Computes <see cref="Centrality.Closeness"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options (default: hops, networkx's convention).</param>
    /// <param name="progress">Told the sources done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores Closeness(this SignedGraph graph, ClosenessOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new Closeness(options).Compute(graph, progress, cancellationToken);

    /// <summary>Computes <see cref="Centrality.Harmonic"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options (default: hops, unnormalized).</param>
    /// <param name="progress">Told the sources done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores Harmonic(this SignedGraph graph, HarmonicOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new Harmonic(options).Compute(graph, progress, cancellationToken);
}
