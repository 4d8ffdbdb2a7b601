using System.Globalization;
using RelationsGraph.Balance;
using RelationsGraph.Brokerage;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using RelationsGraph.Tests.Centrality;
using Xunit;
using RelationsGraph.Catalog;

namespace RelationsGraph.Tests.Hardening;

/// <summary>
/// Numerics at the edges (issue 9, item 5): weights from 1e-300 to 1e300, very many equal-length paths, z-scores
/// with zero variance, eigenproblems without a unique answer. Every metric gives finite values, or NaN with a note
/// saying why, or a typed error — never an infinity or a silent NaN. docs/reliability.md lists the rules.
/// </summary>
public class NumericsTests
{
    private static readonly EdgeLength[] Lengths = [EdgeLength.Hops, EdgeLength.InverseStrength, EdgeLength.WeightAsDistance];

    /// <summary>A random signed graph whose |weights| are 10^k for k spread over [-300, 300].</summary>
    private static SignedGraph ExtremeWeights(int seed, bool directed, int nodes = 40, int arcs = 140)
    {
        var random = new Random(seed);
        var ids = TestGraphs.Names(nodes);
        var edges = new List<SignedEdge>();
        var seen = new HashSet<(int, int)>();
        while (edges.Count < arcs)
        {
            int a = random.Next(nodes), b = random.Next(nodes);
            if (a == b || !seen.Add(directed || a < b ? (a, b) : (b, a)))
            {
                continue;
            }

            var magnitude = Math.Pow(10, random.Next(-300, 301));
            edges.Add(new SignedEdge(ids[a], ids[b], random.Next(3) == 0 ? -magnitude : magnitude));
        }

        return SignedGraph.Create(ids, edges, directed);
    }

    public static TheoryData<string, int, bool> MetricCases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var name in MetricCatalog.CreateDefault().Names)
        {
            for (var length = 0; length < Lengths.Length; length++)
            {
                foreach (var directed in new[] { false, true })
                {
                    data.Add(name, length, directed);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MetricCases))]
    public void ExtremeWeights_EveryMetric_FiniteOrExplainedOrTypedError(string name, int length, bool directed)
    {
        var graph = ExtremeWeights(seed: 5 + length, directed);
        var groups = NodeGroups.FromLabels(graph.NodeIds.Select((id, i) => KeyValuePair.Create(id, $"g{i % 3}")));
        foreach (var strength in new[] { TieStrength.Absolute, TieStrength.Unit })
        {
            var parameters = new MetricParameters { Groups = groups, Permutations = 20, Length = Lengths[length], Strength = strength, Seed = 1 };
            IMetric metric;
            try
            {
                metric = MetricCatalog.CreateDefault()[name].Create(parameters);
            }
            catch (Exception e) when (e is InvalidInputException or ArgumentException)
            {
                continue; // a parameter this metric does not take
            }

            (IReadOnlyList<double> Values, IReadOnlyList<string> Notes) result;
            try
            {
                result = metric switch
                {
                    INodeMetric node => Node(node.Compute(graph)),
                    IEdgeMetric edge => Edge(edge.Compute(graph)),
                    _ => throw new InvalidOperationException(),
                };
            }
            catch (UnsupportedGraphException)
            {
                continue; // e.g. status on an undirected graph, balance on a directed one: a typed, documented refusal
            }

            Assert.DoesNotContain(result.Values, double.IsInfinity);
            if (result.Values.Any(double.IsNaN))
            {
                Assert.True(result.Notes.Count > 0, $"{name} ({strength}): NaN without a note saying why");
            }
        }

        static (IReadOnlyList<double>, IReadOnlyList<string>) Node(NodeScores s) => ([.. s.Values], s.Notes);
        static (IReadOnlyList<double>, IReadOnlyList<string>) Edge(EdgeScores s) => ([.. s.Edges.Select(e => e.Value)], s.Notes);
    }

    [Fact]
    public void ExtremeWeights_Strength_SumsBeyondTheDoubleRange_AreATypedError()
    {
        // Two ties of 1e308 sum to more than double.MaxValue: say so, do not return +∞.
        var graph = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1e308), ("a", "c", 1e308));

        var error = Assert.Throws<ComputationOverflowException>(() => new Strength().Compute(graph));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e300)]
    public void ExtremeUniformWeights_PathMetrics_ScaleExactly(double w)
    {
        // A path a–b–c–d with every weight w: distances are multiples of w (or of 1/w), so closeness scales exactly and
        // betweenness does not change at all.
        var graph = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", w), ("b", "c", w), ("c", "d", w));
        foreach (var length in new[] { EdgeLength.InverseStrength, EdgeLength.WeightAsDistance })
        {
            var between = new Betweenness(new BetweennessOptions { Length = length }).Compute(graph);
            Assert.Equal([0, 2, 2, 0], between.Values);

            var unit = length == EdgeLength.WeightAsDistance ? w : 1 / w;
            var closeness = new Closeness(new ClosenessOptions { Length = length }).Compute(graph);
            Assert.Equal(3 / (6 * unit), closeness["a"], 12);
            Assert.Equal(3 / (6 * unit) / (3 / (6 * unit)), closeness["a"] / closeness["a"], 12);
        }
    }

    [Fact]
    public void ManyEqualLengthPaths_DiamondChain_ExactUpTo2Pow1000()
    {
        // K diamonds in series: 2^K shortest paths from one end to the other (σ reaches 2^1000 ≈ 1e301). Cut node j
        // separates the 3j nodes on its left from the 3(K − j) on its right: betweenness 9·j·(K − j) plus ½ for each
        // adjacent diamond's top–bottom pair; the
        // middle nodes of diamond j carry half of the (3j + 1)·(3(K − j − 1) + 1) pairs across it.
        const int K = 1000;
        var (graph, cuts, tops) = DiamondChain(K);

        var scores = new Betweenness().Compute(graph).Values.ToArray();

        for (var j = 0; j <= K; j++)
        {
            // Plus half of the pair of middle nodes on either side (top and bottom of a diamond: two paths).
            var expected = (9.0 * j * (K - j)) + (j > 0 ? 0.5 : 0) + (j < K ? 0.5 : 0);
            Assert.Equal(expected, scores[cuts[j]], 1e-9 * expected);
        }

        for (var j = 0; j < K; j++)
        {
            var expected = ((3.0 * j) + 1) * ((3.0 * (K - j - 1)) + 1) / 2;
            Assert.Equal(expected, scores[tops[j]], 1e-9 * expected);
        }
    }

    [Fact]
    public void ManyEqualLengthPaths_BeyondTheDoubleRange_AreATypedError()
    {
        // 1100 diamonds: 2^1100 shortest paths between the ends — more than a double holds. The result would be
        // ∞ or NaN (∞/∞); instead the computation stops with a typed error that says why.
        var (graph, _, _) = DiamondChain(1100);

        var error = Assert.Throws<ComputationOverflowException>(() => new Betweenness().Compute(graph));
        Assert.Contains("shortest paths", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyEqualLengthPaths_ShortDiamondChain_MatchesBruteForce()
    {
        var (_, _, _, naive) = DiamondChainNaive(6);

        var scores = new Betweenness().Compute(naive.ToSignedGraph()).Values.ToArray();
        var expected = NaiveShortestPaths.Betweenness(naive, new NaiveQuery()).Nodes;

        Assert.Equal(expected.Length, scores.Length);
        for (var v = 0; v < expected.Length; v++)
        {
            Assert.Equal(expected[v], scores[v], 1e-9);
        }
    }

    [Fact]
    public void ZeroVariance_BrokerageZ_IsNaNNotInfinite_AndJsonNull()
    {
        // One group: only coordinator brokerage is possible; the other roles have expectation 0 and sd 0.
        var graph = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1));
        var groups = NodeGroups.FromLabels([KeyValuePair.Create("a", "x"), KeyValuePair.Create("b", "x"), KeyValuePair.Create("c", "x")]);

        var result = new GouldFernandezBrokerage(new BrokerageOptions { Groups = groups }).Analyze(graph);

        foreach (var role in Enum.GetValues<BrokerageRole>().Where(r => r is not BrokerageRole.Coordinator and not BrokerageRole.Total))
        {
            var score = result["b", role];
            Assert.Equal(0, score.StandardDeviation);
            Assert.True(double.IsNaN(score.Z), $"{role}: z = {score.Z}");
        }

        using var stream = new MemoryStream();
        RelationsGraph.Reporting.ScoresFormat.WriteJson(result, stream);
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.Contains("\"z\":null", json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroVariance_SignedBrokerageNull_IsNaNWithFiniteP()
    {
        // No negative tie: every permutation gives the same (zero) count, sd 0, z undefined; p is still defined.
        var graph = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", 1), ("b", "c", 1), ("c", "d", 1));

        var groups = NodeGroups.FromLabels(graph.NodeIds.Select(id => KeyValuePair.Create(id, "all")));
        var result = new SignedBrokerage(new SignedBrokerageOptions { Groups = groups, Permutations = 50, Seed = 3 }).Analyze(graph);

        foreach (var id in graph.NodeIds)
        {
            var score = result[id, BrokerageRole.Total];
            Assert.True(double.IsNaN(score.Z) || double.IsFinite(score.Z));
            Assert.False(double.IsInfinity(score.Z));
            Assert.InRange(score.PValue, 0, 1);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NoUniqueDominantEigenvector_SignedEigenvector_NaNWithNote(bool weighted)
    {
        // A 4-cycle is bipartite: eigenvalues ±2 have the same modulus, so no eigenvector dominates.
        var w = weighted ? 1e300 : 1;
        var graph = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", w), ("b", "c", w), ("c", "d", w), ("d", "a", w));

        var scores = new SignedEigenvector().Compute(graph);

        Assert.All(scores.Values, v => Assert.True(double.IsNaN(v)));
        Assert.Contains(scores.Notes, n => n.Contains("not unique", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1)]
    [InlineData(1e300)]
    public void WalkBalance_ScaleInvariant_AtExtremeWeights(double w)
    {
        // Scaling every weight by c scales every eigenvalue by c; the scaled index (÷ ρ) must not change.
        var edges = new[] { ("a", "b", 1.0), ("b", "c", -1.0), ("c", "a", 1.0), ("c", "d", 2.0), ("d", "a", -0.5) };
        var reference = WalkBalance.Compute(TestGraphs.Undirected(["a", "b", "c", "d"], edges));
        var scaled = WalkBalance.Compute(TestGraphs.Undirected(["a", "b", "c", "d"], [.. edges.Select(e => (e.Item1, e.Item2, e.Item3 * w))]));

        Assert.True(double.IsFinite(scaled.Value), string.Create(CultureInfo.InvariantCulture, $"walk balance {scaled.Value}"));
        Assert.Equal(reference.Scaled, scaled.Scaled, 12);
    }

    private static (SignedGraph Graph, int[] Cuts, int[] Tops) DiamondChain(int k)
    {
        var (cuts, tops, _, naive) = DiamondChainNaive(k);
        return (naive.ToSignedGraph(), cuts, tops);
    }

    /// <summary>cut0 – {top0, bottom0} – cut1 – … – cutK, as node indices of a <see cref="NaiveGraph"/>.</summary>
    private static (int[] Cuts, int[] Tops, int[] Bottoms, NaiveGraph Graph) DiamondChainNaive(int k)
    {
        var cuts = Enumerable.Range(0, k + 1).ToArray();
        var tops = Enumerable.Range(k + 1, k).ToArray();
        var bottoms = Enumerable.Range((2 * k) + 1, k).ToArray();
        var edges = new List<(int, int, double)>();
        for (var j = 0; j < k; j++)
        {
            foreach (var middle in new[] { tops[j], bottoms[j] })
            {
                edges.Add((cuts[j], middle, 1));
                edges.Add((middle, cuts[j + 1], 1));
            }
        }

        return (cuts, tops, bottoms, new NaiveGraph((3 * k) + 1, false, edges));
    }
}
