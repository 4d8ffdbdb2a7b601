using MathNet.Numerics.LinearAlgebra;
using RelationsGraph.Graphs;
using RelationsGraph.Common;

namespace RelationsGraph.Balance;

/// <summary>
/// k factions of a signed graph: a start from the signed spectral embedding — the eigenvectors of the k smallest
/// eigenvalues of the signed Laplacian L = D̄ − A (Kunegis et al. 2010, SIAM SDM), clustered by seeded k-means — then a
/// local search moving single nodes while the Doreian–Mrvar criterion α·(negative within) + (1 − α)·(positive between)
/// falls (Doreian &amp; Mrvar 2009). A second start from the frustration index's bipartition is refined the same way,
/// and the lower criterion wins. Graphs over <see cref="WalkBalance.MaxNodes"/> nodes start from seeded random factions
/// instead (noted). Undirected graphs. Deterministic for a seed.
/// </summary>
public static class Factions
{
    /// <summary>Partitions the graph into at most K factions.</summary>
    /// <param name="graph">An undirected graph.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The factions (empty ones dropped) and the criterion.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is directed.</exception>
    public static FactionsResult Compute(SignedGraph graph, FactionsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new FactionsOptions();
        SignedTriangles.RequireUndirected(graph, "Factions");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.K, 2, nameof(options));
        if (!(options.Alpha is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Alpha, "Alpha must be in [0, 1].");
        }

        var n = graph.NodeCount;
        var k = Math.Min(options.K, Math.Max(1, n));
        var notes = new List<string>();
        int[] faction;
        var spectral = n <= WalkBalance.MaxNodes;
        if (n == 0)
        {
            faction = [];
        }
        else if (spectral)
        {
            faction = SpectralStart(graph, k, options, cancellationToken);
        }
        else
        {
            var rng = new SplitMix64((ulong)(uint)options.Seed ^ 0x9FB21C651E98DF25UL);
            faction = new int[n];
            for (var v = 0; v < n; v++)
            {
                faction[v] = rng.Next(k);
            }

            notes.Add($"factions: {n} nodes is more than the spectral step's {WalkBalance.MaxNodes}; started from seeded random factions");
        }

        var (negativeWithin, positiveBetween) = Refine(graph, faction, k, options, cancellationToken);

        // A second start: the frustration index's bipartition (optimal for k = 2 and α = 1/2, where the criterion is
        // half the frustration). The lower criterion wins; the spectral start on ties.
        if (n > 1)
        {
            var frustration = Frustration.Compute(graph, new FrustrationOptions { Strength = options.Strength, Seed = options.Seed }, cancellationToken);
            var split = new int[n];
            foreach (var id in frustration.SideB)
            {
                split[graph.IndexOf(id)] = 1;
            }

            var (nw, pb) = Refine(graph, split, k, options, cancellationToken);
            if ((options.Alpha * nw) + ((1 - options.Alpha) * pb) < (options.Alpha * negativeWithin) + ((1 - options.Alpha) * positiveBetween) - 1e-12)
            {
                (faction, negativeWithin, positiveBetween) = (split, nw, pb);
            }
        }
        var groups = Enumerable.Range(0, n).GroupBy(v => faction[v])
            .Select(g => (IReadOnlyList<string>)[.. g.Select(graph.IdOf)])
            .OrderByDescending(g => g.Count).ThenBy(g => graph.IndexOf(g[0]))
            .ToList();
        if (groups.Count < options.K)
        {
            notes.Add($"factions: {groups.Count} non-empty faction(s) of the {options.K} asked for");
        }

        var criterion = (options.Alpha * negativeWithin) + ((1 - options.Alpha) * positiveBetween);
        return new FactionsResult(options, groups, criterion, negativeWithin, positiveBetween, spectral, notes);
    }

    private static double Cost(TieStrength strength, double w) => w == 0 ? 0 : strength == TieStrength.Unit ? 1 : Math.Abs(w);

    private static int[] SpectralStart(SignedGraph graph, int k, FactionsOptions options, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var laplacian = Matrix<double>.Build.Dense(n, n);
        for (var u = 0; u < n; u++)
        {
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeightsOf(u);
            for (var j = 0; j < targets.Length; j++)
            {
                var w = options.Strength == TieStrength.Unit ? Math.Sign(weights[j]) : weights[j];
                laplacian[u, targets[j]] -= w;
                laplacian[u, u] += Math.Abs(w);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var evd = laplacian.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        var smallest = Enumerable.Range(0, n).OrderBy(i => values[i]).ThenBy(i => i).Take(k).ToArray();
        var points = new double[n][];
        for (var v = 0; v < n; v++)
        {
            points[v] = [.. smallest.Select(i => evd.EigenVectors[v, i])];
        }

        return KMeans(points, k, options, cancellationToken);
    }

    /// <summary>Seeded k-means++ with restarts; the lowest within-cluster sum of squares wins (first on ties).</summary>
    private static int[] KMeans(double[][] points, int k, FactionsOptions options, CancellationToken cancellationToken)
    {
        var n = points.Length;
        var dims = points[0].Length;
        int[]? best = null;
        var bestScore = double.PositiveInfinity;
        for (var r = 0; r < Math.Max(1, options.Restarts); r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rng = new SplitMix64(((ulong)(uint)options.Seed << 32) ^ (ulong)r ^ 0xD6E8FEB86659FD93UL);
            var centres = new double[k][];
            centres[0] = (double[])points[rng.Next(n)].Clone();
            var distance = new double[n];
            for (var c = 1; c < k; c++)
            {
                double total = 0;
                for (var v = 0; v < n; v++)
                {
                    distance[v] = double.PositiveInfinity;
                    for (var d = 0; d < c; d++)
                    {
                        distance[v] = Math.Min(distance[v], Squared(points[v], centres[d]));
                    }

                    total += distance[v];
                }

                var target = rng.NextDouble() * total;
                var chosen = n - 1;
                for (var v = 0; v < n && total > 0; v++)
                {
                    target -= distance[v];
                    if (target <= 0)
                    {
                        chosen = v;
                        break;
                    }
                }

                centres[c] = (double[])points[total > 0 ? chosen : rng.Next(n)].Clone();
            }

            var assign = new int[n];
            for (var iteration = 0; iteration < 100; iteration++)
            {
                var changed = false;
                for (var v = 0; v < n; v++)
                {
                    var bestC = 0;
                    var bestD = Squared(points[v], centres[0]);
                    for (var c = 1; c < k; c++)
                    {
                        var d = Squared(points[v], centres[c]);
                        if (d < bestD)
                        {
                            bestD = d;
                            bestC = c;
                        }
                    }

                    changed |= assign[v] != bestC || iteration == 0;
                    assign[v] = bestC;
                }

                if (!changed)
                {
                    break;
                }

                var sums = new double[k, dims];
                var counts = new int[k];
                for (var v = 0; v < n; v++)
                {
                    counts[assign[v]]++;
                    for (var d = 0; d < dims; d++)
                    {
                        sums[assign[v], d] += points[v][d];
                    }
                }

                for (var c = 0; c < k; c++)
                {
                    for (var d = 0; d < dims && counts[c] > 0; d++)
                    {
                        centres[c][d] = sums[c, d] / counts[c];
                    }
                }
            }

            double score = 0;
            for (var v = 0; v < n; v++)
            {
                score += Squared(points[v], centres[assign[v]]);
            }

            if (score < bestScore - 1e-12)
            {
                bestScore = score;
                best = assign;
            }
        }

        return best!;
    }

    private static double Squared(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return sum;
    }

    /// <summary>Moves single nodes to the faction that lowers the criterion most, until none does; returns the two sums.</summary>
    private static (double NegativeWithin, double PositiveBetween) Refine(SignedGraph graph, int[] faction, int k, FactionsOptions options, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var alpha = options.Alpha;
        var negativeTo = new double[k];
        var positiveTo = new double[k];
        var moved = true;
        for (var sweep = 0; moved && sweep < 1000; sweep++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            moved = false;
            for (var v = 0; v < n; v++)
            {
                Array.Clear(negativeTo);
                Array.Clear(positiveTo);
                double positiveAll = 0;
                var targets = graph.OutNeighbors(v);
                var weights = graph.OutWeightsOf(v);
                for (var j = 0; j < targets.Length; j++)
                {
                    var c = Cost(options.Strength, weights[j]);
                    if (weights[j] < 0)
                    {
                        negativeTo[faction[targets[j]]] += c;
                    }
                    else if (weights[j] > 0)
                    {
                        positiveTo[faction[targets[j]]] += c;
                        positiveAll += c;
                    }
                }

                // v's part of the criterion in faction f: α·negative ties into f + (1 − α)·positive ties out of f.
                double Part(int f) => (alpha * negativeTo[f]) + ((1 - alpha) * (positiveAll - positiveTo[f]));
                var current = faction[v];
                var bestF = current;
                var bestPart = Part(current);
                for (var f = 0; f < k; f++)
                {
                    var p = Part(f);
                    if (p < bestPart - 1e-12)
                    {
                        bestPart = p;
                        bestF = f;
                    }
                }

                if (bestF != current)
                {
                    faction[v] = bestF;
                    moved = true;
                }
            }
        }

        double negativeWithin = 0, positiveBetween = 0;
        foreach (var e in graph.Edges())
        {
            var c = Cost(options.Strength, e.Weight);
            if (e.Weight < 0 && faction[e.Source] == faction[e.Target])
            {
                negativeWithin += c;
            }
            else if (e.Weight > 0 && faction[e.Source] != faction[e.Target])
            {
                positiveBetween += c;
            }
        }

        return (negativeWithin, positiveBetween);
    }
}
