using QuikGraph;
using RelationsGraph.Graphs;

namespace RelationsGraph.Interop;

/// <summary>
/// Converts between <see cref="SignedGraph"/> and QuikGraph graphs, whose vertices are actor ids and whose edges
/// carry the signed weight as their tag. A round trip keeps nodes (in order), edges and weights exactly.
/// </summary>
public static class QuikGraphInterop
{
    /// <summary>The graph as a QuikGraph bidirectional graph (directed graphs only).</summary>
    /// <param name="graph">A directed graph.</param>
    /// <returns>A new QuikGraph graph with every node, isolated ones included, and every arc tagged with its weight.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is undirected: use <see cref="ToQuikGraphUndirected(SignedGraph)"/>.</exception>
    public static BidirectionalGraph<string, TaggedEdge<string, double>> ToQuikGraphBidirectional(this SignedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected)
        {
            throw new UnsupportedGraphException("The graph is undirected; use ToQuikGraphUndirected, or project the network with GraphDirection.Directed.");
        }

        var result = new BidirectionalGraph<string, TaggedEdge<string, double>>(allowParallelEdges: false, graph.NodeCount);
        result.AddVertexRange(graph.NodeIds);
        foreach (var e in graph.Edges())
        {
            result.AddEdge(new TaggedEdge<string, double>(graph.IdOf(e.Source), graph.IdOf(e.Target), e.Weight));
        }

        return result;
    }

    /// <summary>The graph as a QuikGraph undirected graph (undirected graphs only).</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <returns>A new QuikGraph graph with every node and every edge tagged with its weight.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is directed: use <see cref="ToQuikGraphBidirectional(SignedGraph)"/>.</exception>
    public static UndirectedGraph<string, TaggedEdge<string, double>> ToQuikGraphUndirected(this SignedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.IsDirected)
        {
            throw new UnsupportedGraphException("The graph is directed; use ToQuikGraphBidirectional, or project the network with GraphDirection.Undirected.");
        }

        var result = new UndirectedGraph<string, TaggedEdge<string, double>>(allowParallelEdges: false);
        result.AddVertexRange(graph.NodeIds);
        foreach (var e in graph.Edges())
        {
            result.AddEdge(new TaggedEdge<string, double>(graph.IdOf(e.Source), graph.IdOf(e.Target), e.Weight));
        }

        return result;
    }

    /// <summary>Creates a signed graph from any QuikGraph graph with string vertices.</summary>
    /// <typeparam name="TEdge">The QuikGraph edge type.</typeparam>
    /// <param name="graph">The QuikGraph graph; its <c>IsDirected</c> decides the result's direction.</param>
    /// <param name="weight">Reads an edge's signed weight (for <see cref="TaggedEdge{TVertex, TTag}"/> of double: <c>e => e.Tag</c>).</param>
    /// <param name="aggregation">How parallel edges combine.</param>
    /// <returns>The signed graph, nodes in the QuikGraph vertex order.</returns>
    /// <exception cref="ArgumentException">A self-loop or a non-finite weight.</exception>
    public static SignedGraph FromQuikGraph<TEdge>(IEdgeListGraph<string, TEdge> graph, Func<TEdge, double> weight, EdgeAggregation aggregation = EdgeAggregation.Sum)
        where TEdge : IEdge<string>
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(weight);
        return SignedGraph.Create(graph.Vertices, graph.Edges.Select(e => new SignedEdge(e.Source, e.Target, weight(e))), graph.IsDirected, aggregation);
    }
}
