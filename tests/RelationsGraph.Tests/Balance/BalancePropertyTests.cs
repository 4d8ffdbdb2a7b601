using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RelationsGraph.Balance;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Balance;

/// <summary>
/// Balance measures on random small signed graphs against brute force (every triple, every bipartition), and the
/// structural properties: a graph built balanced has frustration 0 and balance 1; one flipped tie moves the
/// frustration index by at most 1; two factions at α = 1/2 cost half the frustration index.
/// </summary>
public class BalancePropertyTests
{
    private const int Cases = 150;

    /// <summary>A random undirected signed graph on 0..10 nodes, with a hidden bipartition.</summary>
    /// <param name="Nodes">Node count; ids n0...</param>
    /// <param name="Ties">Ties (u &lt; v, weight).</param>
    /// <param name="Sides">A side per node, used by the balanced variant.</param>
    public sealed record SignedCase(int Nodes, (int U, int V, double W)[] Ties, bool[] Sides)
    {
        /// <summary>The graph.</summary>
        public SignedGraph Graph() => Build(Ties);

        /// <summary>The same ties with signs set by the sides: positive within, negative across — balanced.</summary>
        public SignedGraph Balanced() => Build([.. Ties.Select(t => (t.U, t.V, Math.Abs(t.W) * (Sides[t.U] == Sides[t.V] ? 1 : -1)))]);

        /// <summary>The graph with tie <paramref name="index"/>'s sign flipped.</summary>
        public SignedGraph Flipped(int index) => Build([.. Ties.Select((t, i) => i == index ? (t.U, t.V, -t.W) : t)]);

        /// <inheritdoc/>
        public override string ToString() => $"n={Nodes} ties=[{string.Join(' ', Ties.Select(t => $"{t.U}-{t.V}:{t.W}"))}]";

        private SignedGraph Build((int U, int V, double W)[] ties) =>
            SignedGraph.Create(Enumerable.Range(0, Nodes).Select(i => $"n{i}"), ties.Select(t => new SignedEdge($"n{t.U}", $"n{t.V}", t.W)), isDirected: false);
    }

    /// <summary>FsCheck generators.</summary>
    public static class Arbitraries
    {
        /// <summary>Cases with weights ±0.5, ±1, ±2.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<SignedCase> Cases()
        {
            var gen =
                from n in Gen.Choose(0, 10)
                from percent in Gen.Elements(25, 50, 80)
                from ties in TiesGen(n, percent)
                from sides in Gen.ArrayOf(Gen.Elements(false, true), n)
                select new SignedCase(n, ties, sides);
            return Arb.From(gen);
        }

        private static Gen<(int U, int V, double W)[]> TiesGen(int n, int percent)
        {
            var pairs = new List<(int, int)>();
            for (var u = 0; u < n; u++)
            {
                for (var v = u + 1; v < n; v++)
                {
                    pairs.Add((u, v));
                }
            }

            return Gen.CollectToArray(pairs, p =>
                    from keep in Gen.Choose(1, 100)
                    from w in Gen.Elements(-2.0, -1.0, -0.5, 0.5, 1.0, 2.0)
                    select (p.Item1, p.Item2, W: keep <= percent ? w : double.NaN))
                .Select(ts => ts.Where(t => !double.IsNaN(t.W)).ToArray());
        }
    }

    private static double BruteFrustration(SignedCase c, SignedGraph g, TieStrength strength)
    {
        if (c.Nodes == 0)
        {
            return 0;
        }

        var best = double.PositiveInfinity;
        for (var mask = 0; mask < 1 << (c.Nodes - 1); mask++)
        {
            double cost = 0;
            foreach (var e in g.Edges())
            {
                var same = ((mask >> e.Source) & 1) == ((mask >> e.Target) & 1);
                if (same == (e.Weight < 0))
                {
                    cost += strength == TieStrength.Unit ? 1 : Math.Abs(e.Weight);
                }
            }

            best = Math.Min(best, cost);
        }

        return best;
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void Triangles_EqualBruteForce(SignedCase c)
    {
        var g = c.Graph();
        var census = SignedTriangles.Count(g);
        var counts = new long[4];
        var perNode = new long[c.Nodes, 4];
        for (var a = 0; a < c.Nodes; a++)
        {
            for (var b = a + 1; b < c.Nodes; b++)
            {
                for (var d = b + 1; d < c.Nodes; d++)
                {
                    if (g.TryGetWeight(a, b, out var ab) && g.TryGetWeight(b, d, out var bd) && g.TryGetWeight(a, d, out var ad))
                    {
                        var negatives = (ab < 0 ? 1 : 0) + (bd < 0 ? 1 : 0) + (ad < 0 ? 1 : 0);
                        counts[negatives]++;
                        perNode[a, negatives]++;
                        perNode[b, negatives]++;
                        perNode[d, negatives]++;
                    }
                }
            }
        }

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(counts[i], census.Graph[i]);
            for (var v = 0; v < c.Nodes; v++)
            {
                Assert.Equal(perNode[v, i], census.Node(v)[i]);
            }
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void Frustration_ExactEqualsEveryBipartition(SignedCase c)
    {
        var g = c.Graph();
        foreach (var strength in new[] { TieStrength.Unit, TieStrength.Absolute })
        {
            var result = Frustration.Compute(g, new FrustrationOptions { Strength = strength });
            Assert.True(result.IsExact);
            Assert.Equal(BruteFrustration(c, g, strength), result.Index, 9);
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void BalancedByConstruction_FrustrationZero_BalanceOne(SignedCase c)
    {
        var g = c.Balanced();

        Assert.Equal(0, Frustration.Compute(g).Index);
        Assert.Equal(0, Frustration.Compute(g, new FrustrationOptions { Method = FrustrationMethod.Heuristic, Restarts = 1 }).Index);
        var census = SignedTriangles.Count(g).Graph;
        Assert.True(census.Total == 0 ? double.IsNaN(census.BalanceIndex) : census.BalanceIndex == 1);
        if (c.Nodes > 0)
        {
            Assert.Equal(1.0, WalkBalance.Compute(g).Value, 12);
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void OneFlippedTie_MovesFrustrationByAtMostOne(SignedCase c)
    {
        if (c.Ties.Length == 0)
        {
            return;
        }

        var before = Frustration.Compute(c.Graph()).Index;
        for (var i = 0; i < c.Ties.Length; i++)
        {
            var after = Frustration.Compute(c.Flipped(i)).Index;
            Assert.InRange(after - before, -1, 1);
        }
    }

    [Property(MaxTest = 80, Arbitrary = [typeof(Arbitraries)])]
    public void WhatIf_EqualsRecomputingFromScratch(SignedCase c)
    {
        var g = c.Graph();
        var whatIf = new BalanceWhatIf(g);
        var ties = g.EdgesById().ToList();
        for (var i = 0; i < ties.Count; i++)
        {
            var flip = whatIf.FlipSign(ties[i].Source, ties[i].Target);
            Expect(flip, c.Flipped(i));
            var remove = whatIf.Remove(ties[i].Source, ties[i].Target);
            Expect(remove, SignedGraph.Create(g.NodeIds, ties.Where((_, j) => j != i), isDirected: false));
        }

        for (var u = 0; u < c.Nodes; u++)
        {
            for (var v = u + 1; v < c.Nodes; v++)
            {
                if (!g.HasEdge(u, v))
                {
                    var added = new SignedEdge(g.IdOf(u), g.IdOf(v), (u + v) % 2 == 0 ? 1 : -2);
                    Expect(whatIf.Add(added.Source, added.Target, added.Weight), SignedGraph.Create(g.NodeIds, ties.Append(added), isDirected: false));
                }
            }
        }

        static void Expect(BalanceDelta delta, SignedGraph changed)
        {
            Assert.Equal(SignedTriangles.Count(changed).Graph, delta.TrianglesAfter);
            var fresh = Frustration.Compute(changed);
            Assert.Equal(fresh.Index, delta.FrustrationAfter, 9);
            Assert.True(delta.FrustrationExact);
            Assert.InRange(delta.FrustrationChange, -1, 1);
        }
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(Arbitraries)])]
    public void TwoFactions_AtHalfAlpha_CostHalfTheFrustration(SignedCase c)
    {
        var g = c.Graph();
        var factions = Factions.Compute(g, new FactionsOptions { K = 2 });

        Assert.Equal(Frustration.Compute(g).Index / 2, factions.Criterion, 9);
        Assert.Equal(c.Nodes, factions.Factions.Sum(f => f.Count));
    }
}
