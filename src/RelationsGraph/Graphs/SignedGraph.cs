using System.Runtime.InteropServices;

namespace RelationsGraph.Graphs;

/// <summary>
/// An immutable simple signed graph in compressed sparse row (CSR) form: the analysis graph every metric runs on.
/// </summary>
/// <remarks>
/// <para>Nodes are 0..<see cref="NodeCount"/>−1, each with an actor id. Each row of the adjacency lists the
/// neighbours in increasing index order with their signed weights. An undirected graph stores each edge in both
/// endpoints' rows (out = in); a directed graph stores an out- and an in-adjacency. No self-loops, no parallel
/// edges; weights are finite and may be zero (a tie of no polarity).</para>
/// <para>Memory: offsets (4 bytes per node) plus 12 bytes per adjacency slot: 24 bytes per edge, directed or
/// undirected. Tie views (<see cref="Positive"/>, <see cref="Negative"/>) are built on first use and cached.</para>
/// <para>Create one from a <see cref="Model.RelationsNetwork"/> with <see cref="GraphProjection"/>, or directly with
/// <see cref="Create(IEnumerable{string}, IEnumerable{SignedEdge}, bool, EdgeAggregation)"/>.</para>
/// </remarks>
public sealed class SignedGraph
{
    private readonly string[] ids;
    private readonly SignedGraphIds idList;
    private readonly Dictionary<string, int> index;
    private readonly Lazy<SignedGraph> positive;
    private readonly Lazy<SignedGraph> negative;

    private SignedGraph(string[] ids, Dictionary<string, int> index, bool isDirected, int[] outOffsets, int[] outTargets, double[] outWeights, int[] inOffsets, int[] inSources, double[] inWeights)
    {
        this.ids = ids;
        idList = new SignedGraphIds(ids);
        this.index = index;
        IsDirected = isDirected;
        OutOffsets = outOffsets;
        OutTargets = outTargets;
        OutWeights = outWeights;
        InOffsets = inOffsets;
        InSources = inSources;
        InWeights = inWeights;
        EdgeCount = isDirected ? outTargets.Length : outTargets.Length / 2;
        var slotsPerEdge = isDirected ? 1 : 2;
        int pos = 0, neg = 0;
        foreach (var w in outWeights)
        {
            if (w > 0)
            {
                pos++;
            }
            else if (w < 0)
            {
                neg++;
            }
        }

        PositiveEdgeCount = pos / slotsPerEdge;
        NegativeEdgeCount = neg / slotsPerEdge;
        positive = new Lazy<SignedGraph>(() => Filter(TieFilter.Positive));
        negative = new Lazy<SignedGraph>(() => Filter(TieFilter.Negative));
    }

    /// <summary>Whether the graph is directed.</summary>
    public bool IsDirected { get; }

    /// <summary>The number of nodes (isolated nodes included).</summary>
    public int NodeCount => ids.Length;

    /// <summary>The number of edges (an undirected edge counts once).</summary>
    public int EdgeCount { get; }

    /// <summary>The number of edges with a weight above zero.</summary>
    public int PositiveEdgeCount { get; }

    /// <summary>The number of edges with a weight below zero.</summary>
    public int NegativeEdgeCount { get; }

    /// <summary>The actor ids, by node index.</summary>
    public IReadOnlyList<string> NodeIds => idList;

    /// <summary>The same nodes with only the positive ties (cached).</summary>
    public SignedGraph Positive => NegativeEdgeCount == 0 && PositiveEdgeCount == EdgeCount ? this : positive.Value;

    /// <summary>The same nodes with only the negative ties, weights still negative (cached).</summary>
    public SignedGraph Negative => PositiveEdgeCount == 0 && NegativeEdgeCount == EdgeCount ? this : negative.Value;

    internal string[] IdArray => ids;

    internal Dictionary<string, int> IdIndex => index;

    internal int[] OutOffsets { get; }

    internal int[] OutTargets { get; }

    internal double[] OutWeights { get; }

    internal int[] InOffsets { get; }

    internal int[] InSources { get; }

    internal double[] InWeights { get; }

    /// <summary>Creates a graph from node ids and edges given by id. Parallel edges aggregate by <paramref name="aggregation"/>.</summary>
    /// <param name="nodeIds">Every node, isolated ones included; the order gives the node indices.</param>
    /// <param name="edges">The edges; endpoints must be in <paramref name="nodeIds"/>.</param>
    /// <param name="isDirected">Whether the graph is directed.</param>
    /// <param name="aggregation">How parallel edges combine (sum by default).</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">A duplicate or invalid node id, an unknown endpoint, a self-loop, a non-finite weight, or parallel weights that aggregate past <see cref="double.MaxValue"/>.</exception>
    public static SignedGraph Create(IEnumerable<string> nodeIds, IEnumerable<SignedEdge> edges, bool isDirected, EdgeAggregation aggregation = EdgeAggregation.Sum)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(edges);
        var idArray = nodeIds.ToArray();
        var map = BuildIndex(idArray, nameof(nodeIds));
        var src = new List<int>();
        var dst = new List<int>();
        var w = new List<double>();
        foreach (var e in edges)
        {
            var s = map.TryGetValue(e.Source ?? string.Empty, out var si) ? si : throw new ArgumentException($"Edge endpoint '{e.Source}' is not a node.", nameof(edges));
            var t = map.TryGetValue(e.Target ?? string.Empty, out var ti) ? ti : throw new ArgumentException($"Edge endpoint '{e.Target}' is not a node.", nameof(edges));
            if (s == t)
            {
                throw new ArgumentException($"Self-loop on '{e.Source}': a signed graph is simple.", nameof(edges));
            }

            if (!double.IsFinite(e.Weight))
            {
                throw new ArgumentException($"Edge {e.Source}-{e.Target} has a non-finite weight {e.Weight}.", nameof(edges));
            }

            src.Add(s);
            dst.Add(t);
            w.Add(e.Weight);
        }

        return FromArcs(idArray, map, isDirected, [.. src], [.. dst], [.. w], aggregation, out _);
    }

    /// <summary>
    /// Creates a graph from node ids and edges given by node index — the route for large generated or streamed edge lists
    /// (no id lookup per edge; the CSR costs 24 bytes per edge; building it needs about 3 times that at its peak).
    /// </summary>
    /// <param name="nodeIds">Every node; the order gives the node indices.</param>
    /// <param name="sources">Each edge's source index.</param>
    /// <param name="targets">Each edge's target index.</param>
    /// <param name="weights">Each edge's signed weight.</param>
    /// <param name="isDirected">Whether the graph is directed.</param>
    /// <param name="aggregation">How parallel edges combine (sum by default).</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">Spans of different lengths, a duplicate or invalid node id, an index out of range, a self-loop, a non-finite weight.</exception>
    public static SignedGraph Create(IReadOnlyList<string> nodeIds, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, bool isDirected, EdgeAggregation aggregation = EdgeAggregation.Sum)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        if (sources.Length != targets.Length || sources.Length != weights.Length)
        {
            throw new ArgumentException($"{sources.Length} sources, {targets.Length} targets and {weights.Length} weights: one of each per edge.", nameof(weights));
        }

        var idArray = nodeIds.ToArray();
        var map = BuildIndex(idArray, nameof(nodeIds));
        var n = idArray.Length;
        for (var e = 0; e < sources.Length; e++)
        {
            var (s, t, w) = (sources[e], targets[e], weights[e]);
            if ((uint)s >= (uint)n || (uint)t >= (uint)n)
            {
                throw new ArgumentException($"Edge {e} joins {s} and {t}; node indices run from 0 to {n - 1}.", nameof(sources));
            }

            if (s == t)
            {
                throw new ArgumentException($"Edge {e} is a self-loop on '{idArray[s]}': a signed graph is simple.", nameof(sources));
            }

            if (!double.IsFinite(w))
            {
                throw new ArgumentException($"Edge {e} has a non-finite weight {w}.", nameof(weights));
            }
        }

        return FromArcs(idArray, map, isDirected, sources.ToArray(), targets.ToArray(), weights.ToArray(), aggregation, out _);
    }

    /// <summary>The index of the node with this actor id.</summary>
    /// <param name="id">An actor id.</param>
    /// <returns>The node index.</returns>
    /// <exception cref="KeyNotFoundException">No node has this id.</exception>
    public int IndexOf(string id) => index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No node has the id '{id}'.");

    /// <summary>Looks a node index up by actor id.</summary>
    /// <param name="id">An actor id.</param>
    /// <param name="node">The node index, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetIndex(string id, out int node) => index.TryGetValue(id, out node);

    /// <summary>The actor id of a node.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>Its id.</returns>
    public string IdOf(int node) => ids[node];

    /// <summary>The out-neighbours of a node (all neighbours, in an undirected graph), in increasing index order.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The neighbour indices.</returns>
    public ReadOnlySpan<int> OutNeighbors(int node) => OutTargets.AsSpan(OutOffsets[node], OutOffsets[node + 1] - OutOffsets[node]);

    /// <summary>The weights of the ties to <see cref="OutNeighbors(int)"/>, in the same order.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The signed weights.</returns>
    public ReadOnlySpan<double> OutWeightsOf(int node) => OutWeights.AsSpan(OutOffsets[node], OutOffsets[node + 1] - OutOffsets[node]);

    /// <summary>The in-neighbours of a node (all neighbours, in an undirected graph), in increasing index order.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The neighbour indices.</returns>
    public ReadOnlySpan<int> InNeighbors(int node) => InSources.AsSpan(InOffsets[node], InOffsets[node + 1] - InOffsets[node]);

    /// <summary>The weights of the ties from <see cref="InNeighbors(int)"/>, in the same order.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The signed weights.</returns>
    public ReadOnlySpan<double> InWeightsOf(int node) => InWeights.AsSpan(InOffsets[node], InOffsets[node + 1] - InOffsets[node]);

    /// <summary>The number of out-going ties (all ties, in an undirected graph).</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The out-degree.</returns>
    public int OutDegree(int node) => OutOffsets[node + 1] - OutOffsets[node];

    /// <summary>The number of in-coming ties (all ties, in an undirected graph).</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The in-degree.</returns>
    public int InDegree(int node) => InOffsets[node + 1] - InOffsets[node];

    /// <summary>Looks up the weight of the edge from <paramref name="source"/> to <paramref name="target"/> (either way, if undirected). O(log degree).</summary>
    /// <param name="source">The source node index.</param>
    /// <param name="target">The target node index.</param>
    /// <param name="weight">The signed weight, when the edge exists.</param>
    /// <returns><see langword="true"/> when the edge exists.</returns>
    public bool TryGetWeight(int source, int target, out double weight)
    {
        var start = OutOffsets[source];
        var found = OutTargets.AsSpan(start, OutOffsets[source + 1] - start).BinarySearch(target);
        weight = found >= 0 ? OutWeights[start + found] : 0;
        return found >= 0;
    }

    /// <summary>Whether an edge joins <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="source">The source node index.</param>
    /// <param name="target">The target node index.</param>
    /// <returns><see langword="true"/> when the edge exists.</returns>
    public bool HasEdge(int source, int target) => TryGetWeight(source, target, out _);

    /// <summary>Every edge once, ordered by (source, target) index; in an undirected graph source &lt; target.</summary>
    /// <returns>The edges.</returns>
    public IEnumerable<GraphEdge> Edges()
    {
        for (var u = 0; u < NodeCount; u++)
        {
            for (var k = OutOffsets[u]; k < OutOffsets[u + 1]; k++)
            {
                var v = OutTargets[k];
                if (IsDirected || u < v)
                {
                    yield return new GraphEdge(u, v, OutWeights[k]);
                }
            }
        }
    }

    /// <summary>Every edge once, by actor id, in the order of <see cref="Edges"/>.</summary>
    /// <returns>The edges.</returns>
    public IEnumerable<SignedEdge> EdgesById() => Edges().Select(e => new SignedEdge(ids[e.Source], ids[e.Target], e.Weight));

    /// <summary>The view of this graph with the ties that <paramref name="ties"/> selects (this graph for <see cref="TieFilter.All"/>).</summary>
    /// <param name="ties">Which ties to keep.</param>
    /// <returns>A graph with the same nodes.</returns>
    public SignedGraph View(TieFilter ties) => ties switch
    {
        TieFilter.All => this,
        TieFilter.Positive => Positive,
        TieFilter.Negative => Negative,
        _ => throw new ArgumentOutOfRangeException(nameof(ties), ties, "Unknown tie filter."),
    };

    internal static Dictionary<string, int> BuildIndex(string[] ids, string parameterName = "ids")
    {
        var map = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (Model.Ids.Problem(ids[i]) is { } problem)
            {
                throw new ArgumentException($"Invalid node id: {problem}.", parameterName);
            }

            if (!map.TryAdd(ids[i], i))
            {
                throw new ArgumentException($"Duplicate node id '{ids[i]}'.", parameterName);
            }
        }

        return map;
    }

    /// <summary>
    /// Builds a graph from arcs (source, target, weight) by index. Undirected arcs are canonicalised to
    /// (min, max). Parallel arcs aggregate in input order, so results do not depend on sorting.
    /// O(n + m): two stable counting-sort passes.
    /// </summary>
    internal static SignedGraph FromArcs(string[] ids, Dictionary<string, int> index, bool directed, int[] src, int[] dst, double[] weights, EdgeAggregation aggregation, out int merged)
    {
        var n = ids.Length;
        var m = src.Length;
        if (!directed)
        {
            for (var e = 0; e < m; e++)
            {
                if (src[e] > dst[e])
                {
                    (src[e], dst[e]) = (dst[e], src[e]);
                }
            }
        }

        // Stable LSD radix sort of arc indices by (src, dst): first by dst, then by src.
        var byDst = CountingOrder(dst, n, null, m);
        var order = CountingOrder(src, n, byDst, m);

        // Arrays rather than lists: the loop below and FromCanonicalEdges index them directly, which ReadyToRun code
        // (the published tool) can inline, whereas a list's indexer lies outside its version bubble.
        var us = byDst; // free once order is known
        var vs = new int[m];
        var ws = new double[m];
        var edges = 0;
        merged = 0;
        for (var i = 0; i < m;)
        {
            var first = order[i];
            var (u, v) = (src[first], dst[first]);
            var j = i + 1;
            while (j < m && src[order[j]] == u && dst[order[j]] == v)
            {
                j++;
            }

            double acc;
            if (aggregation == EdgeAggregation.Mean)
            {
                double count = j - i;
                acc = 0;
                for (var k = i; k < j; k++)
                {
                    acc += weights[order[k]];
                }

                acc /= count;
                if (!double.IsFinite(acc))
                {
                    // The sum overflowed: scale before adding, so the mean of finite weights stays finite.
                    acc = 0;
                    for (var k = i; k < j; k++)
                    {
                        acc += weights[order[k]] / count;
                    }
                }
            }
            else if (aggregation == EdgeAggregation.HostilityDominates)
            {
                double positive = 0, negative = 0;
                var hostile = false;
                for (var k = i; k < j; k++)
                {
                    var w = weights[order[k]];
                    if (w < 0)
                    {
                        negative += w;
                        hostile = true;
                    }
                    else
                    {
                        positive += w;
                    }
                }

                acc = hostile ? negative : positive;
            }
            else
            {
                acc = weights[first];
                for (var k = i + 1; k < j; k++)
                {
                    var w = weights[order[k]];
                    acc = aggregation switch
                    {
                        EdgeAggregation.Sum => acc + w,
                        EdgeAggregation.Min => Math.Min(acc, w),
                        EdgeAggregation.Max => Math.Max(acc, w),
                        _ => throw new ArgumentOutOfRangeException(nameof(aggregation)),
                    };
                }
            }

            if (!double.IsFinite(acc))
            {
                throw new ArgumentException($"The parallel edges between '{ids[u]}' and '{ids[v]}' aggregate ({aggregation.ToString().ToLowerInvariant()}) to a non-finite weight.", nameof(weights));
            }

            merged += j - i - 1;
            us[edges] = u;
            vs[edges] = v;
            ws[edges] = acc;
            edges++;
            i = j;
        }

        return FromCanonicalEdges(ids, index, directed, us.AsSpan(0, edges), vs.AsSpan(0, edges), ws.AsSpan(0, edges));
    }

    /// <summary>Builds the CSR arrays from unique edges sorted by (u, v), u &lt; v when undirected.</summary>
    internal static SignedGraph FromCanonicalEdges(string[] ids, Dictionary<string, int> index, bool directed, List<int> us, List<int> vs, List<double> ws) =>
        FromCanonicalEdges(ids, index, directed, CollectionsMarshal.AsSpan(us), CollectionsMarshal.AsSpan(vs), CollectionsMarshal.AsSpan(ws));

    /// <summary>Builds the CSR arrays from unique edges sorted by (u, v), u &lt; v when undirected.</summary>
    internal static SignedGraph FromCanonicalEdges(string[] ids, Dictionary<string, int> index, bool directed, ReadOnlySpan<int> us, ReadOnlySpan<int> vs, ReadOnlySpan<double> ws)
    {
        var n = ids.Length;
        var m = us.Length;
        var outOffsets = new int[n + 1];
        var inOffsets = directed ? new int[n + 1] : outOffsets;
        for (var e = 0; e < m; e++)
        {
            outOffsets[us[e] + 1]++;
            inOffsets[vs[e] + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            outOffsets[i + 1] += outOffsets[i];
            if (directed)
            {
                inOffsets[i + 1] += inOffsets[i];
            }
        }

        var slots = directed ? m : 2 * m;
        var outTargets = new int[slots];
        var outWeights = new double[slots];
        var inSources = directed ? new int[m] : outTargets;
        var inWeights = directed ? new double[m] : outWeights;
        var outFill = outOffsets[..n];
        var inFill = directed ? inOffsets[..n] : outFill;

        // Edges arrive sorted by (u, v): row u receives its larger neighbours in order, and row v receives u
        // in increasing u, before any of v's own (larger) neighbours, so every row ends up sorted.
        for (var e = 0; e < m; e++)
        {
            var (u, v, w) = (us[e], vs[e], ws[e]);
            var k = outFill[u]++;
            outTargets[k] = v;
            outWeights[k] = w;
            var l = inFill[v]++;
            inSources[l] = u;
            inWeights[l] = w;
        }

        return new SignedGraph(ids, index, directed, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights);
    }

    /// <summary>The indices 0..m−1 (or <paramref name="input"/>'s order of them) stably sorted by <paramref name="keys"/>.</summary>
    private static int[] CountingOrder(int[] keys, int n, int[]? input, int m)
    {
        var counts = new int[n + 1];
        for (var j = 0; j < m; j++)
        {
            counts[keys[input is null ? j : input[j]] + 1]++;
        }

        for (var k = 0; k < n; k++)
        {
            counts[k + 1] += counts[k];
        }

        var output = new int[m];
        for (var j = 0; j < m; j++)
        {
            var i = input is null ? j : input[j];
            output[counts[keys[i]]++] = i;
        }

        return output;
    }

    private SignedGraph Filter(TieFilter ties)
    {
        var us = new List<int>();
        var vs = new List<int>();
        var ws = new List<double>();
        foreach (var e in Edges())
        {
            if (ties == TieFilter.Positive ? e.Weight > 0 : e.Weight < 0)
            {
                us.Add(e.Source);
                vs.Add(e.Target);
                ws.Add(e.Weight);
            }
        }

        return FromCanonicalEdges(ids, index, IsDirected, us, vs, ws);
    }
}
