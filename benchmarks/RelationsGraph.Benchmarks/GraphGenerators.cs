namespace RelationsGraph.Benchmarks;

/// <summary>Seeded random graphs for benchmarks, as arc arrays (source, target, weight).</summary>
public static class GraphGenerators
{
    /// <summary>
    /// Barabási–Albert preferential attachment: each new node attaches to <paramref name="m"/> distinct earlier
    /// nodes chosen with probability proportional to degree (a repeated-endpoints list), starting from a clique of m + 1.
    /// Average degree about 2m. Weights: uniform in ±[0.1, 1], negative with probability <paramref name="negativeShare"/>.
    /// </summary>
    public static (int[] Source, int[] Target, double[] Weight) BarabasiAlbert(int n, int m, double negativeShare, int seed)
    {
        var random = new Random(seed);
        var src = new List<int>(n * m);
        var dst = new List<int>(n * m);
        var endpoints = new List<int>(2 * n * m);
        for (var u = 0; u <= m && u < n; u++)
        {
            for (var v = 0; v < u; v++)
            {
                src.Add(u);
                dst.Add(v);
                endpoints.Add(u);
                endpoints.Add(v);
            }
        }

        var chosen = new HashSet<int>();
        for (var u = m + 1; u < n; u++)
        {
            chosen.Clear();
            while (chosen.Count < m)
            {
                chosen.Add(endpoints[random.Next(endpoints.Count)]);
            }

            foreach (var v in chosen.Order())
            {
                src.Add(u);
                dst.Add(v);
                endpoints.Add(u);
                endpoints.Add(v);
            }
        }

        var weights = new double[src.Count];
        for (var e = 0; e < weights.Length; e++)
        {
            var magnitude = 0.1 + (0.9 * random.NextDouble());
            weights[e] = random.NextDouble() < negativeShare ? -magnitude : magnitude;
        }

        return ([.. src], [.. dst], weights);
    }

    /// <summary>Erdős–Rényi G(n, m): m distinct undirected edges chosen uniformly; weights as in <see cref="BarabasiAlbert"/>.</summary>
    public static (int[] Source, int[] Target, double[] Weight) ErdosRenyi(int n, int edges, double negativeShare, int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<long>(edges);
        var src = new int[edges];
        var dst = new int[edges];
        var weights = new double[edges];
        for (var e = 0; e < edges;)
        {
            int u = random.Next(n), v = random.Next(n);
            if (u == v || !seen.Add(((long)Math.Min(u, v) * n) + Math.Max(u, v)))
            {
                continue;
            }

            src[e] = u;
            dst[e] = v;
            var magnitude = 0.1 + (0.9 * random.NextDouble());
            weights[e] = random.NextDouble() < negativeShare ? -magnitude : magnitude;
            e++;
        }

        return (src, dst, weights);
    }

    public static string[] Ids(int n) => Enumerable.Range(0, n).Select(i => "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
