using System.Collections;
using System.Diagnostics.CodeAnalysis;
using RelationsGraph.Graphs;

namespace RelationsGraph.Metrics;

/// <summary>
/// The immutable result of an <see cref="INodeMetric"/>: one score per node, by actor id, with the metric's name
/// and options. Undefined values (for example the constraint of an isolated node) are <see cref="double.NaN"/>.
/// </summary>
[SuppressMessage("Naming", "CA1710", Justification = "A result named for what it holds; it is also a read-only dictionary by id for convenience.")]
public sealed class NodeScores : IReadOnlyDictionary<string, double>
{
    private readonly string[] ids;
    private readonly double[] values;
    private Dictionary<string, int>? index;
    private RankedNode[]? ranking;

    /// <summary>Creates a result. The values are copied; so are the ids unless they are a graph's <see cref="SignedGraph.NodeIds"/>.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="options">The options it ran with.</param>
    /// <param name="ids">The node ids.</param>
    /// <param name="values">The scores, in the order of <paramref name="ids"/>.</param>
    /// <exception cref="ArgumentException">The lengths differ or an id repeats.</exception>
    public NodeScores(string metric, MetricOptions options, IReadOnlyList<string> ids, ReadOnlySpan<double> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(metric);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count != values.Length)
        {
            throw new ArgumentException($"{ids.Count} ids but {values.Length} values.", nameof(values));
        }

        Metric = metric;
        Options = options;
        this.ids = ids is SignedGraphIds shared ? shared.Array : [.. ids];
        this.values = values.ToArray();
        if (ids is not SignedGraphIds)
        {
            _ = Index(nameof(ids));
        }
    }

    /// <summary>Things the metric wants the reader to know about this result (an approximation's guarantee, an empty pair set), one line each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The metric's name.</summary>
    public string Metric { get; }

    /// <summary>The options the metric ran with.</summary>
    public MetricOptions Options { get; }

    /// <summary>The number of nodes.</summary>
    public int Count => ids.Length;

    /// <summary>The node ids, in graph order.</summary>
    public IEnumerable<string> Keys => ids;

    /// <summary>The scores, in graph order.</summary>
    public IEnumerable<double> Values => values;

    /// <summary>The node ids, in graph order.</summary>
    public IReadOnlyList<string> Ids => ids;

    /// <summary>The score of the node with this id.</summary>
    /// <param name="key">An actor id.</param>
    /// <exception cref="KeyNotFoundException">No node has this id.</exception>
    public double this[string key] => Index().TryGetValue(key, out var i) ? values[i] : throw new KeyNotFoundException($"No score for '{key}'.");

    /// <summary>The scores, in graph order, without copying.</summary>
    /// <returns>A read-only view of the scores.</returns>
    public ReadOnlySpan<double> AsSpan() => values;

    /// <summary>All nodes, best first: descending score, NaN last, ties broken by id (ordinal).</summary>
    /// <returns>The ranking.</returns>
    public IReadOnlyList<RankedNode> Ranking()
    {
        if (ranking is null)
        {
            var order = new int[ids.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) =>
            {
                var c = ScoreOrder.Compare(values[a], values[b]);
                return c != 0 ? c : string.CompareOrdinal(ids[a], ids[b]);
            });
            var ranked = new RankedNode[order.Length];
            for (var r = 0; r < order.Length; r++)
            {
                ranked[r] = new RankedNode(r + 1, ids[order[r]], values[order[r]]);
            }

            ranking = ranked;
        }

        return ranking;
    }

    /// <summary>The first <paramref name="k"/> of <see cref="Ranking"/> (all of them when fewer).</summary>
    /// <param name="k">How many; not negative.</param>
    /// <returns>The top nodes.</returns>
    public IReadOnlyList<RankedNode> Top(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var all = Ranking();
        return k >= all.Count ? all : all.Take(k).ToArray();
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Index().ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        var found = Index().TryGetValue(key, out var i);
        value = found ? values[i] : 0;
        return found;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < ids.Length; i++)
        {
            yield return new KeyValuePair<string, double>(ids[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The id → position map, built on first lookup (ids from a graph are known to be unique).</summary>
    private Dictionary<string, int> Index(string parameterName = "ids")
    {
        if (index is null)
        {
            var map = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
            for (var i = 0; i < ids.Length; i++)
            {
                if (!map.TryAdd(ids[i], i))
                {
                    throw new ArgumentException($"Duplicate id '{ids[i]}'.", parameterName);
                }
            }

            index = map;
        }

        return index;
    }
}
