using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>Closeness centrality: how near a node is to the nodes it reaches, by networkx's or igraph's convention.</summary>
/// <remarks>
/// One shortest-path search per node (breadth-first for hops, Dijkstra for lengths): O(nm) / O(nm + n² log n), in
/// parallel, each node's value computed independently (deterministic). Matches networkx <c>closeness_centrality</c>
/// (wf_improved, default) and igraph <c>closeness(normalized=True)</c>; see <see cref="ClosenessConvention"/>. A
/// cutoff treats farther nodes as unreached (igraph's <c>cutoff</c>).
/// </remarks>
public sealed class Closeness : NodeMetric<ClosenessOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "closeness";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (networkx convention, hops, in-distances) when omitted.</param>
    public Closeness(ClosenessOptions? options = null)
        : base(MetricName, options ?? new ClosenessOptions())
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var (reached, sum, _) = DistanceSums.Run(graph.View(Options.Ties), Options, Options.Mode, progress, cancellationToken);
        var values = new double[n];
        for (var v = 0; v < n; v++)
        {
            double r = reached[v] - 1;
            values[v] = Options.Convention switch
            {
                ClosenessConvention.IGraph => r > 0 ? r / sum[v] : double.NaN,
                _ => r > 0 && sum[v] > 0 && n > 1 ? r / sum[v] * (r / (n - 1)) : 0,
            };
        }

        return values;
    }
}
