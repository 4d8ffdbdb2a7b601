using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>Harmonic centrality: Σ 1/d over the other nodes (unreached nodes add 0).</summary>
/// <remarks>
/// Marchiori &amp; Latora (2000); Boldi &amp; Vigna (2014). Same engine and cost as <see cref="Closeness"/>. Matches
/// networkx <c>harmonic_centrality</c> (unnormalized, distances to the node when directed) and igraph
/// <c>harmonic_centrality(normalized=True)</c> (÷ (n − 1)) with <see cref="HarmonicOptions.Normalized"/>.
/// </remarks>
public sealed class Harmonic : NodeMetric<HarmonicOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "harmonic";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (unnormalized, hops, in-distances) when omitted.</param>
    public Harmonic(HarmonicOptions? options = null)
        : base(MetricName, options ?? new HarmonicOptions())
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var (_, _, inverse) = DistanceSums.Run(graph.View(Options.Ties), Options, Options.Mode, progress, cancellationToken);
        if (Options.Normalized && n > 1)
        {
            for (var v = 0; v < n; v++)
            {
                inverse[v] /= n - 1;
            }
        }

        return inverse;
    }
}
