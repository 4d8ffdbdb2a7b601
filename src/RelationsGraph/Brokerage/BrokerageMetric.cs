using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>
/// The base of the brokerage metrics: <see cref="INodeMetric.Compute"/> reports the role and figure that the options
/// name, taken from <see cref="Analyze"/>.
/// </summary>
/// <typeparam name="TOptions">The options type.</typeparam>
public abstract class BrokerageMetric<TOptions> : NodeMetric<TOptions>, IBrokerageMetric
    where TOptions : BrokerageOptions
{
    private const int Roles = 6;

    private protected BrokerageMetric(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    public abstract BrokerageResult Analyze(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    protected sealed override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var result = Analyze(graph, progress, cancellationToken);
        foreach (var note in result.Notes)
        {
            notes.Add(note);
        }

        var values = new double[graph.NodeCount];
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = result.Node(v, Options.Role).Get(Options.Statistic);
        }

        return values;
    }

    /// <summary>Sums n × 5 role counts into n × 6 (with the total), and the group and graph sums after them: (n + g + 1) × 6.</summary>
    private protected static long[] Expand(long[] counts, int[] group, int groups)
    {
        var n = group.Length;
        var all = new long[(n + groups + 1) * Roles];
        Expand(counts, group, groups, all);
        return all;
    }

    private protected static void Expand(long[] counts, int[] group, int groups, long[] into)
    {
        var n = group.Length;
        Array.Clear(into);
        var graphRow = (n + groups) * Roles;
        for (var v = 0; v < n; v++)
        {
            var groupRow = (n + group[v]) * Roles;
            long total = 0;
            for (var r = 0; r < BrokerageCounter.Roles; r++)
            {
                var c = counts[(v * BrokerageCounter.Roles) + r];
                into[(v * Roles) + r] = c;
                into[groupRow + r] += c;
                into[graphRow + r] += c;
                total += c;
            }

            into[(v * Roles) + 5] = total;
            into[groupRow + 5] += total;
            into[graphRow + 5] += total;
        }
    }

    private protected static int[] Sizes(int[] group, int groups)
    {
        var sizes = new int[groups];
        foreach (var g in group)
        {
            sizes[g]++;
        }

        return sizes;
    }
}
