using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Brokerage;

/// <summary>
/// Gould–Fernandez brokerage (Gould &amp; Fernandez 1989): node v brokers the ordered pair (a, b) when a → v → b,
/// a ≠ b and there is no tie a → b; the groups of a, v and b give the role. Per node and role: the raw count, its
/// expectation and standard deviation under the model conditional on group sizes and density, and the z-score; per
/// group and for the graph as well — identical to R sna's <c>brokerage(g, cl)</c>. Undirected graphs count each tie
/// as two arcs (a reciprocal pair), as sna does with a symmetric matrix. Cost O(m + two-paths), parallel over sources.
/// </summary>
public sealed class GouldFernandezBrokerage : BrokerageMetric<BrokerageOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "brokerage";

    private const int Roles = 6;

    /// <summary>Creates the metric.</summary>
    /// <param name="options">The options; <see cref="BrokerageOptions.Groups"/> is required when computing.</param>
    public GouldFernandezBrokerage(BrokerageOptions options)
        : base(MetricName, options)
    {
    }

    /// <inheritdoc/>
    /// <exception cref="MissingGroupException">A node has no group.</exception>
    public override BrokerageResult Analyze(SignedGraph graph, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var group = Options.RequireGroups().Resolve(graph, out var labels);
        var view = graph.View(Options.Ties);
        var n = graph.NodeCount;
        var g = labels.Length;
        var counts = Expand(BrokerageCounter.GouldFernandez(view, group, Options.Workers(), cancellationToken), group, g);
        var sizes = Sizes(group, g);
        var sizesAsDouble = Array.ConvertAll(sizes, s => (double)s);
        double arcs = view.OutTargets.Length;
        var groupExpected = new double[g * Roles];
        var groupVariance = new double[g * Roles];
        GouldFernandezModel.Groups(sizesAsDouble, arcs, groupExpected, groupVariance);
        var graphExpected = new double[Roles];
        var graphVariance = new double[Roles];
        GouldFernandezModel.Graph(sizesAsDouble, arcs, graphExpected, graphVariance);

        var memberSd = Array.ConvertAll(groupVariance, Math.Sqrt);
        var graphSd = Array.ConvertAll(graphVariance, Math.Sqrt);
        var figures = new BrokerageFigures.Analytic(counts, group, sizes, groupExpected, memberSd, graphExpected, graphSd);
        var undefinedZ = 0;
        for (var v = 0; v < n; v++)
        {
            for (var r = 0; r < Roles; r++)
            {
                undefinedZ += memberSd[(group[v] * Roles) + r] > 0 ? 0 : 1;
            }
        }

        var negative = Enumerable.Range(0, Roles).Where(r => graphVariance[r] < 0).Select(RoleName).ToList();
        var notes = new List<string>();
        if (!graph.IsDirected)
        {
            notes.Add("brokerage: undirected graph, each tie counted as two arcs (a reciprocal pair), as R sna does with a symmetric matrix");
        }

        if (undefinedZ > 0)
        {
            notes.Add($"brokerage: {undefinedZ} node z-score(s) undefined (sd 0: the role cannot occur with these group sizes or this density)");
        }

        if (negative.Count > 0)
        {
            notes.Add($"brokerage: the model's graph-level variance is negative for {string.Join(", ", negative)} at density {arcs / ((double)n * (n - 1)):0.###} (as in R sna): sd and z undefined");
        }

        progress?.Report(new MetricProgress(n, n));
        return new BrokerageResult(Name, Options, graph, labels, figures, notes);
    }

    private static string RoleName(int role) => ((BrokerageRole)role).ToString().ToLowerInvariant();
}
