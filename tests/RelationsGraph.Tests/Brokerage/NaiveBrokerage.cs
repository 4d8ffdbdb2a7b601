namespace RelationsGraph.Tests.Brokerage;

/// <summary>
/// Test-side references for brokerage: brute-force enumeration of all ordered triples (a, v, b), and R sna's
/// null-model formulas transcribed literally with their loops over groups (O(g³)), to check the library's O(g) form.
/// </summary>
internal static class NaiveBrokerage
{
    /// <summary>Role index by groups: 0 coordinator, 1 itinerant, 2 representative, 3 gatekeeper, 4 liaison.</summary>
    public static int Role(int ga, int gv, int gb) =>
        ga == gv && gv == gb ? 0
        : ga == gb ? 1
        : ga == gv ? 2
        : gv == gb ? 3
        : 4;

    /// <summary>Gould–Fernandez counts per node and role (5 roles) from an arc predicate.</summary>
    public static long[,] GouldFernandez(int n, Func<int, int, bool> arc, int[] group)
    {
        var counts = new long[n, 5];
        for (var a = 0; a < n; a++)
        {
            for (var v = 0; v < n; v++)
            {
                for (var b = 0; b < n; b++)
                {
                    if (a != v && v != b && a != b && arc(a, v) && arc(v, b) && !arc(a, b))
                    {
                        counts[v, Role(group[a], group[v], group[b])]++;
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// Signed counts: a → v → b over positive ties, no positive a → b, and a negative tie between a and b either way.
    /// <paramref name="sign"/> gives the sign of the arc (0 when absent).
    /// </summary>
    public static long[,] Signed(int n, Func<int, int, int> sign, int[] group)
    {
        var counts = new long[n, 5];
        for (var a = 0; a < n; a++)
        {
            for (var v = 0; v < n; v++)
            {
                for (var b = 0; b < n; b++)
                {
                    if (a != v && v != b && a != b && sign(a, v) > 0 && sign(v, b) > 0 && sign(a, b) <= 0 && (sign(a, b) < 0 || sign(b, a) < 0))
                    {
                        counts[v, Role(group[a], group[v], group[b])]++;
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>sna's exp.grp / sd.grp² for group <paramref name="i"/> (roles in sna order, 6 values), literally.</summary>
    public static (double[] Expected, double[] Variance) SnaGroup(double[] n, double arcs, int i)
    {
        var total = n.Sum();
        var d = arcs / (total * (total - 1));
        var others = n.Where((_, j) => j != i).ToArray();
        var c = d * d * (1 - d);
        var c3 = Math.Pow(d, 3) * Math.Pow(1 - d, 3);
        var e = new double[6];
        var v = new double[6];
        var ni = n[i];
        e[0] = c * (ni - 1) * (ni - 2);
        v[0] = (e[0] * (1 - c)) + (2 * (ni - 1) * (ni - 2) * (ni - 3) * c3);
        e[1] = c * others.Sum(x => x * (x - 1));
        v[1] = (e[1] * (1 - c)) + (2 * others.Sum(x => x * (x - 1) * (x - 2)) * c3);
        e[2] = c * (total - ni) * (ni - 1);
        v[2] = (e[2] * (1 - c)) + (2 * (((ni - 1) * Choose2(total - ni)) + ((total - ni) * Choose2(ni - 1))) * c3);
        e[3] = e[2];
        v[3] = v[2];
        var outer = 0.0;
        foreach (var x in others)
        {
            foreach (var y in others)
            {
                outer += x * y;
            }
        }

        e[4] = c * (outer - others.Sum(x => x * x));
        v[4] = (e[4] * (1 - c)) + (4 * others.Sum(x => x * Choose2(total - x - ni) * c3));
        e[5] = c * (total - 1) * (total - 2);
        v[5] = (e[5] * (1 - c)) + (2 * (total - 1) * (total - 2) * (total - 3) * c3);
        return (e, v);
    }

    /// <summary>sna's exp.gli / sd.gli² (6 values), literally, including the triple loop of the liaison variance.</summary>
    public static (double[] Expected, double[] Variance) SnaGraph(double[] n, double arcs)
    {
        var total = n.Sum();
        var d = arcs / (total * (total - 1));
        var c = d * d * (1 - d);
        var c3 = Math.Pow(d, 3) * Math.Pow(1 - d, 3);
        var c4 = Math.Pow(d, 4) * Math.Pow(1 - d, 2);
        var c5 = Math.Pow(d, 5) * (1 - d);
        var e = new double[6];
        var v = new double[6];
        e[0] = c * n.Sum(x => x * (x - 1) * (x - 2));
        v[0] = (e[0] * (1 - c)) + n.Sum(x => x * (x - 1) * (x - 2) * ((((4 * x) - 10) * c3) - (4 * (x - 3) * c4) + ((x - 3) * c5)));
        e[1] = c * n.Sum(x => x * (total - x) * (x - 1));
        var outer = 0.0;
        foreach (var x in n)
        {
            foreach (var y in n)
            {
                outer += x * y * (x - 1) * ((((2 * x) + (2 * y) - 6) * c3) + ((total - x - 1) * c5));
            }
        }

        v[1] = (e[1] * (1 - c)) + (outer - n.Sum(x => x * x * (x - 1) * ((((4 * x) - 6) * c3) + ((total - x - 1) * c5))));
        e[2] = c * n.Sum(x => x * (total - x) * (x - 1));
        v[2] = (e[2] * (1 - c)) + n.Sum(x => x * (total - x) * (x - 1) * (((total - 3) * c3) + ((x - 2) * c5)));
        e[3] = e[2];
        v[3] = v[2];
        var pairs = 0.0;
        foreach (var x in n)
        {
            foreach (var y in n)
            {
                pairs += x * y * (total - x - y);
            }
        }

        e[4] = c * (pairs - n.Sum(x => x * x * (total - (2 * x))));
        v[4] = e[4] * (1 - c);
        for (var i = 0; i < n.Length; i++)
        {
            for (var j = 0; j < n.Length; j++)
            {
                for (var k = 0; k < n.Length; k++)
                {
                    if (i != j && j != k && i != k)
                    {
                        v[4] += n[i] * n[j] * n[k] * (((((4 * (total - n[j])) - (2 * (n[i] + n[k] + 1))) * c3)
                            - (((4 * (total - n[k])) - (2 * (n[i] + n[j] + 1))) * c4))
                            + ((total - (n[i] + n[k] + 1)) * c5));
                    }
                }
            }
        }

        e[5] = c * total * (total - 1) * (total - 2);
        v[5] = (e[5] * (1 - c)) + (total * (total - 1) * (total - 2) * ((((4 * total) - 10) * c3) - (4 * (total - 3) * c4) + ((total - 3) * c5)));
        return (e, v);
    }

    private static double Choose2(double x) => x * (x - 1) / 2;
}
