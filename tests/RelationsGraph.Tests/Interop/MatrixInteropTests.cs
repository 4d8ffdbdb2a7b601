using MathNet.Numerics.LinearAlgebra;
using RelationsGraph.Graphs;
using RelationsGraph.Interop;
using Xunit;

namespace RelationsGraph.Tests.Interop;

public class MatrixInteropTests
{
    // a–b +2, a–c −1, b–c +0.5, c–d −3; e isolated.
    private static readonly string[] Ids = ["a", "b", "c", "d", "e"];

    private static SignedGraph Hand() =>
        TestGraphs.Undirected(Ids, ("a", "b", 2), ("a", "c", -1), ("b", "c", 0.5), ("c", "d", -3));

    private static readonly double[,] Signed =
    {
        { 0, 2, -1, 0, 0 },
        { 2, 0, 0.5, 0, 0 },
        { -1, 0.5, 0, -3, 0 },
        { 0, 0, -3, 0, 0 },
        { 0, 0, 0, 0, 0 },
    };

    private static double[,] Map(Func<double, double> f)
    {
        var result = new double[5, 5];
        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                result[i, j] = f(Signed[i, j]);
            }
        }

        return result;
    }

    [Fact]
    public void ToAdjacencyMatrix_Signed_ExactWeightsSymmetric()
    {
        var m = Hand().ToAdjacencyMatrix();

        Assert.Equal(Signed, m.ToArray());
        Assert.True(m.IsSymmetric());
    }

    [Fact]
    public void ToAdjacencyMatrix_Positive_OnlyPositiveWeights()
    {
        Assert.Equal(Map(w => Math.Max(w, 0)), Hand().ToAdjacencyMatrix(AdjacencyPart.Positive).ToArray());
    }

    [Fact]
    public void ToAdjacencyMatrix_Negative_MagnitudesOfNegativeWeights()
    {
        var m = Hand().ToAdjacencyMatrix(AdjacencyPart.Negative);

        Assert.Equal(Map(w => w < 0 ? -w : 0), m.ToArray());
        Assert.Equal(3.0, m[2, 3]);
        Assert.Equal(1.0, m[0, 2]);
        Assert.All(m.ToArray().Cast<double>(), v => Assert.True(v >= 0));
    }

    [Fact]
    public void ToAdjacencyMatrix_Absolute_MagnitudesOfAllWeights()
    {
        Assert.Equal(Map(Math.Abs), Hand().ToAdjacencyMatrix(AdjacencyPart.Absolute).ToArray());
    }

    [Fact]
    public void ToAdjacencyMatrix_PartsRecombine_SignedIsPositiveMinusNegative()
    {
        var g = Hand();

        var recombined = g.ToAdjacencyMatrix(AdjacencyPart.Positive) - g.ToAdjacencyMatrix(AdjacencyPart.Negative);
        var absolute = g.ToAdjacencyMatrix(AdjacencyPart.Positive) + g.ToAdjacencyMatrix(AdjacencyPart.Negative);

        Assert.Equal(g.ToAdjacencyMatrix().ToArray(), recombined.ToArray());
        Assert.Equal(g.ToAdjacencyMatrix(AdjacencyPart.Absolute).ToArray(), absolute.ToArray());
    }

    [Fact]
    public void ToAdjacencyMatrix_Directed_RowIsSourceColumnIsTarget()
    {
        var g = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 2), ("b", "a", -1), ("c", "a", 4));

        var m = g.ToAdjacencyMatrix();

        Assert.Equal(new double[,] { { 0, 2, 0 }, { -1, 0, 0 }, { 4, 0, 0 } }, m.ToArray());
    }

    [Fact]
    public void ToSignedLaplacian_HandGraph_IsAbsoluteDegreeMinusAdjacency()
    {
        var laplacian = Hand().ToSignedLaplacian();

        double[,] expected =
        {
            { 3, -2, 1, 0, 0 },
            { -2, 2.5, -0.5, 0, 0 },
            { 1, -0.5, 4.5, 3, 0 },
            { 0, 0, 3, 3, 0 },
            { 0, 0, 0, 0, 0 },
        };
        Assert.Equal(expected, laplacian.ToArray());
        Assert.True(laplacian.IsSymmetric());
    }

    [Fact]
    public void ToSignedLaplacian_RowSums_AreTwiceTheNegativeStrength()
    {
        var laplacian = Hand().ToSignedLaplacian();

        // Σⱼ Lᵢⱼ = Σⱼ |aᵢⱼ| − Σⱼ aᵢⱼ = 2 Σⱼ aᵢⱼ⁻
        Assert.Equal([2.0, 0, 8, 6, 0], laplacian.RowSums().ToArray());
    }

    [Fact]
    public void ToSignedLaplacian_AllPositive_RowSumsZeroLikeOrdinaryLaplacian()
    {
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", 2));

        Assert.Equal([0.0, 0, 0], g.ToSignedLaplacian().RowSums().ToArray());
    }

    [Fact]
    public void ToSignedLaplacian_IsPositiveSemiDefinite()
    {
        var eigen = Hand().ToSignedLaplacian().ToArray();
        var values = Matrix<double>.Build.DenseOfArray(eigen).Evd().EigenValues;

        Assert.All(values, v => Assert.True(v.Real > -1e-12, $"eigenvalue {v.Real}"));
    }

    [Fact]
    public void ToSignedLaplacian_Directed_ThrowsUnsupportedGraph()
    {
        var g = TestGraphs.Directed(["a", "b"], ("a", "b", 1));

        var e = Assert.Throws<UnsupportedGraphException>(() => g.ToSignedLaplacian());

        Assert.Contains("undirected", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAdjacencyMatrix_Undirected_RoundTrips()
    {
        var g = Hand();

        var back = MatrixInterop.FromAdjacencyMatrix(g.ToAdjacencyMatrix(), g.NodeIds, isDirected: false);

        Assert.False(back.IsDirected);
        Assert.Equal(g.NodeIds, back.NodeIds);
        Assert.Equal(g.EdgesById().ToArray(), back.EdgesById().ToArray());
    }

    [Fact]
    public void FromAdjacencyMatrix_Directed_RoundTrips()
    {
        var g = TestGraphs.Directed(["x", "a", "b", "iso"], ("x", "a", 2), ("a", "x", -1), ("b", "a", 0.25), ("x", "b", -7));

        var back = MatrixInterop.FromAdjacencyMatrix(g.ToAdjacencyMatrix(), g.NodeIds, isDirected: true);

        Assert.True(back.IsDirected);
        Assert.Equal(g.NodeIds, back.NodeIds);
        Assert.Equal(g.EdgesById().ToArray(), back.EdgesById().ToArray());
    }

    [Fact]
    public void FromAdjacencyMatrix_DenseMatrix_ReadsNonZeroEntries()
    {
        var m = Matrix<double>.Build.DenseOfArray(Signed);

        var g = MatrixInterop.FromAdjacencyMatrix(m, Ids, isDirected: false);

        Assert.Equal(Hand().EdgesById().ToArray(), g.EdgesById().ToArray());
    }

    [Fact]
    public void FromAdjacencyMatrix_AsymmetricForUndirected_ThrowsArgumentException()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1 }, { 2, 0 } });

        Assert.Throws<ArgumentException>(() => MatrixInterop.FromAdjacencyMatrix(m, ["a", "b"], isDirected: false));
    }

    [Fact]
    public void FromAdjacencyMatrix_OneSidedEntryForUndirected_ThrowsArgumentException()
    {
        var m = Matrix<double>.Build.SparseOfArray(new double[,] { { 0, 0 }, { -1, 0 } });

        Assert.Throws<ArgumentException>(() => MatrixInterop.FromAdjacencyMatrix(m, ["a", "b"], isDirected: false));
    }

    [Fact]
    public void FromAdjacencyMatrix_AsymmetricForDirected_Accepted()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1 }, { 2, 0 } });

        var g = MatrixInterop.FromAdjacencyMatrix(m, ["a", "b"], isDirected: true);

        Assert.Equal([new SignedEdge("a", "b", 1), new SignedEdge("b", "a", 2)], g.EdgesById().ToArray());
    }

    [Fact]
    public void FromAdjacencyMatrix_NonZeroDiagonal_ThrowsArgumentException()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0, 0 } });

        Assert.Throws<ArgumentException>(() => MatrixInterop.FromAdjacencyMatrix(m, ["a", "b"], isDirected: true));
    }

    [Fact]
    public void FromAdjacencyMatrix_WrongShape_ThrowsArgumentException()
    {
        var m = Matrix<double>.Build.Dense(2, 3);

        Assert.Throws<ArgumentException>(() => MatrixInterop.FromAdjacencyMatrix(m, ["a", "b"], isDirected: true));
        Assert.Throws<ArgumentException>(() => MatrixInterop.FromAdjacencyMatrix(Matrix<double>.Build.Dense(2, 2), ["a", "b", "c"], isDirected: true));
    }

    [Fact]
    public void FromAdjacencyMatrix_NonFiniteEntry_ThrowsArgumentException()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, double.PositiveInfinity }, { 0, 0 } });

        Assert.Throws<ArgumentException>(() => MatrixInterop.FromAdjacencyMatrix(m, ["a", "b"], isDirected: true));
    }
}
