using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Graphs;

/// <summary>
/// <see cref="SignedGraph.Create(IEnumerable{string}, IEnumerable{SignedEdge}, bool, EdgeAggregation)"/> checked against a naive dictionary-based aggregation on random small multigraphs.
/// </summary>
public class SignedGraphPropertyTests
{
    /// <summary>An arc by node index, as the property tests generate it.</summary>
    /// <param name="Source">The source node index.</param>
    /// <param name="Target">The target node index (never the source).</param>
    /// <param name="Weight">The signed weight.</param>
    public readonly record struct Arc(int Source, int Target, double Weight);

    /// <summary>A random small multigraph: nodes n0..n(NodeCount−1) and arcs that may repeat in either direction.</summary>
    /// <param name="NodeCount">The number of nodes, 0..12.</param>
    /// <param name="Arcs">The arcs, parallel ones included, in input order.</param>
    public sealed record ArcList(int NodeCount, IReadOnlyList<Arc> Arcs)
    {
        /// <summary>The node ids.</summary>
        public string[] Ids => TestGraphs.Names(NodeCount);

        /// <summary>The arcs as edges by id, in the given order.</summary>
        /// <param name="order">The order to list the arcs in; input order when omitted.</param>
        /// <returns>The edges.</returns>
        public SignedEdge[] Edges(IEnumerable<int>? order = null) =>
            [.. (order ?? Enumerable.Range(0, Arcs.Count)).Select(i => new SignedEdge($"n{Arcs[i].Source}", $"n{Arcs[i].Target}", Arcs[i].Weight))];

        /// <inheritdoc/>
        public override string ToString() =>
            $"n={NodeCount}: " + string.Join(' ', Arcs.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Source}>{a.Target}:{a.Weight}")));
    }

    /// <summary>FsCheck generators for <see cref="ArcList"/>.</summary>
    public static class GraphArbitraries
    {
        /// <summary>Weights that are dyadic rationals, so that sums are exact whatever the order.</summary>
        private static readonly double[] Weights = [-2, -1, -0.5, 0.5, 1, 3];

        /// <summary>Arc lists on 0..12 nodes, shrinking by dropping arcs.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<ArcList> ArcLists()
        {
            var gen =
                from n in Gen.Choose(0, 12)
                from arcs in n < 2 ? Gen.Constant(Array.Empty<Arc>()) : Gen.ArrayOf(ArcGen(n))
                select new ArcList(n, arcs);
            return Arb.From(gen, Shrink);
        }

        private static Gen<Arc> ArcGen(int n) =>
            from s in Gen.Choose(0, n - 1)
            from step in Gen.Choose(1, n - 1)
            from w in Gen.Elements(Weights)
            select new Arc(s, (s + step) % n, w);

        private static IEnumerable<ArcList> Shrink(ArcList list)
        {
            if (list.Arcs.Count > 1)
            {
                yield return list with { Arcs = [.. list.Arcs.Take(list.Arcs.Count / 2)] };
            }

            for (var i = 0; i < list.Arcs.Count; i++)
            {
                yield return list with { Arcs = [.. list.Arcs.Where((_, j) => j != i)] };
            }
        }
    }

    private static (int, int) Key(Arc a, bool directed) =>
        directed || a.Source < a.Target ? (a.Source, a.Target) : (a.Target, a.Source);

    /// <summary>The reference: group arcs by (ordered or unordered) pair in input order and aggregate each group.</summary>
    private static SortedDictionary<(int, int), double> Naive(ArcList input, bool directed, EdgeAggregation aggregation)
    {
        var groups = new Dictionary<(int, int), List<double>>();
        foreach (var arc in input.Arcs)
        {
            var key = Key(arc, directed);
            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = []);
            }

            list.Add(arc.Weight);
        }

        var result = new SortedDictionary<(int, int), double>();
        foreach (var (key, weights) in groups)
        {
            var sum = 0.0;
            foreach (var w in weights)
            {
                sum += w;
            }

            result.Add(key, aggregation switch
            {
                EdgeAggregation.Sum => sum,
                EdgeAggregation.Mean => sum / weights.Count,
                EdgeAggregation.Min => weights.Min(),
                EdgeAggregation.Max => weights.Max(),
                EdgeAggregation.HostilityDominates => weights.Any(w => w < 0) ? weights.Where(w => w < 0).Aggregate(0.0, (a, w) => a + w) : sum,
                _ => throw new ArgumentOutOfRangeException(nameof(aggregation)),
            });
        }

        return result;
    }

    private static SignedGraph Create(ArcList input, bool directed, EdgeAggregation aggregation = EdgeAggregation.Sum, IEnumerable<int>? order = null) =>
        SignedGraph.Create(input.Ids, input.Edges(order), directed, aggregation);

    private static (int, int, double)[] EdgeTriples(SignedGraph g) => [.. g.Edges().Select(e => (e.Source, e.Target, e.Weight))];

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 300)]
    public void Create_AnyAggregation_MatchesNaiveAggregation(ArcList input, bool directed)
    {
        foreach (var aggregation in Enum.GetValues<EdgeAggregation>())
        {
            var g = Create(input, directed, aggregation);
            var expected = Naive(input, directed, aggregation);

            Assert.Equal(input.NodeCount, g.NodeCount);
            Assert.Equal(expected.Count, g.EdgeCount);
            Assert.Equal(expected.Select(p => (p.Key.Item1, p.Key.Item2, p.Value)), EdgeTriples(g));
        }
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 300)]
    public void TryGetWeight_EveryPair_AgreesWithNaiveSum(ArcList input, bool directed)
    {
        var g = Create(input, directed);
        var expected = Naive(input, directed, EdgeAggregation.Sum);

        for (var u = 0; u < g.NodeCount; u++)
        {
            for (var v = 0; v < g.NodeCount; v++)
            {
                var key = directed || u < v ? (u, v) : (v, u);
                var exists = expected.TryGetValue(key, out var w);
                Assert.Equal(exists, g.TryGetWeight(u, v, out var actual));
                Assert.Equal(w, actual);
            }
        }
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 300)]
    public void Create_AnyInput_EveryRowStrictlyAscending(ArcList input, bool directed)
    {
        var g = Create(input, directed);

        for (var v = 0; v < g.NodeCount; v++)
        {
            foreach (var row in new[] { g.OutNeighbors(v).ToArray(), g.InNeighbors(v).ToArray() })
            {
                for (var k = 1; k < row.Length; k++)
                {
                    Assert.True(row[k - 1] < row[k], $"row of node {v} not strictly ascending: {string.Join(',', row)}");
                }

                Assert.DoesNotContain(v, row);
            }
        }
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 300)]
    public void Create_AnyInput_DegreesSumToEdgeSlots(ArcList input, bool directed)
    {
        var g = Create(input, directed);

        var outSum = Enumerable.Range(0, g.NodeCount).Sum(g.OutDegree);
        var inSum = Enumerable.Range(0, g.NodeCount).Sum(g.InDegree);

        Assert.Equal(directed ? g.EdgeCount : 2 * g.EdgeCount, outSum);
        Assert.Equal(outSum, inSum);
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 300)]
    public void Create_Directed_InAdjacencyTransposesOutAdjacency(ArcList input)
    {
        var g = Create(input, directed: true);
        var arcs = new List<(int, int, double)>();
        for (var v = 0; v < g.NodeCount; v++)
        {
            var sources = g.InNeighbors(v);
            var weights = g.InWeightsOf(v);
            for (var k = 0; k < sources.Length; k++)
            {
                arcs.Add((sources[k], v, weights[k]));
            }
        }

        Assert.Equal(EdgeTriples(g), arcs.Order());
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 300)]
    public void Views_AnyInput_PartitionEdgesBySign(ArcList input, bool directed)
    {
        var g = Create(input, directed);
        var zero = g.Edges().Count(e => e.Weight == 0);

        Assert.Equal(g.EdgeCount, g.Positive.EdgeCount + g.Negative.EdgeCount + zero);
        Assert.Equal(g.PositiveEdgeCount, g.Positive.EdgeCount);
        Assert.Equal(g.NegativeEdgeCount, g.Negative.EdgeCount);
        Assert.Equal(g.Edges().Where(e => e.Weight > 0), g.Positive.Edges());
        Assert.Equal(g.Edges().Where(e => e.Weight < 0), g.Negative.Edges());
        Assert.Equal(g.NodeIds, g.Positive.NodeIds);
        Assert.Equal(g.NodeIds, g.Negative.NodeIds);
        Assert.Equal(directed, g.Positive.IsDirected);
        Assert.Equal(directed, g.Negative.IsDirected);
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 300)]
    public void Create_ShuffledInput_SameGraphForEveryAggregation(ArcList input, bool directed, int seed)
    {
        // Min and Max are order-free by nature; Sum and Mean are here because the weights are dyadic, so sums are exact.
        var order = Enumerable.Range(0, input.Arcs.Count).ToArray();
        new Random(seed).Shuffle(order);

        foreach (var aggregation in Enum.GetValues<EdgeAggregation>())
        {
            var original = Create(input, directed, aggregation);
            var shuffled = Create(input, directed, aggregation, order);

            Assert.Equal(EdgeTriples(original), EdgeTriples(shuffled));
        }
    }
}
