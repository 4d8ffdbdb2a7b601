using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>
/// Each node's share of the frustration index: half the cost of every frustrated tie it is on, under the partition
/// <see cref="Frustration"/> finds (the shares sum to the index). Shows which actors carry the strain when a system
/// does not split cleanly into two camps. Undirected graphs.
/// </summary>
public sealed class FrustrationContribution : NodeMetric<FrustrationOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "frustration";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">Frustration options (ties must stay all).</param>
    public FrustrationContribution(FrustrationOptions? options = null)
        : base(MetricName, Validate(options ?? new FrustrationOptions()))
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var result = Frustration.Compute(graph, Options, cancellationToken);
        foreach (var note in result.Notes)
        {
            notes.Add(note);
        }

        notes.Add($"{MetricName}: index {result.Index} ({(result.IsExact ? "exact" : "upper bound")})");
        progress?.Report(new MetricProgress(graph.NodeCount, graph.NodeCount));
        return result.PerNode.AsSpan().ToArray();
    }

    private static FrustrationOptions Validate(FrustrationOptions options) =>
        options.Ties == TieFilter.All ? options : throw new InvalidOptionsException("The frustration index reads positive and negative ties together; it sees all ties (Ties must be All).", nameof(options));
}
