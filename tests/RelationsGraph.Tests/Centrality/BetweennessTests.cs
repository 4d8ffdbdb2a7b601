using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>Betweenness, edge betweenness, closeness and harmonic centrality on hand-drawn graphs, values worked out by hand.</summary>
public class BetweennessTests
{
    private static readonly string[] Five = ["a", "b", "c", "d", "e"];

    // a – b – c – d – e
    private static readonly SignedGraph Path5 =
        TestGraphs.Undirected(Five, ("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("d", "e", 1));

    // a → b → c → d → e
    private static readonly SignedGraph DirectedPath5 =
        TestGraphs.Directed(Five, ("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("d", "e", 1));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static void AssertValues(double[] expected, NodeScores actual)
    {
        var values = actual.AsSpan().ToArray();
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.True(double.IsNaN(values[i]), $"{actual.Ids[i]}: expected NaN, got {values[i]}");
            }
            else
            {
                Assert.True(Math.Abs(expected[i] - values[i]) <= 1e-12, $"{actual.Ids[i]}: expected {expected[i]}, got {values[i]}");
            }
        }
    }

    private static NodeScores Betweenness(SignedGraph graph, BetweennessOptions? options = null) =>
        new Betweenness(options).Compute(graph, null, Token);

    private static EdgeScores EdgeBetweenness(SignedGraph graph, BetweennessOptions? options = null) =>
        new EdgeBetweenness(options).Compute(graph, null, Token);

    // ------------------------------------------------------------------ path, star, cycle, triangle

    [Fact]
    public void Betweenness_UndirectedPath_CountsPairsThrough()
    {
        // b lies on a–c, a–d, a–e (3); c on a–d, a–e, b–d, b–e (4); d on a–e, b–e, c–e (3); the ends on none.
        AssertValues([0, 3, 4, 3, 0], Betweenness(Path5));
    }

    [Fact]
    public void Betweenness_DirectedPath_SameCountsOverOrderedPairs()
    {
        // Only the forward pairs have paths: b on (a,c),(a,d),(a,e); c on (a,d),(a,e),(b,d),(b,e); d on (a,e),(b,e),(c,e).
        AssertValues([0, 3, 4, 3, 0], Betweenness(DirectedPath5));
    }

    [Fact]
    public void Betweenness_NormalizedPath_NetworkxFactors()
    {
        // Undirected: × 2/((n−1)(n−2)) = 2/12; directed: × 1/12.
        AssertValues([0, 0.5, 4.0 / 6, 0.5, 0], Betweenness(Path5, new BetweennessOptions { Normalized = true }));
        AssertValues([0, 0.25, 4.0 / 12, 0.25, 0], Betweenness(DirectedPath5, new BetweennessOptions { Normalized = true }));
    }

    [Fact]
    public void Betweenness_PathWithEndpoints_AddsEachReachedPairToBothEnds()
    {
        // Every node reaches the 4 others: + 4 each. Normalized with endpoints: × 2/(n(n−1)) = 2/20.
        AssertValues([4, 7, 8, 7, 4], Betweenness(Path5, new BetweennessOptions { Endpoints = true }));
        AssertValues([0.4, 0.7, 0.8, 0.7, 0.4], Betweenness(Path5, new BetweennessOptions { Endpoints = true, Normalized = true }));

        // Directed: a reaches 4, b 3, c 2, d 1 (as sources) and e is reached by 4, d by 3, c by 2, b by 1 (as targets).
        // a: 0 + 4 + 0 = 4; b: 3 + 3 + 1 = 7; c: 4 + 2 + 2 = 8; d: 3 + 1 + 3 = 7; e: 0 + 0 + 4 = 4.
        AssertValues([4, 7, 8, 7, 4], Betweenness(DirectedPath5, new BetweennessOptions { Endpoints = true }));
    }

    [Fact]
    public void Betweenness_Star_CenterOnEveryLeafPair()
    {
        // Centre c, leaves 1..4: c lies on all C(4,2) = 6 leaf pairs; normalized 6 · 2/(4·3) = 1.
        var star = TestGraphs.Undirected(["c", "l1", "l2", "l3", "l4"], ("c", "l1", 1), ("c", "l2", -1), ("c", "l3", 2), ("c", "l4", 0.5));

        AssertValues([6, 0, 0, 0, 0], Betweenness(star));
        AssertValues([1, 0, 0, 0, 0], Betweenness(star, new BetweennessOptions { Normalized = true }));

        // Each spoke carries its leaf's 4 pairs (with the centre and the 3 other leaves).
        var edges = EdgeBetweenness(star);
        Assert.All(edges.Edges, e => Assert.Equal(4, e.Value));
    }

    [Fact]
    public void Betweenness_FourCycle_SplitsEachOppositePairInHalf()
    {
        // a–b–c–d–a: a–c goes through b or d (½ each), b–d through a or c (½ each).
        var cycle = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("d", "a", 1));

        AssertValues([0.5, 0.5, 0.5, 0.5], Betweenness(cycle));

        // Each edge: its own pair (1) + ½ of one opposite pair + ½ of the other = 2.
        Assert.All(EdgeBetweenness(cycle).Edges, e => Assert.Equal(2, e.Value));
    }

    [Fact]
    public void Betweenness_DirectedTriangle_EachNodeOnOnePair()
    {
        // a→b→c→a: (a,c) goes a→b→c, (b,a) goes b→c→a, (c,b) goes c→a→b.
        var triangle = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1), ("c", "a", 1));

        AssertValues([1, 1, 1], Betweenness(triangle));

        // n = 3 directed: × 1/((n−1)(n−2)) = ½.
        AssertValues([0.5, 0.5, 0.5], Betweenness(triangle, new BetweennessOptions { Normalized = true }));
    }

    [Fact]
    public void Betweenness_TwoNodes_NormalizedLeavesScoresUnscaled()
    {
        var pair = TestGraphs.Undirected(["a", "b"], ("a", "b", 1));

        AssertValues([0, 0], Betweenness(pair, new BetweennessOptions { Normalized = true }));

        // With endpoints n = 2 is scaled: each end gets 1 from the pair, × 2/(2·1) = 1.
        AssertValues([1, 1], Betweenness(pair, new BetweennessOptions { Normalized = true, Endpoints = true }));
    }

    // ------------------------------------------------------------------ weighted paths

    [Fact]
    public void Betweenness_EqualWeightedLengths_SplitHalfAndHalf()
    {
        // Lengths |w|: a–b 1, b–d 2, a–c 2, c–d 1, d–e 1. a→d: a–b–d (1+2) and a–c–d (2+1) both 3: b ½, c ½.
        // b→c: b–a–c (1+2) and b–d–c (2+1) both 3: a ½, d ½. a→e: both 4 via b or c, then d: b ½, c ½, d 1.
        // b→e: b–d–e 3 (vs 5): d 1. c→e: c–d–e 2: d 1.
        var g = TestGraphs.Undirected(Five, ("a", "b", 1), ("b", "d", 2), ("a", "c", -2), ("c", "d", 1), ("d", "e", 1));

        AssertValues([0.5, 1, 1, 3.5, 0], Betweenness(g, new BetweennessOptions { Length = EdgeLength.WeightAsDistance }));
    }

    [Fact]
    public void Betweenness_InverseStrength_StrongerTiesAreShorter()
    {
        // a–b 4 and b–c 4 (lengths ¼ + ¼ = ½) beat the direct a–c 1 (length 1): b lies on a–c. In hops the direct tie wins.
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 4), ("b", "c", 4), ("a", "c", 1));

        AssertValues([0, 1, 0], Betweenness(g, new BetweennessOptions { Length = EdgeLength.InverseStrength }));
        AssertValues([0, 0, 0], Betweenness(g));
    }

    [Fact]
    public void Betweenness_LengthsEqualUpToRounding_BothPathsCount()
    {
        Assert.NotEqual(0.1 + 0.2, 0.15 + 0.15);

        // a–b 0.1, b–d 0.2 (sum 0.30000000000000004) and a–c 0.15, c–d 0.15 (sum 0.3): both a–d paths are shortest,
        // so b and c get ½ each. b→c: b–a–c 0.25 (vs b–d–c 0.35): a gets 1.
        var g = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", 0.1), ("b", "d", 0.2), ("a", "c", 0.15), ("c", "d", 0.15));

        AssertValues([1, 0.5, 0.5, 0], Betweenness(g, new BetweennessOptions { Length = EdgeLength.WeightAsDistance }));
    }

    [Fact]
    public void Betweenness_DirectTieEqualToTwoStepsUpToRounding_SplitsThePair()
    {
        // a–d 0.3 directly, or a–b–d 0.1 + 0.2 = 0.30000000000000004: both shortest, b gets ½.
        var g = TestGraphs.Undirected(["a", "b", "d"], ("a", "b", 0.1), ("b", "d", 0.2), ("a", "d", 0.3));
        var options = new BetweennessOptions { Length = EdgeLength.WeightAsDistance };

        AssertValues([0, 0.5, 0], Betweenness(g, options));

        // Edges: a–b carries its own pair and ½ of a–d; b–d the same; a–d the other ½.
        var edges = EdgeBetweenness(g, options);
        Assert.Equal(1.5, edges["a", "b"], 12);
        Assert.Equal(1.5, edges["b", "d"], 12);
        Assert.Equal(0.5, edges["a", "d"], 12);
    }

    // ------------------------------------------------------------------ cutoff

    [Theory]
    [InlineData(2.0, new[] { 0.0, 1, 1, 1, 0 })] // pairs at distance 2 count (inclusive): a–c, b–d, c–e
    [InlineData(1.999, new[] { 0.0, 0, 0, 0, 0 })] // only adjacent pairs: no internal nodes
    [InlineData(3.0, new[] { 0.0, 2, 3, 2, 0 })] // all but a–e
    [InlineData(0.0, new[] { 0.0, 0, 0, 0, 0 })]
    public void Betweenness_HopCutoff_Inclusive(double cutoff, double[] expected)
    {
        AssertValues(expected, Betweenness(Path5, new BetweennessOptions { Cutoff = cutoff }));
    }

    [Fact]
    public void Betweenness_WeightedCutoff_PathOfExactlyTheCutoffCounts()
    {
        // Every tie has length 0.5: cutoff 1.0 admits the two-step pairs exactly as a hop cutoff of 2 does.
        var g = TestGraphs.Undirected(Five, ("a", "b", 0.5), ("b", "c", -0.5), ("c", "d", 0.5), ("d", "e", 0.5));

        AssertValues([0, 1, 1, 1, 0], Betweenness(g, new BetweennessOptions { Length = EdgeLength.WeightAsDistance, Cutoff = 1.0 }));
    }

    [Fact]
    public void Betweenness_WeightedCutoffEqualUpToRounding_Counts()
    {
        // 0.1 + 0.1 + 0.1 = 0.30000000000000004 > 0.3, but equal within the path tolerance: three-step pairs count.
        Assert.True(0.1 + 0.1 + 0.1 > 0.3);
        var g = TestGraphs.Undirected(Five, ("a", "b", 0.1), ("b", "c", 0.1), ("c", "d", 0.1), ("d", "e", 0.1));

        AssertValues([0, 2, 3, 2, 0], Betweenness(g, new BetweennessOptions { Length = EdgeLength.WeightAsDistance, Cutoff = 0.3 }));
    }

    [Fact]
    public void EdgeBetweenness_HopCutoff_CountsOnlyShortPairs()
    {
        // Cutoff 2: a–b carries a–b, a–c (2); b–c carries b–c, a–c, b–d (3); c–d 3; d–e 2.
        var edges = EdgeBetweenness(Path5, new BetweennessOptions { Cutoff = 2 });

        Assert.Equal([2.0, 3, 3, 2], edges.Edges.Select(e => e.Value));
    }

    // ------------------------------------------------------------------ subsets

    [Theory]
    [InlineData(new[] { "0" }, new[] { "2" }, 1.0)] // the pair {0,2}: igraph #2359 would halve it to 0.5
    [InlineData(new[] { "2" }, new[] { "0" }, 1.0)]
    [InlineData(new[] { "0", "2" }, new[] { "0", "2" }, 1.0)] // {0,2} qualifies from both ends but counts once
    [InlineData(new[] { "0" }, new[] { "0", "1", "2" }, 1.0)] // {0,1} and {0,2}: 1 is internal only to {0,2}
    [InlineData(new[] { "1" }, new[] { "0", "2" }, 0.0)] // 1 is an endpoint of both pairs
    [InlineData(new string[0], new[] { "0", "1", "2" }, 0.0)] // no sources, no pairs
    public void Betweenness_UndirectedLineSubset_CountsEachUnorderedPairOnce(string[] sources, string[] targets, double expected)
    {
        var line = TestGraphs.Undirected(["0", "1", "2"], ("0", "1", 1), ("1", "2", 1));

        AssertValues([0, expected, 0], Betweenness(line, new BetweennessOptions { Sources = sources, Targets = targets }));
    }

    [Theory]
    [InlineData(new[] { "0" }, new[] { "2" }, 1.0)]
    [InlineData(new[] { "2" }, new[] { "0" }, 0.0)] // no path 2 → 0
    [InlineData(new[] { "0", "2" }, new[] { "0", "2" }, 1.0)]
    public void Betweenness_DirectedLineSubset_OrderedPairs(string[] sources, string[] targets, double expected)
    {
        var line = TestGraphs.Directed(["0", "1", "2"], ("0", "1", 1), ("1", "2", 1));

        AssertValues([0, expected, 0], Betweenness(line, new BetweennessOptions { Sources = sources, Targets = targets }));
    }

    [Fact]
    public void EdgeBetweenness_UndirectedLineSubset_EachEdgeOnce()
    {
        var line = TestGraphs.Undirected(["0", "1", "2"], ("0", "1", 1), ("1", "2", 1));

        var edges = EdgeBetweenness(line, new BetweennessOptions { Sources = ["0"], Targets = ["2"] });

        Assert.Equal(1, edges["0", "1"]);
        Assert.Equal(1, edges["1", "2"]);
    }

    // ------------------------------------------------------------------ adversaries

    // A and B are hostile (A–B −1); friendly routes A–M–B and A–N–X–B.
    private static readonly SignedGraph Hostile = TestGraphs.Undirected(
        ["A", "B", "M", "N", "X"], ("A", "B", -1), ("A", "M", 1), ("M", "B", 1), ("A", "N", 1), ("N", "X", 2), ("X", "B", 1));

    [Fact]
    public void Betweenness_AdversariesOverPositiveTies_MediatorOnShortestFriendlyRoute()
    {
        // Only the pair {A,B}; over friendly ties its shortest route is A–M–B (2 steps; A–N–X–B has 3): M 1, N and X 0.
        var scores = Betweenness(Hostile, new BetweennessOptions { Adversaries = true, Ties = TieFilter.Positive });

        AssertValues([0, 0, 1, 0, 0], scores);
        Assert.Empty(scores.Notes);
    }

    [Fact]
    public void Betweenness_AdversariesOverAllTies_DirectHostileTieIsTheShortestPath()
    {
        AssertValues([0, 0, 0, 0, 0], Betweenness(Hostile, new BetweennessOptions { Adversaries = true, Ties = TieFilter.All }));
    }

    [Fact]
    public void Betweenness_AdversariesWithSubset_Intersect()
    {
        // {A,B} is the only hostile pair; with sources {M} no hostile pair qualifies.
        AssertValues([0, 0, 0, 0, 0], Betweenness(Hostile, new BetweennessOptions { Adversaries = true, Ties = TieFilter.Positive, Sources = ["M"] }));
        AssertValues([0, 0, 1, 0, 0], Betweenness(Hostile, new BetweennessOptions { Adversaries = true, Ties = TieFilter.Positive, Sources = ["B"], Targets = ["A"] }));
    }

    [Fact]
    public void Betweenness_DirectedAdversaries_EitherArcDirectionMakesThePairHostile()
    {
        // B→A is hostile, so (A,B) and (B,A) are adversary pairs; only A→M→B exists over friendly arcs.
        var g = TestGraphs.Directed(["A", "B", "M"], ("B", "A", -1), ("A", "M", 1), ("M", "B", 1));

        AssertValues([0, 0, 1], Betweenness(g, new BetweennessOptions { Adversaries = true, Ties = TieFilter.Positive }));
    }

    [Fact]
    public void EdgeBetweenness_AdversariesOverPositiveTies_FriendlyRouteTies()
    {
        var edges = EdgeBetweenness(Hostile, new BetweennessOptions { Adversaries = true, Ties = TieFilter.Positive });

        // Scores are listed for the positive ties only.
        Assert.Equal(5, edges.Count);
        Assert.Equal(1, edges["A", "M"]);
        Assert.Equal(1, edges["M", "B"]);
        Assert.Equal(0, edges["A", "N"]);
        Assert.Equal(0, edges["N", "X"]);
        Assert.Equal(0, edges["X", "B"]);
        Assert.Throws<KeyNotFoundException>(() => edges["A", "B"]);
    }

    // ------------------------------------------------------------------ edge betweenness

    [Fact]
    public void EdgeBetweenness_Path_FourSixSixFour()
    {
        // a–b: a with b, c, d, e (4); b–c: {a,b} × {c,d,e} (6); c–d: 6; d–e: 4.
        var edges = EdgeBetweenness(Path5);

        Assert.Equal(["a-b", "b-c", "c-d", "d-e"], edges.Edges.Select(e => $"{e.Source}-{e.Target}"));
        Assert.Equal([4.0, 6, 6, 4], edges.Edges.Select(e => e.Value));
    }

    [Fact]
    public void EdgeBetweenness_NormalizedPath_NetworkxFactor()
    {
        // × 2/(n(n−1)) = 2/20.
        var edges = EdgeBetweenness(Path5, new BetweennessOptions { Normalized = true });

        Assert.Equal([0.4, 0.6, 0.6, 0.4], edges.Edges.Select(e => Math.Round(e.Value, 12)));
    }

    [Fact]
    public void EdgeBetweenness_DirectedPath_OrderedPairs()
    {
        // a→b carries (a,b..e) = 4; b→c: {a,b} × {c,d,e} = 6; normalized × 1/(n(n−1)) = 1/20.
        Assert.Equal([4.0, 6, 6, 4], EdgeBetweenness(DirectedPath5).Edges.Select(e => e.Value));
        Assert.Equal([0.2, 0.3, 0.3, 0.2], EdgeBetweenness(DirectedPath5, new BetweennessOptions { Normalized = true }).Edges.Select(e => Math.Round(e.Value, 12)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Betweenness_PathLongerThan254Hops_ExactPairCounts(bool directed)
    {
        // Deeper than the byte levels of the wide hop kernel: those searches fall back to the one-source kernel.
        // Node i lies on i·(n−1−i) pairs; the tie i–(i+1) carries (i+1)·(n−1−i). Cutoff 300: pairs up to 300 hops apart.
        const int n = 600;
        var names = Enumerable.Range(0, n).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var ties = Enumerable.Range(0, n - 1).Select(i => (names[i], names[i + 1], 1.0)).ToArray();
        var graph = directed ? TestGraphs.Directed(names, ties) : TestGraphs.Undirected(names, ties);

        AssertValues([.. Enumerable.Range(0, n).Select(i => (double)i * (n - 1 - i))], Betweenness(graph));
        var edges = EdgeBetweenness(graph).Edges.ToDictionary(e => int.Parse(e.Source, System.Globalization.CultureInfo.InvariantCulture), e => e.Value);
        for (var i = 0; i < n - 1; i++)
        {
            Assert.Equal((double)(i + 1) * (n - 1 - i), edges[i]);
        }

        const int cutoff = 300;
        var expected = Enumerable.Range(0, n).Select(i => (double)Enumerable.Range(0, n).Sum(s => s < i ? Math.Max(0, Math.Min(n - 1, s + cutoff) - i) : 0)).ToArray();
        AssertValues(expected, Betweenness(graph, new BetweennessOptions { Cutoff = cutoff }));
    }

    [Fact]
    public void EdgeBetweenness_NegativeTies_ListsOnlyTheSelectedTies()
    {
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", -1), ("b", "c", 1));

        var negative = EdgeBetweenness(g, new BetweennessOptions { Ties = TieFilter.Negative });

        Assert.Equal(1, negative.Count);
        Assert.Equal(1, negative["a", "b"]);
    }

    // ------------------------------------------------------------------ closeness and harmonic

    [Theory]
    [InlineData(ClosenessConvention.NetworkX)]
    [InlineData(ClosenessConvention.IGraph)]
    public void Closeness_ConnectedPath_BothConventionsAgree(ClosenessConvention convention)
    {
        // Distance sums: a 1+2+3+4 = 10, b 1+1+2+3 = 7, c 2+1+1+2 = 6; every node reaches the 4 others: 4/Σd.
        AssertValues([0.4, 4.0 / 7, 4.0 / 6, 4.0 / 7, 0.4], new Closeness(new ClosenessOptions { Convention = convention }).Compute(Path5, null, Token));
    }

    // a – b – c   d – e   f
    private static readonly SignedGraph Disconnected = TestGraphs.Undirected(
        ["a", "b", "c", "d", "e", "f"], ("a", "b", 1), ("b", "c", -1), ("d", "e", 2));

    [Fact]
    public void Closeness_DisconnectedNetworkX_ScaledByReachedShare()
    {
        // n = 6. a: r−1 = 2, Σd = 3 → (2/5)(2/3) = 4/15; b: Σd 2 → (2/5)(2/2) = 0.4; d: (1/5)(1/1) = 0.2; f reaches nobody: 0.
        AssertValues([4.0 / 15, 0.4, 4.0 / 15, 0.2, 0.2, 0], new Closeness().Compute(Disconnected, null, Token));
    }

    [Fact]
    public void Closeness_DisconnectedIGraph_ReachedNodesOnlyAndNaNForIsolated()
    {
        // a: 2/3; b: 2/2; d: 1/1; f: NaN.
        AssertValues([2.0 / 3, 1, 2.0 / 3, 1, 1, double.NaN], new Closeness(new ClosenessOptions { Convention = ClosenessConvention.IGraph }).Compute(Disconnected, null, Token));
    }

    [Fact]
    public void Closeness_WeightedPath_UsesLengths()
    {
        // a –(2)– b –(4)– c with |w| as distance: a: Σd = 2 + 6 = 8 → 2/8; b: 2 + 4 = 6 → 2/6; c: 4 + 6 = 10 → 2/10.
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 2), ("b", "c", -4));

        AssertValues([0.25, 1.0 / 3, 0.2], new Closeness(new ClosenessOptions { Length = EdgeLength.WeightAsDistance }).Compute(g, null, Token));
    }

    [Fact]
    public void Closeness_Cutoff_FartherNodesUnreached()
    {
        // Cutoff 1: each node reaches only its neighbours. a: r−1 = 1, Σd 1 → (1/4)(1/1); b: 2 → (2/4)(2/2).
        AssertValues([0.25, 0.5, 0.5, 0.5, 0.25], new Closeness(new ClosenessOptions { Cutoff = 1 }).Compute(Path5, null, Token));
    }

    // a → b → c
    private static readonly SignedGraph DirectedPath3 = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1));

    [Theory]
    [InlineData(NeighborMode.In, new[] { 0.0, 0.5, 2.0 / 3 })] // distances to the node: c is reached from a (2) and b (1)
    [InlineData(NeighborMode.Out, new[] { 2.0 / 3, 0.5, 0 })] // distances from the node
    [InlineData(NeighborMode.All, new[] { 2.0 / 3, 1, 2.0 / 3 })] // direction ignored
    public void Closeness_DirectedModes(NeighborMode mode, double[] expected)
    {
        AssertValues(expected, new Closeness(new ClosenessOptions { Mode = mode }).Compute(DirectedPath3, null, Token));
    }

    [Fact]
    public void Closeness_DirectedDefault_IsIn()
    {
        AssertValues([0, 0.5, 2.0 / 3], new Closeness().Compute(DirectedPath3, null, Token));
        AssertValues([double.NaN, 1, 2.0 / 3], new Closeness(new ClosenessOptions { Convention = ClosenessConvention.IGraph }).Compute(DirectedPath3, null, Token));
    }

    [Fact]
    public void Harmonic_Path_SumOfInverseDistances()
    {
        // a: 1 + 1/2 + 1/3 + 1/4 = 25/12; b: 1 + 1 + 1/2 + 1/3 = 17/6; c: 1 + 1 + 1/2 + 1/2 = 3.
        AssertValues([25.0 / 12, 17.0 / 6, 3, 17.0 / 6, 25.0 / 12], new Harmonic().Compute(Path5, null, Token));
        AssertValues([25.0 / 48, 17.0 / 24, 0.75, 17.0 / 24, 25.0 / 48], new Harmonic(new HarmonicOptions { Normalized = true }).Compute(Path5, null, Token));
    }

    [Fact]
    public void Harmonic_Disconnected_UnreachedAddNothing()
    {
        AssertValues([1.5, 2, 1.5, 1, 1, 0], new Harmonic().Compute(Disconnected, null, Token));
        AssertValues([0.3, 0.4, 0.3, 0.2, 0.2, 0], new Harmonic(new HarmonicOptions { Normalized = true }).Compute(Disconnected, null, Token));
    }

    [Theory]
    [InlineData(NeighborMode.In, new[] { 0.0, 1, 1.5 })]
    [InlineData(NeighborMode.Out, new[] { 1.5, 1, 0 })]
    [InlineData(NeighborMode.All, new[] { 1.5, 2, 1.5 })]
    public void Harmonic_DirectedModes(NeighborMode mode, double[] expected)
    {
        AssertValues(expected, new Harmonic(new HarmonicOptions { Mode = mode }).Compute(DirectedPath3, null, Token));
    }

    [Fact]
    public void Harmonic_InverseStrength_StrongTiesAreClose()
    {
        // a –(4)– b –(2)– c, lengths 1/4 and 1/2: a: 4 + 1/(3/4) = 16/3; b: 4 + 2 = 6; c: 2 + 4/3 = 10/3.
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 4), ("b", "c", 2));

        AssertValues([16.0 / 3, 6, 10.0 / 3], new Harmonic(new HarmonicOptions { Length = EdgeLength.InverseStrength }).Compute(g, null, Token));
    }
}
