using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Brokerage;

/// <summary>
/// Brokerage against brute-force enumeration of every ordered triple on random small signed graphs (0..11 nodes,
/// directed and undirected, zero-weight ties, 1..4 groups), and the O(g) null-model sums against R sna's formulas
/// transcribed literally.
/// </summary>
public class BrokeragePropertyTests
{
    private const int Cases = 200;

    private static readonly BrokerageRole[] CountedRoles = [BrokerageRole.Coordinator, BrokerageRole.Itinerant, BrokerageRole.Representative, BrokerageRole.Gatekeeper, BrokerageRole.Liaison];

    /// <summary>A random small signed graph with a group per node.</summary>
    /// <param name="Nodes">Node count; ids n0, n1, ...</param>
    /// <param name="Directed">Whether arcs are directed.</param>
    /// <param name="Ties">Ties (u, v, weight); undirected ties have u &lt; v.</param>
    /// <param name="Groups">The group of each node.</param>
    public sealed record BrokerageCase(int Nodes, bool Directed, (int U, int V, double W)[] Ties, int[] Groups)
    {
        /// <summary>The graph.</summary>
        public SignedGraph Graph() => SignedGraph.Create(
            Enumerable.Range(0, Nodes).Select(Id),
            Ties.Select(t => new SignedEdge(Id(t.U), Id(t.V), t.W)),
            Directed);

        /// <summary>The groups as labels g0, g1, ...</summary>
        public NodeGroups NodeGroups() =>
            RelationsGraph.Graphs.NodeGroups.FromLabels(Enumerable.Range(0, Nodes).Select(v => KeyValuePair.Create(Id(v), $"g{Groups[v]}")));

        /// <summary>The sign of the arc u → v (undirected: of the tie), 0 when absent or of weight 0.</summary>
        public int Sign(int u, int v)
        {
            foreach (var t in Ties)
            {
                if ((t.U == u && t.V == v) || (!Directed && t.U == v && t.V == u))
                {
                    return Math.Sign(t.W);
                }
            }

            return 0;
        }

        /// <summary>Whether the arc u → v exists among the ties that <paramref name="filter"/> keeps.</summary>
        public bool Arc(int u, int v, TieFilter filter)
        {
            foreach (var t in Ties)
            {
                if ((t.U == u && t.V == v) || (!Directed && t.U == v && t.V == u))
                {
                    return filter switch
                    {
                        TieFilter.Positive => t.W > 0,
                        TieFilter.Negative => t.W < 0,
                        _ => true,
                    };
                }
            }

            return false;
        }

        /// <summary>The groups renumbered in ordinal order of their labels, as the result reports them.</summary>
        public int[] OrdinalGroups()
        {
            var labels = Groups.Distinct().Select(g => $"g{g}").Order(StringComparer.Ordinal).ToList();
            return [.. Groups.Select(g => labels.IndexOf($"g{g}"))];
        }

        /// <inheritdoc/>
        public override string ToString() =>
            $"n={Nodes} {(Directed ? "directed" : "undirected")} ties=[{string.Join(' ', Ties.Select(t => $"{t.U}{(Directed ? ">" : "-")}{t.V}:{t.W}"))}] groups=[{string.Join(',', Groups)}]";

        private static string Id(int v) => $"n{v}";
    }

    /// <summary>FsCheck generators.</summary>
    public static class Arbitraries
    {
        /// <summary>Random cases: each candidate pair becomes a tie with a random chance; weights −1, 0, 1, 2.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<BrokerageCase> Cases()
        {
            var gen =
                from n in Gen.Choose(0, 11)
                from directed in Gen.Elements(false, true)
                from percent in Gen.Elements(20, 40, 70)
                from groupCount in Gen.Choose(1, 4)
                from groups in Gen.ArrayOf(Gen.Choose(0, groupCount - 1), n)
                from ties in TiesGen(n, directed, percent)
                select new BrokerageCase(n, directed, ties, groups);
            return Arb.From(gen);
        }

        private static Gen<(int U, int V, double W)[]> TiesGen(int n, bool directed, int percent)
        {
            var pairs = new List<(int, int)>();
            for (var u = 0; u < n; u++)
            {
                for (var v = 0; v < n; v++)
                {
                    if (u != v && (directed || u < v))
                    {
                        pairs.Add((u, v));
                    }
                }
            }

            return Gen.CollectToArray(pairs, p =>
                    from keep in Gen.Choose(1, 100)
                    from w in Gen.Elements(-1.0, -1.0, 0.0, 1.0, 1.0, 2.0)
                    select (p.Item1, p.Item2, W: keep <= percent ? w : double.NaN))
                .Select(ts => ts.Where(t => !double.IsNaN(t.W)).ToArray());
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void GouldFernandez_RawCounts_EqualBruteForce(BrokerageCase c)
    {
        foreach (var ties in new[] { TieFilter.All, TieFilter.Positive, TieFilter.Negative })
        {
            var result = new GouldFernandezBrokerage(new BrokerageOptions { Groups = c.NodeGroups(), Ties = ties }).Analyze(c.Graph());
            var expected = NaiveBrokerage.GouldFernandez(c.Nodes, (u, v) => c.Arc(u, v, ties), c.Groups);
            AssertCounts(c, result, expected);
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void SignedBrokerage_RawCounts_EqualBruteForce(BrokerageCase c)
    {
        var result = new SignedBrokerage(new SignedBrokerageOptions { Groups = c.NodeGroups(), Permutations = 3, Seed = 5 }).Analyze(c.Graph());
        AssertCounts(c, result, NaiveBrokerage.Signed(c.Nodes, c.Sign, c.Groups));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Arbitraries)])]
    public void SignedBrokerage_NullModel_SameForAnyNumberOfCores(BrokerageCase c)
    {
        SignedBrokerageOptions Options(int workers) => new() { Groups = c.NodeGroups(), Permutations = 40, Seed = 11, MaxDegreeOfParallelism = workers };
        var one = new SignedBrokerage(Options(1)).Analyze(c.Graph());
        var three = new SignedBrokerage(Options(3)).Analyze(c.Graph());
        for (var v = 0; v < c.Nodes; v++)
        {
            foreach (var role in Enum.GetValues<BrokerageRole>())
            {
                Assert.Equal(one.Node(v, role), three.Node(v, role));
            }
        }

        foreach (var role in Enum.GetValues<BrokerageRole>())
        {
            Assert.Equal(one.Graph(role), three.Graph(role));
        }
    }

    [Property(MaxTest = Cases)]
    public void NullModel_PowerSums_EqualSnaFormulas(PositiveInt[] rawSizes, NonNegativeInt rawArcs)
    {
        var sizes = rawSizes.Take(8).Select(s => (double)((s.Get % 30) + 1)).ToArray();
        if (sizes.Length == 0)
        {
            return;
        }

        var total = sizes.Sum();
        var arcs = total < 2 ? 0 : rawArcs.Get % (total * (total - 1) + 1);
        var expected = new double[sizes.Length * 6];
        var variance = new double[sizes.Length * 6];
        GouldFernandezModel.Groups(sizes, arcs, expected, variance);
        for (var i = 0; i < sizes.Length; i++)
        {
            var (e, v) = NaiveBrokerage.SnaGroup(sizes, arcs, i);
            for (var r = 0; r < 6; r++)
            {
                AssertClose(e[r], expected[(i * 6) + r], $"group {i} role {r} expected");
                AssertClose(v[r], variance[(i * 6) + r], $"group {i} role {r} variance");
            }
        }

        var ge = new double[6];
        var gv = new double[6];
        GouldFernandezModel.Graph(sizes, arcs, ge, gv);
        var (se, sv) = NaiveBrokerage.SnaGraph(sizes, arcs);
        for (var r = 0; r < 6; r++)
        {
            AssertClose(se[r], ge[r], $"graph role {r} expected");
            AssertClose(sv[r], gv[r], $"graph role {r} variance");
        }
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual}");
            return;
        }

        // The literal formulas sum terms of both signs; compare relative to the largest term's scale.
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected}, got {actual}");
    }

    private static void AssertCounts(BrokerageCase c, BrokerageResult result, long[,] expected)
    {
        var ordinal = c.OrdinalGroups();
        var groupTotals = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var graphTotals = new double[6];
        for (var v = 0; v < c.Nodes; v++)
        {
            long total = 0;
            for (var r = 0; r < 5; r++)
            {
                Assert.Equal(expected[v, r], result.Node(v, CountedRoles[r]).Raw);
                total += expected[v, r];
            }

            Assert.Equal(total, result.Node(v, BrokerageRole.Total).Raw);
            var label = result.GroupLabels[ordinal[v]];
            Assert.Equal(label, result.GroupOf(result.Ids[v]));
            var sums = groupTotals.TryGetValue(label, out var s) ? s : groupTotals[label] = new double[6];
            for (var r = 0; r < 6; r++)
            {
                sums[r] += result.Node(v, (BrokerageRole)r).Raw;
                graphTotals[r] += result.Node(v, (BrokerageRole)r).Raw;
            }
        }

        foreach (var (label, sums) in groupTotals)
        {
            for (var r = 0; r < 6; r++)
            {
                Assert.Equal(sums[r], result.Group(label, (BrokerageRole)r).Total.Raw);
            }
        }

        for (var r = 0; r < 6; r++)
        {
            Assert.Equal(graphTotals[r], result.Graph((BrokerageRole)r).Raw);
        }
    }
}
