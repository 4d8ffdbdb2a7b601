using RelationsGraph.Graphs;

namespace RelationsGraph.Metrics;

/// <summary>
/// A convenient base for node metrics: it holds the name and options, checks the arguments and cancellation, and
/// wraps the scores in an immutable <see cref="NodeScores"/>; a score of ±∞ throws <see cref="ComputationOverflowException"/>. Implementing <see cref="INodeMetric"/> directly works
/// just as well.
/// </summary>
/// <typeparam name="TOptions">The metric's options record.</typeparam>
public abstract class NodeMetric<TOptions> : INodeMetric
    where TOptions : MetricOptions
{
    /// <summary>Creates the metric.</summary>
    /// <param name="name">The catalogue name.</param>
    /// <param name="options">The options.</param>
    protected NodeMetric(string name, TOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        Options = options;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The options the metric was constructed with.</summary>
    public TOptions Options { get; }

    MetricOptions IMetric.Options => Options;

    /// <inheritdoc/>
    public NodeScores Compute(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        cancellationToken.ThrowIfCancellationRequested();
        var notes = new List<string>();
        var values = Score(graph, progress, notes, cancellationToken);
        if (values.Length != graph.NodeCount)
        {
            throw new InvalidOperationException($"{GetType().Name} returned {values.Length} scores for {graph.NodeCount} nodes.");
        }

        for (var v = 0; v < values.Length; v++)
        {
            if (double.IsInfinity(values[v]))
            {
                throw new ComputationOverflowException(
                    $"{Name}: the score of '{graph.NodeIds[v]}' exceeds the double range ({values[v]}); rescale the weights (e.g. divide them all by their largest).");
            }
        }

        return new NodeScores(Name, Options, graph.NodeIds, values) { Notes = notes };
    }

    /// <summary>Computes one score per node of <paramref name="graph"/> (in node order), honouring <see cref="MetricOptions.Ties"/>.</summary>
    /// <param name="graph">The graph, not yet filtered: use <c>graph.View(Options.Ties)</c> for the ties the metric sees.</param>
    /// <param name="progress">Receives progress reports, if given.</param>
    /// <param name="notes">Collects lines for the result's <see cref="NodeScores.Notes"/>.</param>
    /// <param name="cancellationToken">Checked between units of work.</param>
    /// <returns>The scores.</returns>
    protected abstract double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken);
}
