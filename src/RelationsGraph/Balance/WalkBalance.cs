using MathNet.Numerics.LinearAlgebra;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>
/// Walk balance (Estrada 2019, Discrete Applied Mathematics): K = Σ exp(λᵢ(A)) / Σ exp(λᵢ(|A|)) over the eigenvalues of
/// the signed adjacency matrix A and of its absolute value — the share of closed walks, weighted by 1/length!, that
/// are positive; 1 for a balanced graph. Computed as exp(LSE(λ(A)) − LSE(λ(|A|))) with log-sum-exp, so it never
/// overflows. The scaled form divides both matrices by ρ, the spectral radius of |A|, first (inverse temperature
/// β = 1/ρ): on large graphs the unscaled index is dominated by the largest eigenvalues and tends to 0 or 1, and the
/// scaled one stays comparable across graph sizes. Dense symmetric eigenvalues (MathNet.Numerics): O(n³) time,
/// O(n²) memory, so graphs are limited to <see cref="MaxNodes"/> nodes.
/// </summary>
public static class WalkBalance
{
    /// <summary>The largest graph the dense eigenvalue solver accepts (5,000 nodes: 200 MB per matrix).</summary>
    public const int MaxNodes = 5_000;

    /// <summary>Computes walk balance, unscaled and scaled.</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="strength"><see cref="TieStrength.Unit"/> uses ±1 by sign (as R signnet); <see cref="TieStrength.Absolute"/> the signed weights.</param>
    /// <returns>The indices and ρ.</returns>
    /// <exception cref="UnsupportedGraphException">A directed graph, or more than <see cref="MaxNodes"/> nodes.</exception>
    public static WalkBalanceResult Compute(SignedGraph graph, TieStrength strength) =>
        Compute(graph, new WalkBalanceOptions { Strength = strength });

    /// <summary>Computes walk balance, unscaled and scaled.</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="options">The options (default: ±1 by sign).</param>
    /// <param name="progress">Told 0 of 2 before the eigenvalues, 1 of 2 between the two matrices, 2 of 2 at the end.</param>
    /// <param name="cancellationToken">Checked between the steps (a dense eigenvalue solve is not interrupted).</param>
    /// <returns>The indices and ρ, with the options.</returns>
    /// <exception cref="UnsupportedGraphException">A directed graph, or more than <see cref="MaxNodes"/> nodes.</exception>
    public static WalkBalanceResult Compute(SignedGraph graph, WalkBalanceOptions? options = null, IProgress<MetricProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new WalkBalanceOptions();
        var strength = options.Strength;
        ArgumentNullException.ThrowIfNull(graph);
        SignedTriangles.RequireUndirected(graph, "Walk balance");
        var n = graph.NodeCount;
        if (n > MaxNodes)
        {
            throw new UnsupportedGraphException($"Walk balance uses dense eigenvalues: {n} nodes is more than the {MaxNodes} it accepts.");
        }

        if (n == 0)
        {
            progress?.Report(new MetricProgress(0, 0));
            return new WalkBalanceResult(double.NaN, double.NaN, 0) { Options = options };
        }

        var signed = Matrix<double>.Build.Dense(n, n);
        var absolute = Matrix<double>.Build.Dense(n, n);
        for (var u = 0; u < n; u++)
        {
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeightsOf(u);
            for (var k = 0; k < targets.Length; k++)
            {
                var w = strength == TieStrength.Unit ? Math.Sign(weights[k]) : weights[k];
                signed[u, targets[k]] = w;
                absolute[u, targets[k]] = Math.Abs(w);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new MetricProgress(0, 2));
        var a = Eigenvalues(signed);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new MetricProgress(1, 2));
        var b = Eigenvalues(absolute);
        progress?.Report(new MetricProgress(2, 2));
        var rho = b.Max();
        var value = Math.Exp(LogSumExp(a, 1) - LogSumExp(b, 1));
        var scaled = rho > 0 ? Math.Exp(LogSumExp(a, 1 / rho) - LogSumExp(b, 1 / rho)) : double.NaN;
        return new WalkBalanceResult(value, scaled, rho) { Options = options };
    }

    private static double[] Eigenvalues(Matrix<double> symmetric) =>
        [.. symmetric.Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real)];

    private static double LogSumExp(double[] values, double beta)
    {
        var max = values.Max() * beta;
        double sum = 0;
        foreach (var v in values)
        {
            sum += Math.Exp((v * beta) - max);
        }

        return max + Math.Log(sum);
    }
}
