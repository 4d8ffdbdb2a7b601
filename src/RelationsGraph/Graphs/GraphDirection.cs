namespace RelationsGraph.Graphs;

/// <summary>Whether a projected <see cref="SignedGraph"/> is directed.</summary>
public enum GraphDirection
{
    /// <summary>Undirected: a directed relation a→b becomes the tie {a, b}, and aggregates with b→a and with {a, b}.</summary>
    Undirected = 0,

    /// <summary>Directed: a directed relation a→b is the arc a→b; an undirected relation {a, b} becomes both arcs.</summary>
    Directed,
}
