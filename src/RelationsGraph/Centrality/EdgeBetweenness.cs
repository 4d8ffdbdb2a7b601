using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>
/// Edge betweenness: for each tie, Σ σ_st(e)/σ_st over pairs (ordered when directed, unordered when undirected),
/// with the same sources, targets, adversary pairs, lengths and cutoff as <see cref="Betweenness"/>.
/// </summary>
/// <remarks>Brandes (2001, 2008); O(nm) for hops. Matches networkx <c>edge_betweenness_centrality</c> (normalized:
/// 1/(n(n−1)), ×2 undirected) and igraph <c>edge_betweenness</c> (cutoff). Endpoints and the approximation do not
/// apply to edges. Scores are reported for the ties of the filtered graph (<see cref="MetricOptions.Ties"/>).</remarks>
public sealed class EdgeBetweenness : IEdgeMetric
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "edge-betweenness";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults when omitted.</param>
    /// <exception cref="InvalidOptionsException">Endpoints or an approximation were asked for.</exception>
    public EdgeBetweenness(BetweennessOptions? options = null)
    {
        Options = options ?? new BetweennessOptions();
        if (Options.Endpoints || Options.Approximation is not null)
        {
            throw new InvalidOptionsException("Edge betweenness has no endpoints option and no approximation.", nameof(options));
        }
    }

    /// <inheritdoc/>
    public string Name => MetricName;

    /// <summary>The options the metric was constructed with.</summary>
    public BetweennessOptions Options { get; }

    MetricOptions IMetric.Options => Options;

    /// <inheritdoc/>
    public EdgeScores Compute(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        cancellationToken.ThrowIfCancellationRequested();
        var result = BetweennessEngine.Run(graph, Options, edges: true, progress, cancellationToken);
        var view = graph.View(Options.Ties);
        var slots = result.Slots!;
        var scale = Options.Normalized ? BetweennessEngine.EdgeScale(graph.NodeCount, graph.IsDirected) : 1;
        var offsets = result.Adjacency.Offsets;
        var targets = result.Adjacency.Targets;
        var scores = new List<EdgeScore>(view.EdgeCount);
        for (var u = 0; u < view.NodeCount; u++)
        {
            for (var k = offsets[u]; k < offsets[u + 1]; k++)
            {
                var v = targets[k];
                if (view.IsDirected)
                {
                    scores.Add(new EdgeScore(view.IdOf(u), view.IdOf(v), slots[k] * scale));
                }
                else if (u < v)
                {
                    var back = offsets[v] + targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v]).BinarySearch(u);
                    scores.Add(new EdgeScore(view.IdOf(u), view.IdOf(v), (slots[k] + slots[back]) * scale));
                }
            }
        }

        return new EdgeScores(Name, Options, view.IsDirected, scores) { Notes = result.Notes };
    }
}
