using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>Shortcuts for quick use and notebooks: <c>graph.Brokerage(groups)</c>, <c>graph.Constraint()</c>, ...</summary>
public static class BrokerageExtensions
{
    /// <summary>Gould–Fernandez brokerage roles (see <see cref="GouldFernandezBrokerage"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="groups">The group of every node.</param>
    /// <param name="ties">Which ties exist for brokerage.</param>
    /// <returns>Every role's figures per node, group and graph.</returns>
    public static BrokerageResult Brokerage(this SignedGraph graph, NodeGroups groups, TieFilter ties = TieFilter.All) =>
        new GouldFernandezBrokerage(new BrokerageOptions { Groups = groups, Ties = ties }).Analyze(graph);

    /// <summary>Signed brokerage between hostile parties over positive ties (see <see cref="Brokerage.SignedBrokerage"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="groups">The group of every node.</param>
    /// <param name="permutations">Sign permutations of the null model (0: raw counts only).</param>
    /// <param name="seed">The permutations' seed.</param>
    /// <returns>Every role's figures per node, group and graph, with p-values.</returns>
    public static BrokerageResult SignedBrokerage(this SignedGraph graph, NodeGroups groups, int permutations = 1000, int seed = 0) =>
        new SignedBrokerage(new SignedBrokerageOptions { Groups = groups, Permutations = permutations, Seed = seed }).Analyze(graph);

    /// <summary>Burt's constraint (see <see cref="Brokerage.Constraint"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="ties">Which ties count.</param>
    /// <param name="strength">|w| or 1 per tie.</param>
    /// <returns>The scores.</returns>
    public static NodeScores Constraint(this SignedGraph graph, TieFilter ties = TieFilter.All, TieStrength strength = TieStrength.Absolute) =>
        new Constraint(new StructuralHolesOptions { Ties = ties, Strength = strength }).Compute(graph);

    /// <summary>Burt's effective size (see <see cref="Brokerage.EffectiveSize"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="ties">Which ties count.</param>
    /// <param name="strength">|w| or 1 per tie.</param>
    /// <returns>The scores.</returns>
    public static NodeScores EffectiveSize(this SignedGraph graph, TieFilter ties = TieFilter.All, TieStrength strength = TieStrength.Absolute) =>
        new EffectiveSize(new StructuralHolesOptions { Ties = ties, Strength = strength }).Compute(graph);

    /// <summary>Burt's hierarchy (see <see cref="Brokerage.Hierarchy"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="ties">Which ties count.</param>
    /// <param name="strength">|w| or 1 per tie.</param>
    /// <returns>The scores.</returns>
    public static NodeScores Hierarchy(this SignedGraph graph, TieFilter ties = TieFilter.All, TieStrength strength = TieStrength.Absolute) =>
        new Hierarchy(new StructuralHolesOptions { Ties = ties, Strength = strength }).Compute(graph);
}
