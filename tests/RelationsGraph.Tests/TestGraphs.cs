using RelationsGraph.Graphs;

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
