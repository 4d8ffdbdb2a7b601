using RelationsGraph.Graphs;
using RelationsGraph.Paths;

namespace RelationsGraph.Tests;

/// <summary>Small graphs shared by the tests, built through the public <see cref="SignedGraph.Create(IEnumerable{string}, IEnumerable{SignedEdge}, bool, EdgeAggregation)"/>.</summary>
internal static class TestGraphs
{
    /// <summary>An undirected graph on <paramref name="nodes"/> with the given edges.</summary>
    public static SignedGraph Undirected(string[] nodes, params (string Source, string Target, double Weight)[] edges) =>
        SignedGraph.Create(nodes, edges.Select(e => new SignedEdge(e.Source, e.Target, e.Weight)), isDirected: false);

    /// <summary>A directed graph on <paramref name="nodes"/> with the given arcs.</summary>
    public static SignedGraph Directed(string[] nodes, params (string Source, string Target, double Weight)[] edges) =>
        SignedGraph.Create(nodes, edges.Select(e => new SignedEdge(e.Source, e.Target, e.Weight)), isDirected: true);

    /// <summary>A graph without nodes.</summary>
    public static SignedGraph Empty(bool directed) => SignedGraph.Create([], [], directed);

    /// <summary>A graph of <paramref name="count"/> nodes named n0, n1, ... and no edges.</summary>
    public static SignedGraph Isolated(int count, bool directed) => SignedGraph.Create(Names(count), [], directed);

    /// <summary>A path adjacency of one tie per length, node k to k + 1, for the kernels' detection rules.</summary>
    public static PathAdjacency Chain(params double[] lengths)
    {
        var n = lengths.Length + 1;
        var offsets = new int[n + 1];
        var targets = new int[lengths.Length];
        for (var k = 0; k < lengths.Length; k++)
        {
            offsets[k + 1] = k + 1;
            targets[k] = k + 1;
        }

        offsets[n] = lengths.Length;
        return new PathAdjacency(n, offsets, targets, lengths);
    }

    /// <summary>Node names n0 .. n(count-1).</summary>
    public static string[] Names(int count) => [.. Enumerable.Range(0, count).Select(i => $"n{i}")];

    /// <summary>
    /// A reproducible random signed graph: <paramref name="nodes"/> nodes named n0.., about <paramref name="arcs"/> random
    /// arcs (self-loops skipped, parallel arcs summed), weights drawn from a small signed set.
    /// </summary>
    public static SignedGraph Random(int nodes, int arcs, int seed, bool directed)
    {
        double[] weights = [-2, -1, -0.5, 0.5, 1, 3];
        var random = new Random(seed);
        var names = Names(nodes);
        var edges = new List<SignedEdge>();
        for (var i = 0; i < arcs && nodes > 1; i++)
        {
            var s = random.Next(nodes);
            var t = random.Next(nodes);
            if (s != t)
            {
                edges.Add(new SignedEdge(names[s], names[t], weights[random.Next(weights.Length)]));
            }
        }

        return SignedGraph.Create(names, edges, directed);
    }
}
