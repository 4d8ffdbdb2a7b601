using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>Signed degree: the number of ties of each node among those <see cref="MetricOptions.Ties"/> selects.</summary>
/// <remarks>
/// Directed graphs count out-, in- or all ties by <see cref="DegreeOptions.Mode"/>; <see cref="NeighborMode.All"/> is
/// in + out, as networkx's <c>DiGraph.degree</c> and igraph's <c>degree(mode="all")</c>. A mutual pair a⇄b therefore
/// counts twice for each endpoint. O(n).
/// </remarks>
public sealed class Degree : NodeMetric<DegreeOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "degree";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, in + out) when omitted.</param>
    public Degree(DegreeOptions? options = null)
        : base(MetricName, options ?? new DegreeOptions())
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var view = graph.View(Options.Ties);
        var values = new double[view.NodeCount];
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = (view.IsDirected ? Options.Mode : NeighborMode.Out) switch
            {
                NeighborMode.Out => view.OutDegree(v),
                NeighborMode.In => view.InDegree(v),
                _ => view.OutDegree(v) + view.InDegree(v),
            };
        }

        progress?.Report(new MetricProgress(values.Length, values.Length));
        return values;
    }
}
