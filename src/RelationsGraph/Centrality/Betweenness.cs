using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>
/// Vertex betweenness: c(v) = Σ σ_st(v)/σ_st over pairs s ≠ v ≠ t — ordered pairs when directed, unordered pairs when
/// undirected (igraph's and networkx's convention, unnormalized by default). Also subset betweenness (sources,
/// targets), adversary betweenness (pairs joined by a negative tie), cutoffs, endpoints, and a sampling approximation.
/// </summary>
/// <remarks>
/// <para>Algorithm: Brandes (2001), J. Math. Sociol. 25:163–177, breadth-first search for hops and Dijkstra for
/// lengths; subsets per Brandes (2008), Social Networks 30:136–145; approximation per Riondato &amp; Kornaropoulos
/// (2016), Data Min. Knowl. Disc. 30:438–475. Cost: O(nm) for hops, O(nm + n² log n) for lengths; memory O(n + m)
/// per worker.</para>
/// <para>Matches networkx <c>betweenness_centrality</c> (normalized, endpoints) and igraph <c>betweenness</c>
/// (cutoff, inclusive) to 1e-9 relative on the fixtures in <c>tests/RelationsGraph.Tests/fixtures/paths</c>. Paths of
/// equal length within a relative 1e-10 all count as shortest. Sources run in parallel on every core; results are
/// bit-identical whatever the core count. See <c>docs/metrics.md</c> for subset and adversary betweenness.</para>
/// </remarks>
public sealed class Betweenness : NodeMetric<BetweennessOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "betweenness";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (exact, all ties, hops, unnormalized) when omitted.</param>
    /// <exception cref="InvalidOptionsException">An approximation combined with subsets, adversaries, a cutoff or endpoints, or ε, δ out of range.</exception>
    public Betweenness(BetweennessOptions? options = null)
        : base(MetricName, options ?? new BetweennessOptions())
    {
        if (Options.Approximation is { } approximation)
        {
            approximation.Validate();
            if (Options.Sources is not null || Options.Targets is not null || Options.Adversaries || Options.Cutoff is not null || Options.Endpoints)
            {
                throw new InvalidOptionsException("The approximation estimates plain betweenness: it cannot be combined with sources, targets, adversaries, a cutoff or endpoints.", nameof(options));
            }
        }
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        if (Options.Approximation is { } approximation)
        {
            return ApproximateBetweenness.Run(graph, Options, approximation, notes, progress, cancellationToken);
        }

        var result = BetweennessEngine.Run(graph, Options, edges: false, progress, cancellationToken);
        foreach (var note in result.Notes)
        {
            notes.Add(note);
        }

        if (Options.Normalized)
        {
            Scale(result.Nodes, BetweennessEngine.VertexScale(graph.NodeCount, graph.IsDirected, Options.Endpoints));
        }

        return result.Nodes;
    }

    internal static void Scale(double[] values, double factor)
    {
        if (factor == 1)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }
}
