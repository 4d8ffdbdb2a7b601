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
    /// <param name="permutations">Sign permutations of the null model (0: raw counts only); null: <see cref="SignedBrokerageOptions.Permutations"/>'s default.</param>
    /// <param name="seed">The permutations' seed.</param>
    /// <returns>Every role's figures per node, group and graph, with p-values.</returns>
    public static BrokerageResult SignedBrokerage(this SignedGraph graph, NodeGroups groups, int? permutations = null, int seed = 0)
    {
        var options = new SignedBrokerageOptions { Groups = groups, Seed = seed };
        return new SignedBrokerage(permutations is { } p ? options with { Permutations = p } : options).Analyze(graph);
    }

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

    /// <summary>Gould–Fernandez brokerage roles (<see cref="GouldFernandezBrokerage"/>).</summary>
    /// <param name="graph">A directed or undirected graph.</param>
    /// <param name="groups">The group of every node.</param>
    /// <param name="options">The other options (their <see cref="BrokerageOptions.Groups"/> is replaced by <paramref name="groups"/>).</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>Raw counts, expectations and z-scores per node and role, with the options.</returns>
    public static BrokerageResult Brokerage(this SignedGraph graph, NodeGroups groups, BrokerageOptions options, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new GouldFernandezBrokerage(options with { Groups = groups }).Analyze(graph, progress, cancellationToken);
    }

    /// <summary>Signed brokerage with its sign-permutation null model (<see cref="Brokerage.SignedBrokerage"/>).</summary>
    /// <param name="graph">A directed or undirected graph.</param>
    /// <param name="groups">The group of every node.</param>
    /// <param name="options">The other options (their <see cref="BrokerageOptions.Groups"/> is replaced by <paramref name="groups"/>).</param>
    /// <param name="progress">Told the permutations done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>Raw counts and p-values per node and role, with the options.</returns>
    public static BrokerageResult SignedBrokerage(this SignedGraph graph, NodeGroups groups, SignedBrokerageOptions options, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SignedBrokerage(options with { Groups = groups }).Analyze(graph, progress, cancellationToken);
    }

    /// <summary>Burt's constraint (<see cref="Brokerage.Constraint"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options.</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores Constraint(this SignedGraph graph, StructuralHolesOptions options, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new Constraint(options).Compute(graph, progress, cancellationToken);

    /// <summary>Burt's effective size (<see cref="Brokerage.EffectiveSize"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options.</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores EffectiveSize(this SignedGraph graph, StructuralHolesOptions options, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new EffectiveSize(options).Compute(graph, progress, cancellationToken);

    /// <summary>Burt's efficiency, effective size over contacts (<see cref="Brokerage.Efficiency"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options (default: all ties, |w|).</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores Efficiency(this SignedGraph graph, StructuralHolesOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new Efficiency(options).Compute(graph, progress, cancellationToken);

    /// <summary>Burt's hierarchy (<see cref="Brokerage.Hierarchy"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options.</param>
    /// <param name="progress">Told the nodes done.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>One score per node, with the options.</returns>
    public static NodeScores Hierarchy(this SignedGraph graph, StructuralHolesOptions options, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new Hierarchy(options).Compute(graph, progress, cancellationToken);
}
