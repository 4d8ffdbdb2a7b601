using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>Quick access to the degree family for notebooks and scripts: <c>graph.Degree()</c>.</summary>
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
}
