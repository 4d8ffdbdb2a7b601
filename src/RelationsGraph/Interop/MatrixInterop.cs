using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using RelationsGraph.Graphs;

namespace RelationsGraph.Interop;

/// <summary>
/// MathNet.Numerics matrices of a <see cref="SignedGraph"/>: the signed adjacency and its parts, and the signed
/// Laplacian. Rows and columns follow node indices; entry (i, j) is the weight of the tie i→j (symmetric when undirected).
/// </summary>
public static class MatrixInterop
{
    /// <summary>The adjacency matrix, or one of its parts, as a sparse matrix.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="part">Which part (the signed matrix by default).</param>
    /// <returns>An n×n sparse matrix.</returns>
    public static SparseMatrix ToAdjacencyMatrix(this SignedGraph graph, AdjacencyPart part = AdjacencyPart.SignedWeights)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entries = new List<Tuple<int, int, double>>(graph.IsDirected ? graph.EdgeCount : 2 * graph.EdgeCount);
        for (var u = 0; u < graph.NodeCount; u++)
        {
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeightsOf(u);
            for (var k = 0; k < targets.Length; k++)
            {
                var value = part switch
                {
                    AdjacencyPart.SignedWeights => weights[k],
                    AdjacencyPart.Positive => Math.Max(weights[k], 0),
                    AdjacencyPart.Negative => Math.Max(-weights[k], 0),
                    AdjacencyPart.Absolute => Math.Abs(weights[k]),
                    _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown adjacency part."),
                };
                if (value != 0)
                {
                    entries.Add(Tuple.Create(u, targets[k], value));
                }
            }
        }

        return SparseMatrix.OfIndexed(graph.NodeCount, graph.NodeCount, entries);
    }

    /// <summary>
    /// The signed Laplacian L = D̄ − A with D̄ᵢᵢ = Σⱼ |aᵢⱼ| (Kunegis et al. 2010, SIAM SDM). It is positive
    /// semi-definite, and singular exactly when a connected component is structurally balanced.
    /// </summary>
    /// <param name="graph">An undirected graph.</param>
    /// <returns>An n×n sparse symmetric matrix.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is directed; project it as undirected first.</exception>
    public static SparseMatrix ToSignedLaplacian(this SignedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.IsDirected)
        {
            throw new UnsupportedGraphException("The signed Laplacian is defined for undirected graphs; project the network with GraphDirection.Undirected.");
        }

        var laplacian = (SparseMatrix)graph.ToAdjacencyMatrix().Negate();
        for (var u = 0; u < graph.NodeCount; u++)
        {
            double degree = 0;
            foreach (var w in graph.OutWeightsOf(u))
            {
                degree += Math.Abs(w);
            }

            laplacian[u, u] = degree;
        }

        return laplacian;
    }

    /// <summary>Creates a graph from a square adjacency matrix: every non-zero entry is a tie.</summary>
    /// <param name="matrix">The matrix; must be symmetric when <paramref name="isDirected"/> is false.</param>
    /// <param name="nodeIds">One id per row.</param>
    /// <param name="isDirected">Whether (i, j) and (j, i) are separate arcs.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">The matrix is not square, does not match the ids, has a non-zero diagonal, a non-finite entry, or is asymmetric for an undirected graph.</exception>
    public static SignedGraph FromAdjacencyMatrix(Matrix<double> matrix, IReadOnlyList<string> nodeIds, bool isDirected)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(nodeIds);
        if (matrix.RowCount != matrix.ColumnCount || matrix.RowCount != nodeIds.Count)
        {
            throw new ArgumentException($"Expected a {nodeIds.Count}×{nodeIds.Count} matrix, got {matrix.RowCount}×{matrix.ColumnCount}.", nameof(matrix));
        }

        var edges = new List<SignedEdge>();
        foreach (var (i, j, value) in matrix.EnumerateIndexed(Zeros.AllowSkip))
        {
            if (value == 0)
            {
                continue;
            }

            if (i == j)
            {
                throw new ArgumentException($"Non-zero diagonal entry at {i}: a signed graph has no self-loops.", nameof(matrix));
            }

            if (!isDirected)
            {
                if (matrix[j, i] != value)
                {
                    throw new ArgumentException($"Entries ({i}, {j}) and ({j}, {i}) differ: an undirected graph needs a symmetric matrix.", nameof(matrix));
                }

                if (j < i)
                {
                    continue;
                }
            }

            edges.Add(new SignedEdge(nodeIds[i], nodeIds[j], value));
        }

        return SignedGraph.Create(nodeIds, edges, isDirected);
    }
}
