using MathNet.Numerics.LinearAlgebra;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>
/// Signed eigenvector centrality (Bonacich &amp; Lloyd 2004, Social Networks 26): the eigenvector of the signed
/// adjacency matrix (±1 by sign; weights are not used) for its eigenvalue of largest absolute value, scaled so that
/// the largest |xᵢ| is 1 and that entry (the first in node order) is positive. Nodes on the same side of a balanced
/// split get the same sign. When the dominant eigenvalue is not unique (|λ_max| = |λ_min|, or repeated), the vector is
/// not determined: every score is NaN, with a note. Undirected graphs; dense eigenvectors (MathNet.Numerics), up to
/// <see cref="WalkBalance.MaxNodes"/> nodes.
/// </summary>
public sealed class SignedEigenvector : NodeMetric<SignedMetricOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "signed-eigenvector";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">The options (ties must stay all).</param>
    public SignedEigenvector(SignedMetricOptions? options = null)
        : base(MetricName, (options ?? new SignedMetricOptions()).Validate(MetricName))
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        SignedTriangles.RequireUndirected(graph, "Signed eigenvector centrality");
        var n = graph.NodeCount;
        if (n > WalkBalance.MaxNodes)
        {
            throw new UnsupportedGraphException($"Signed eigenvector centrality uses dense eigenvectors: {n} nodes is more than the {WalkBalance.MaxNodes} it accepts.");
        }

        if (n == 0)
        {
            return [];
        }

        var a = Matrix<double>.Build.Dense(n, n);
        for (var u = 0; u < n; u++)
        {
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeightsOf(u);
            for (var k = 0; k < targets.Length; k++)
            {
                a[u, targets[k]] = Math.Sign(weights[k]);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var evd = a.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        var top = 0;
        for (var i = 1; i < n; i++)
        {
            if (Math.Abs(values[i]) > Math.Abs(values[top]))
            {
                top = i;
            }
        }

        var tolerance = 1e-9 * Math.Max(1, Math.Abs(values[top]));
        var ties = values.Where((v, i) => i != top && Math.Abs(Math.Abs(v) - Math.Abs(values[top])) <= tolerance).Count();
        var result = new double[n];
        if (ties > 0 || values[top] == 0)
        {
            Array.Fill(result, double.NaN);
            notes.Add($"{MetricName}: the dominant eigenvalue (|λ| = {Math.Abs(values[top]):G6}) is not unique, so the eigenvector is not determined; scores are undefined");
            return result;
        }

        var vector = evd.EigenVectors.Column(top);
        var largest = 0;
        for (var i = 1; i < n; i++)
        {
            if (Math.Abs(vector[i]) > Math.Abs(vector[largest]) + 1e-9)
            {
                largest = i;
            }
        }

        var scale = vector[largest];
        for (var i = 0; i < n; i++)
        {
            result[i] = vector[i] / scale;
        }

        notes.Add($"{MetricName}: dominant eigenvalue {values[top]:G10}");
        progress?.Report(new MetricProgress(n, n));
        return result;
    }
}
