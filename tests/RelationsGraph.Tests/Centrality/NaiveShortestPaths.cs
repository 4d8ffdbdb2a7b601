using System.Globalization;
using RelationsGraph.Graphs;

namespace RelationsGraph.Tests.Centrality;

/// <summary>How the naive reference turns a signed weight into a length (its own copy of the three built-ins).</summary>
internal enum NaiveLength
{
    /// <summary>1 per tie.</summary>
    Hops,

    /// <summary>|w|.</summary>
    WeightAsDistance,

    /// <summary>1/|w|.</summary>
    InverseStrength,
}

/// <summary>A simple graph as the naive reference reads it: nodes 0..N−1 named n0.., and each edge once.</summary>
/// <param name="N">The number of nodes.</param>
/// <param name="Directed">Whether the edges are arcs.</param>
/// <param name="Edges">The edges (no self-loops, at most one per ordered pair when directed, per unordered pair when not).</param>
public sealed record NaiveGraph(int N, bool Directed, IReadOnlyList<(int U, int V, double W)> Edges)
{
    /// <summary>The node ids, n0 .. n(N−1).</summary>
    public string[] Ids => [.. Enumerable.Range(0, N).Select(i => Id(i))];

    /// <summary>The id of node <paramref name="i"/>.</summary>
    public static string Id(int i) => "n" + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The same graph for the library.</summary>
    public SignedGraph ToSignedGraph() =>
        SignedGraph.Create(Ids, Edges.Select(e => new SignedEdge(Id(e.U), Id(e.V), e.W)), Directed);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Directed ? "directed" : "undirected")} n={N}: " +
        string.Join(' ', Edges.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.U}{(Directed ? ">" : "-")}{e.V}:{e.W}")));
}

/// <summary>What the naive reference is asked to compute: the same choices as the library's options, spelt out.</summary>
internal sealed record NaiveQuery
{
    public NaiveLength Length { get; init; } = NaiveLength.Hops;

    public TieFilter Ties { get; init; } = TieFilter.All;

    /// <summary>Only shortest paths of length at most this count (inclusive).</summary>
    public double Cutoff { get; init; } = double.PositiveInfinity;

    /// <summary>Source membership by node, or null for all.</summary>
    public bool[]? Sources { get; init; }

    /// <summary>Target membership by node, or null for all.</summary>
    public bool[]? Targets { get; init; }

    public bool Adversaries { get; init; }

    public bool Endpoints { get; init; }

    public bool Normalized { get; init; }
}

/// <summary>The naive reference's betweenness: one value per node, and one per edge (by index into <see cref="NaiveGraph.Edges"/>; only selected edges have an entry).</summary>
internal sealed record NaiveBetweenness(double[] Nodes, IReadOnlyDictionary<int, double> Edges);

/// <summary>
/// A deliberately simple reference for the shortest-path metrics, for graphs of at most 9 nodes: Floyd–Warshall for
/// all distances (exact, as the tests use dyadic weights), then every shortest path listed explicitly by depth-first
/// search, and every metric read off those lists. It shares no code with the library (only the enum
/// <see cref="TieFilter"/> and <see cref="NeighborMode"/>).
/// </summary>
internal static class NaiveShortestPaths
{
    /// <summary>One usable direction of a selected tie.</summary>
    private readonly record struct Arc(int From, int To, double Length, int Edge);

    /// <summary>One explicit shortest path: its nodes from source to target, and the edges it uses.</summary>
    private sealed record Path(int[] Nodes, int[] Edges);

    public static double LengthOf(NaiveLength length, double w) => length switch
    {
        NaiveLength.Hops => 1,
        NaiveLength.WeightAsDistance => Math.Abs(w),
        NaiveLength.InverseStrength => 1 / Math.Abs(w),
        _ => throw new ArgumentOutOfRangeException(nameof(length)),
    };

    public static bool Selected(TieFilter ties, double w) => ties switch
    {
        TieFilter.All => true,
        TieFilter.Positive => w > 0,
        TieFilter.Negative => w < 0,
        _ => throw new ArgumentOutOfRangeException(nameof(ties)),
    };

    /// <summary>Indices of the edges the tie filter selects.</summary>
    public static IEnumerable<int> SelectedEdges(NaiveGraph g, TieFilter ties) =>
        Enumerable.Range(0, g.Edges.Count).Where(e => Selected(ties, g.Edges[e].W));

    /// <summary>All distances: d[s, t] (+∞ when t cannot be reached from s).</summary>
    public static double[,] Distances(NaiveGraph g, NaiveLength length, TieFilter ties, bool ignoreDirection = false) =>
        FloydWarshall(g.N, Arcs(g, length, ties, ignoreDirection));

    /// <summary>Vertex and edge betweenness, from the explicit lists of shortest paths of every counted pair.</summary>
    public static NaiveBetweenness Betweenness(NaiveGraph g, NaiveQuery q)
    {
        var n = g.N;
        var arcs = Arcs(g, q.Length, q.Ties, ignoreDirection: false);
        var d = FloydWarshall(n, arcs);
        var nodes = new double[n];
        var edges = SelectedEdges(g, q.Ties).ToDictionary(e => e, _ => 0.0);
        foreach (var (s, t) in Pairs(g, q))
        {
            if (double.IsPositiveInfinity(d[s, t]) || d[s, t] > q.Cutoff)
            {
                continue;
            }

            var paths = AllShortestPaths(arcs, d, s, t);
            if (paths.Count == 0)
            {
                throw new InvalidOperationException($"no path found from {s} to {t} at distance {d[s, t]}");
            }

            double sigma = paths.Count;
            foreach (var path in paths)
            {
                CheckPath(path, arcs, d[s, t]);
                for (var i = 1; i < path.Nodes.Length - 1; i++)
                {
                    nodes[path.Nodes[i]] += 1 / sigma;
                }

                foreach (var e in path.Edges)
                {
                    edges[e] += 1 / sigma;
                }
            }

            if (q.Endpoints)
            {
                nodes[s] += 1;
                nodes[t] += 1;
            }
        }

        if (q.Normalized)
        {
            var vertexScale = VertexScale(n, g.Directed, q.Endpoints);
            for (var v = 0; v < n; v++)
            {
                nodes[v] *= vertexScale;
            }

            var edgeScale = EdgeScale(n, g.Directed);
            foreach (var e in edges.Keys.ToArray())
            {
                edges[e] *= edgeScale;
            }
        }

        return new NaiveBetweenness(nodes, edges);
    }

    /// <summary>Closeness: NetworkX ((r−1)/(n−1))·((r−1)/Σd), 0 when r = 1; IGraph (r−1)/Σd, NaN when r = 1.</summary>
    public static double[] Closeness(NaiveGraph g, NaiveLength length, TieFilter ties, NeighborMode mode, bool igraph, double cutoff = double.PositiveInfinity)
    {
        var n = g.N;
        var values = new double[n];
        for (var v = 0; v < n; v++)
        {
            var reached = ReachedDistances(g, length, ties, mode, cutoff, v);
            double others = reached.Count;
            var sum = 0.0;
            foreach (var x in reached)
            {
                sum += x;
            }

            values[v] = igraph
                ? (others == 0 ? double.NaN : others / sum)
                : (others == 0 ? 0 : others / (n - 1) * (others / sum));
        }

        return values;
    }

    /// <summary>Harmonic: Σ 1/d over the reached nodes, ÷ (n − 1) when normalized.</summary>
    public static double[] Harmonic(NaiveGraph g, NaiveLength length, TieFilter ties, NeighborMode mode, bool normalized, double cutoff = double.PositiveInfinity)
    {
        var n = g.N;
        var values = new double[n];
        for (var v = 0; v < n; v++)
        {
            var h = 0.0;
            foreach (var x in ReachedDistances(g, length, ties, mode, cutoff, v))
            {
                h += 1 / x;
            }

            values[v] = normalized && n > 1 ? h / (n - 1) : h;
        }

        return values;
    }

    /// <summary>networkx's vertex normalization, written out from its definition.</summary>
    public static double VertexScale(int n, bool directed, bool endpoints)
    {
        if (endpoints)
        {
            return n < 2 ? 1 : (directed ? 1.0 : 2.0) / (n * (n - 1.0));
        }

        return n <= 2 ? 1 : (directed ? 1.0 : 2.0) / ((n - 1.0) * (n - 2.0));
    }

    /// <summary>networkx's edge normalization.</summary>
    public static double EdgeScale(int n, bool directed) => n <= 1 ? 1 : (directed ? 1.0 : 2.0) / (n * (n - 1.0));

    /// <summary>Whether a negative tie joins s and t in the full graph (either direction).</summary>
    public static bool Hostile(NaiveGraph g, int s, int t) =>
        g.Edges.Any(e => e.W < 0 && ((e.U == s && e.V == t) || (e.U == t && e.V == s)));

    /// <summary>The counted pairs: ordered (s, t) when directed, each unordered pair once (as s &lt; t) when undirected.</summary>
    private static IEnumerable<(int S, int T)> Pairs(NaiveGraph g, NaiveQuery q)
    {
        bool InS(int v) => q.Sources is null || q.Sources[v];
        bool InT(int v) => q.Targets is null || q.Targets[v];
        for (var s = 0; s < g.N; s++)
        {
            for (var t = 0; t < g.N; t++)
            {
                if (s == t || (!g.Directed && s > t))
                {
                    continue;
                }

                var subset = g.Directed
                    ? InS(s) && InT(t)
                    : (InS(s) && InT(t)) || (InS(t) && InT(s));
                if (!subset)
                {
                    continue;
                }

                if (q.Adversaries && !Hostile(g, s, t))
                {
                    continue;
                }

                yield return (s, t);
            }
        }
    }

    /// <summary>Distances of the nodes other than v that v reaches within the cutoff, in the direction the mode asks for.</summary>
    private static List<double> ReachedDistances(NaiveGraph g, NaiveLength length, TieFilter ties, NeighborMode mode, double cutoff, int v)
    {
        var ignoreDirection = g.Directed && mode == NeighborMode.All;
        var d = Distances(g, length, ties, ignoreDirection);
        var result = new List<double>();
        for (var u = 0; u < g.N; u++)
        {
            if (u == v)
            {
                continue;
            }

            // In: distances to v (from u); Out and All (and undirected): distances from v.
            var x = g.Directed && mode == NeighborMode.In ? d[u, v] : d[v, u];
            if (!double.IsPositiveInfinity(x) && x <= cutoff)
            {
                result.Add(x);
            }
        }

        return result;
    }

    private static List<Arc> Arcs(NaiveGraph g, NaiveLength length, TieFilter ties, bool ignoreDirection)
    {
        var arcs = new List<Arc>();
        for (var e = 0; e < g.Edges.Count; e++)
        {
            var (u, v, w) = g.Edges[e];
            if (!Selected(ties, w))
            {
                continue;
            }

            var l = LengthOf(length, w);
            if (double.IsPositiveInfinity(l))
            {
                continue;
            }

            arcs.Add(new Arc(u, v, l, e));
            if (!g.Directed || ignoreDirection)
            {
                arcs.Add(new Arc(v, u, l, e));
            }
        }

        return arcs;
    }

    private static double[,] FloydWarshall(int n, List<Arc> arcs)
    {
        var d = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = i == j ? 0 : double.PositiveInfinity;
            }
        }

        foreach (var a in arcs)
        {
            d[a.From, a.To] = Math.Min(d[a.From, a.To], a.Length);
        }

        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (d[i, k] + d[k, j] < d[i, j])
                    {
                        d[i, j] = d[i, k] + d[k, j];
                    }
                }
            }
        }

        return d;
    }

    /// <summary>Every shortest s–t path, by depth-first search along arcs u→v with d(s,u) + len = d(s,v) that stay on a shortest route to t.</summary>
    private static List<Path> AllShortestPaths(List<Arc> arcs, double[,] d, int s, int t)
    {
        var result = new List<Path>();
        var nodes = new List<int> { s };
        var edges = new List<int>();

        void Walk(int u)
        {
            if (u == t)
            {
                result.Add(new Path([.. nodes], [.. edges]));
                return;
            }

            foreach (var a in arcs)
            {
                if (a.From != u || d[s, u] + a.Length != d[s, a.To] || d[s, a.To] + d[a.To, t] != d[s, t])
                {
                    continue;
                }

                nodes.Add(a.To);
                edges.Add(a.Edge);
                Walk(a.To);
                nodes.RemoveAt(nodes.Count - 1);
                edges.RemoveAt(edges.Count - 1);
            }
        }

        Walk(s);
        return result;
    }

    /// <summary>Sanity check of one listed path: simple, made of arcs, of the shortest length.</summary>
    private static void CheckPath(Path path, List<Arc> arcs, double distance)
    {
        if (path.Nodes.Distinct().Count() != path.Nodes.Length)
        {
            throw new InvalidOperationException("a listed shortest path repeats a node");
        }

        var total = 0.0;
        for (var i = 0; i < path.Edges.Length; i++)
        {
            var (from, to, e) = (path.Nodes[i], path.Nodes[i + 1], path.Edges[i]);
            total += arcs.First(a => a.From == from && a.To == to && a.Edge == e).Length;
        }

        if (total != distance)
        {
            throw new InvalidOperationException($"a listed shortest path has length {total}, not {distance}");
        }
    }
}
