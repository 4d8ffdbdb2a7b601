namespace RelationsGraph.Brokerage;

/// <summary>
/// Gould and Fernandez's (1989) null model of brokerage: expected counts and variances per role, conditional on the
/// group sizes and the density d = arcs / (N(N−1)), as R sna's <c>brokerage</c> computes them. sna's sums over groups
/// (O(g²) and O(g³) loops) are rewritten with power sums of the group sizes, so the cost is O(g): with integer
/// group sizes the sums are exact in doubles below 2⁵³.
/// </summary>
internal static class GouldFernandezModel
{
    private const int Roles = 6;

    /// <summary>Per group and role: the expectation and variance of one member's count (sna <c>exp.grp</c>, <c>sd.grp</c>²).</summary>
    public static void Groups(ReadOnlySpan<double> sizes, double arcs, Span<double> expected, Span<double> variance)
    {
        var (total, p2, p3) = PowerSums(sizes);
        var d = arcs / (total * (total - 1));
        var (c, k, c3, _, _) = Factors(d);
        for (var i = 0; i < sizes.Length; i++)
        {
            var ni = sizes[i];
            var others = total - ni;
            var others2 = p2 - (ni * ni);
            var others3 = p3 - (ni * ni * ni);
            var e = expected.Slice(i * Roles, Roles);
            var v = variance.Slice(i * Roles, Roles);

            e[0] = c * (ni - 1) * (ni - 2);
            v[0] = (e[0] * k) + (2 * (ni - 1) * (ni - 2) * (ni - 3) * c3);

            // Σ_{j≠i} n_j(n_j − 1) and Σ_{j≠i} n_j(n_j − 1)(n_j − 2).
            e[1] = c * (others2 - others);
            v[1] = (e[1] * k) + (2 * (others3 - (3 * others2) + (2 * others)) * c3);

            e[2] = c * others * (ni - 1);
            v[2] = (e[2] * k) + (2 * (((ni - 1) * Choose2(others)) + (others * Choose2(ni - 1))) * c3);
            e[3] = e[2];
            v[3] = v[2];

            // Σ_{j≠k; j,k≠i} n_j n_k and Σ_{j≠i} n_j C(N − n_i − n_j, 2).
            e[4] = c * ((others * others) - others2);
            var m = others;
            var pairs = 0.5 * ((((m * m) - m) * others) - (((2 * m) - 1) * others2) + others3);
            v[4] = (e[4] * k) + (4 * pairs * c3);

            e[5] = c * (total - 1) * (total - 2);
            v[5] = (e[5] * k) + (2 * (total - 1) * (total - 2) * (total - 3) * c3);
        }
    }

    /// <summary>Per role: the expectation and variance of the graph's total count (sna <c>exp.gli</c>, <c>sd.gli</c>²).</summary>
    public static void Graph(ReadOnlySpan<double> sizes, double arcs, Span<double> expected, Span<double> variance)
    {
        var (total, p2, _) = PowerSums(sizes);
        var d = arcs / (total * (total - 1));
        var (c, k, c3, c4, c5) = Factors(d);
        double coordinator = 0, coordinatorVar = 0, itinerant = 0, itinerantVar = 0, representative = 0, representativeVar = 0;
        double triples = 0, weightedTriples = 0;
        foreach (var n in sizes)
        {
            var rest = total - n;
            var rest2 = p2 - (n * n);
            var n3 = n * (n - 1) * (n - 2);
            coordinator += n3;
            coordinatorVar += n3 * ((((4 * n) - 10) * c3) - (4 * (n - 3) * c4) + ((n - 3) * c5));

            var nr = n * rest * (n - 1);
            itinerant += nr;
            itinerantVar += n * (n - 1) * ((rest * ((((2 * n) - 6) * c3) + ((total - n - 1) * c5))) + (2 * c3 * rest2));
            representative += nr;
            representativeVar += nr * (((total - 3) * c3) + ((n - 2) * c5));

            // Σ over ordered pairs of distinct groups (j, k), both ≠ i, of n_j n_k — which is also
            // Σ_{j≠i} n_j (N − n_i − n_j), sna's liaison expectation term.
            var distinctPairs = (rest * rest) - rest2;
            triples += n * distinctPairs;
            weightedTriples += n * n * distinctPairs;
        }

        expected[0] = c * coordinator;
        variance[0] = (expected[0] * k) + coordinatorVar;
        expected[1] = c * itinerant;
        variance[1] = (expected[1] * k) + itinerantVar;
        expected[2] = c * representative;
        variance[2] = (expected[2] * k) + representativeVar;
        expected[3] = expected[2];
        variance[3] = variance[2];

        // Liaison: the sum over ordered triples of distinct groups of n_i n_j n_k f(i, j, k) is linear in the sizes,
        // so it reduces to Σ n_i n_j n_k (constant part) and Σ n_i² n_j n_k (the size coefficients, summed).
        expected[4] = c * triples;
        var constant = ((((4 * total) - 2) * (c3 - c4)) + ((total - 1) * c5));
        var slope = (-8 * c3) + (8 * c4) - (2 * c5);
        variance[4] = (expected[4] * k) + ((constant * triples) + (slope * weightedTriples));

        expected[5] = c * total * (total - 1) * (total - 2);
        variance[5] = (expected[5] * k) + (total * (total - 1) * (total - 2) * ((((4 * total) - 10) * c3) - (4 * (total - 3) * c4) + ((total - 3) * c5)));
    }

    private static (double Total, double P2, double P3) PowerSums(ReadOnlySpan<double> sizes)
    {
        double p1 = 0, p2 = 0, p3 = 0;
        foreach (var n in sizes)
        {
            p1 += n;
            p2 += n * n;
            p3 += n * n * n;
        }

        return (p1, p2, p3);
    }

    private static (double C, double K, double C3, double C4, double C5) Factors(double d)
    {
        var q = 1 - d;
        var c = d * d * q;
        return (c, 1 - c, d * d * d * q * q * q, d * d * d * d * q * q, d * d * d * d * d * q);
    }

    private static double Choose2(double x) => x * (x - 1) / 2;
}
