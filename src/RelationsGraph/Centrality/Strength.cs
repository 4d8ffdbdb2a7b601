using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Centrality;

/// <summary>Signed strength: the sum of |w| over each node's ties among those <see cref="MetricOptions.Ties"/> selects.</summary>
/// <remarks>
/// Weights are strengths and signs are polarity, so a hostile tie adds its magnitude like a friendly one; choose
/// <see cref="TieFilter.Positive"/> or <see cref="TieFilter.Negative"/> to separate them. igraph's <c>strength</c>
/// sums signed weights instead; on positive weights the two agree. With <see cref="TieStrength.Unit"/> every tie
/// counts 1 (the degree). Directed graphs use <see cref="StrengthOptions.Mode"/> as <see cref="Degree"/> does. O(n + m).
/// </remarks>
public sealed class Strength : NodeMetric<StrengthOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "strength";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Options; defaults (all ties, in + out, |w|) when omitted.</param>
    public Strength(StrengthOptions? options = null)
        : base(MetricName, options ?? new StrengthOptions())
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var view = graph.View(Options.Ties);
        var unit = Options.Strength == TieStrength.Unit;
        var mode = view.IsDirected ? Options.Mode : NeighborMode.Out;
        var values = new double[view.NodeCount];
        for (var v = 0; v < values.Length; v++)
        {
            double sum = 0;
            if (mode is NeighborMode.Out or NeighborMode.All)
            {
                sum += Sum(view.OutWeightsOf(v), unit);
            }

            if (mode is NeighborMode.In or NeighborMode.All)
            {
                sum += Sum(view.InWeightsOf(v), unit);
            }

            values[v] = sum;
        }

        progress?.Report(new MetricProgress(values.Length, values.Length));
        return values;
    }

    private static double Sum(ReadOnlySpan<double> weights, bool unit)
    {
        if (unit)
        {
            return weights.Length;
        }

        double sum = 0;
        foreach (var w in weights)
        {
            sum += Math.Abs(w);
        }

        return sum;
    }
}
