using RelationsGraph.Graphs;

namespace RelationsGraph.Balance;

/// <summary>
/// The balance of an undirected signed graph in one call: triangle census and index, walk balance (when the graph has
/// at most <see cref="WalkBalance.MaxNodes"/> nodes; otherwise <see langword="null"/> with a note), and the frustration
/// index with its partition — what <c>relgraph balance</c> prints.
/// </summary>
public sealed class BalanceReport
{
    private BalanceReport(SignedGraph graph, SignedTriangles triangles, WalkBalanceResult? walk, FrustrationResult frustration, IReadOnlyList<string> notes)
    {
        Graph = graph;
        Triangles = triangles;
        Walk = walk;
        Frustration = frustration;
        Notes = notes;
    }

    /// <summary>The graph analysed.</summary>
    public SignedGraph Graph { get; }

    /// <summary>The triangle census, for the graph and per node.</summary>
    public SignedTriangles Triangles { get; }

    /// <summary>Walk balance; <see langword="null"/> for graphs too large for dense eigenvalues.</summary>
    public WalkBalanceResult? Walk { get; }

    /// <summary>The frustration index, its partition and each node's share.</summary>
    public FrustrationResult Frustration { get; }

    /// <summary>Remarks: undefined indices, bounds that are not proven, skipped parts.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Computes the report.</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="frustration">Frustration options; their strength also sets walk balance's (unit: ±1 by sign; abs: signed weights).</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is directed.</exception>
    public static BalanceReport Compute(SignedGraph graph, FrustrationOptions? frustration = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        frustration ??= new FrustrationOptions();
        SignedTriangles.RequireUndirected(graph, "Structural balance");
        var notes = new List<string>();
        var triangles = SignedTriangles.Count(graph, cancellationToken);
        if (triangles.Graph.Total == 0)
        {
            notes.Add("balance: the graph has no signed triangles, so the triangle balance index is undefined (null)");
        }

        WalkBalanceResult? walk = null;
        if (graph.NodeCount <= WalkBalance.MaxNodes)
        {
            walk = WalkBalance.Compute(graph, new WalkBalanceOptions { Strength = frustration.Strength }, cancellationToken: cancellationToken);
        }
        else
        {
            notes.Add($"balance: walk balance skipped: {graph.NodeCount} nodes is more than the dense eigenvalue solver's {WalkBalance.MaxNodes}");
        }

        var result = Balance.Frustration.Compute(graph, frustration, cancellationToken);
        notes.AddRange(result.Notes);
        return new BalanceReport(graph, triangles, walk, result, notes);
    }
}
