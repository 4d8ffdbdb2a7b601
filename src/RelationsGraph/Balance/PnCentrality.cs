using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>
/// PN centrality (Everett &amp; Borgatti 2014, Social Networks 38): PN = (I − A/(2n − 2))⁻¹ 1 with A = P − 2N, P and N
/// the 0/1 adjacency matrices of positive and negative ties (weights are not used), as R signnet's <c>pn_index</c>.
/// High for nodes with many positive and few negative ties, discounted along longer walks. Undirected graphs. The
/// system matrix is symmetric with eigenvalues in [1/2, 2], so conjugate gradients converge in a few dozen sparse
/// products: O(m) per iteration, no dense matrix.
/// </summary>
public sealed class PnCentrality : NodeMetric<SignedMetricOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "pn";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">The options (ties must stay all).</param>
    public PnCentrality(SignedMetricOptions? options = null)
        : base(MetricName, (options ?? new SignedMetricOptions()).Validate(MetricName))
    {
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        SignedTriangles.RequireUndirected(graph, "PN centrality");
        var n = graph.NodeCount;
        if (n <= 1)
        {
            return n == 1 ? [1.0] : [];
        }

        var offsets = graph.OutOffsets;
        var targets = graph.OutTargets;
        var weights = graph.OutWeights;
        var factor = 1.0 / ((2.0 * n) - 2);

        // y = M x with M = I − A/(2n − 2), A_uv = +1 (positive), −2 (negative), 0 (weight 0).
        void Multiply(double[] x, double[] y)
        {
            for (var u = 0; u < n; u++)
            {
                double sum = 0;
                for (var k = offsets[u]; k < offsets[u + 1]; k++)
                {
                    var w = weights[k];
                    sum += w > 0 ? x[targets[k]] : w < 0 ? -2 * x[targets[k]] : 0;
                }

                y[u] = x[u] - (factor * sum);
            }
        }

        var result = new double[n];
        var residual = new double[n];
        var direction = new double[n];
        var product = new double[n];
        Array.Fill(residual, 1.0);
        Array.Fill(direction, 1.0);
        var rr = (double)n;
        var tolerance = 1e-28 * n;
        for (var iteration = 0; iteration < 10 * n && rr > tolerance; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Multiply(direction, product);
            var alpha = rr / Dot(direction, product);
            for (var i = 0; i < n; i++)
            {
                result[i] += alpha * direction[i];
                residual[i] -= alpha * product[i];
            }

            var next = Dot(residual, residual);
            var beta = next / rr;
            rr = next;
            for (var i = 0; i < n; i++)
            {
                direction[i] = residual[i] + (beta * direction[i]);
            }
        }

        progress?.Report(new MetricProgress(n, n));
        return result;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
