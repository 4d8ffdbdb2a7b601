namespace RelationsGraph.Metrics;

/// <summary>
/// The immutable result of an <see cref="IEdgeMetric"/>: one score per edge, with the metric's name and options.
/// </summary>
public sealed class EdgeScores
{
    private readonly EdgeScore[] edges;
    private readonly Dictionary<(string, string), int> index;
    private RankedEdge[]? ranking;

    /// <summary>Creates a result. The edges are copied.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="options">The options it ran with.</param>
    /// <param name="isDirected">Whether the edges are directed (else a lookup accepts either order).</param>
    /// <param name="edges">The scored edges.</param>
    /// <exception cref="ArgumentException">An edge repeats.</exception>
    public EdgeScores(string metric, MetricOptions options, bool isDirected, IEnumerable<EdgeScore> edges)
    {
        ArgumentException.ThrowIfNullOrEmpty(metric);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(edges);
        Metric = metric;
        Options = options;
        IsDirected = isDirected;
        this.edges = [.. edges];
        index = new Dictionary<(string, string), int>(this.edges.Length);
        for (var i = 0; i < this.edges.Length; i++)
        {
            if (!index.TryAdd(Key(this.edges[i].Source, this.edges[i].Target), i))
            {
                throw new ArgumentException($"Duplicate edge {this.edges[i].Source}-{this.edges[i].Target}.", nameof(edges));
            }
        }
    }

    /// <summary>Things the metric wants the reader to know about this result (an approximation's guarantee, an empty pair set), one line each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The metric's name.</summary>
    public string Metric { get; }

    /// <summary>The options the metric ran with.</summary>
    public MetricOptions Options { get; }

    /// <summary>Whether the edges are directed.</summary>
    public bool IsDirected { get; }

    /// <summary>The scored edges, in graph edge order.</summary>
    public IReadOnlyList<EdgeScore> Edges => edges;

    /// <summary>The number of edges.</summary>
    public int Count => edges.Length;

    /// <summary>The score of the edge between two actors (either order, if undirected).</summary>
    /// <param name="source">The source id.</param>
    /// <param name="target">The target id.</param>
    /// <exception cref="KeyNotFoundException">No such edge.</exception>
    public double this[string source, string target] =>
        index.TryGetValue(Key(source, target), out var i) ? edges[i].Value : throw new KeyNotFoundException($"No score for the edge {source}-{target}.");

    /// <summary>All edges, best first: descending score, NaN last, ties broken by (source, target) ids (ordinal).</summary>
    /// <returns>The ranking.</returns>
    public IReadOnlyList<RankedEdge> Ranking()
    {
        if (ranking is null)
        {
            var order = edges.ToArray();
            Array.Sort(order, (a, b) =>
            {
                var c = ScoreOrder.Compare(a.Value, b.Value);
                if (c == 0)
                {
                    c = string.CompareOrdinal(a.Source, b.Source);
                }

                return c != 0 ? c : string.CompareOrdinal(a.Target, b.Target);
            });
            ranking = order.Select((e, r) => new RankedEdge(r + 1, e.Source, e.Target, e.Value)).ToArray();
        }

        return ranking;
    }

    /// <summary>The first <paramref name="k"/> of <see cref="Ranking"/> (all of them when fewer).</summary>
    /// <param name="k">How many; not negative.</param>
    /// <returns>The top edges.</returns>
    public IReadOnlyList<RankedEdge> Top(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var all = Ranking();
        return k >= all.Count ? all : all.Take(k).ToArray();
    }

    private (string, string) Key(string source, string target) =>
        IsDirected || string.CompareOrdinal(source, target) <= 0 ? (source, target) : (target, source);
}
