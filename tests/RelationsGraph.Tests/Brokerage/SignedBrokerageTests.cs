using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using Xunit;

namespace RelationsGraph.Tests.Brokerage;

public sealed class SignedBrokerageTests
{
    private static NodeGroups Own(SignedGraph g) => NodeGroups.FromLabels(g.NodeIds.Select(id => KeyValuePair.Create(id, id)));

    private static BrokerageResult Analyze(SignedGraph g, NodeGroups groups, int permutations = 0, int seed = 0, int? workers = null) =>
        new SignedBrokerage(new SignedBrokerageOptions { Groups = groups, Permutations = permutations, Seed = seed, MaxDegreeOfParallelism = workers }).Analyze(g);

    [Fact]
    public void FriendOfTwoEnemies_BrokersBothWays()
    {
        // a + m + b, a − b (undirected): m brokers (a, b) and (b, a); x, a friend of a only, brokers nothing.
        var g = TestGraphs.Undirected(["a", "m", "b", "x"], ("a", "m", 1), ("m", "b", 2), ("a", "b", -1), ("a", "x", 1));
        var groups = NodeGroups.FromLabels(new Dictionary<string, string> { ["a"] = "A", ["b"] = "B", ["m"] = "M", ["x"] = "A" });

        var r = Analyze(g, groups);

        Assert.Equal(2, r["m", BrokerageRole.Liaison].Raw);
        Assert.Equal(2, r["m", BrokerageRole.Total].Raw);
        Assert.Equal(0, r["x", BrokerageRole.Total].Raw);
        Assert.Equal(2, r.Graph(BrokerageRole.Total).Raw);
        Assert.True(double.IsNaN(r["m", BrokerageRole.Total].PValue)); // no permutations
    }

    [Fact]
    public void NotHostile_OrAlreadyFriends_IsNotBrokered()
    {
        // a + m + b with no a–b tie: Gould–Fernandez brokerage, but not signed brokerage.
        var noTie = TestGraphs.Undirected(["a", "m", "b"], ("a", "m", 1), ("m", "b", 1));
        Assert.Equal(0, Analyze(noTie, Own(noTie)).Graph(BrokerageRole.Total).Raw);

        // Directed: a → b positive and b → a negative — hostile, but a reaches b directly.
        var direct = TestGraphs.Directed(["a", "m", "b"], ("a", "m", 1), ("m", "b", 1), ("a", "b", 1), ("b", "a", -1));
        Assert.Equal(0, Analyze(direct, Own(direct))["m", BrokerageRole.Total].Raw);

        // Directed: hostility from b to a is enough for a → m → b.
        var hostileBack = TestGraphs.Directed(["a", "m", "b"], ("a", "m", 1), ("m", "b", 1), ("b", "a", -1));
        Assert.Equal(1, Analyze(hostileBack, Own(hostileBack))["m", BrokerageRole.Liaison].Raw);

        // A path through a negative tie brokers nothing.
        var negativePath = TestGraphs.Undirected(["a", "m", "b"], ("a", "m", -1), ("m", "b", 1), ("a", "b", -1));
        Assert.Equal(0, Analyze(negativePath, Own(negativePath)).Graph(BrokerageRole.Total).Raw);
    }

    [Fact]
    public void NullModel_AllTiesOneSign_IsDegenerate()
    {
        // Only positive ties: every permutation is the graph itself — mean = raw = 0, sd 0, z undefined, p = 1.
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1));
        var r = Analyze(g, Own(g), permutations: 20);

        var total = r.Graph(BrokerageRole.Total);
        Assert.Equal(0, total.Raw);
        Assert.Equal(0, total.Expected);
        Assert.Equal(0, total.StandardDeviation);
        Assert.True(double.IsNaN(total.Z));
        Assert.Equal(1, total.PValue);
        Assert.Contains(r.Notes, n => n.Contains("no positive or no negative", StringComparison.Ordinal));
    }

    [Fact]
    public void NullModel_TriangleWithOneNegativeTie_IsExact()
    {
        // A triangle with one negative tie: whichever tie is negative, its two ends are brokered by the third node
        // both ways. Every permutation gives graph total 2, so the null is exact: mean 2, sd 0, p = 1.
        var g = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1), ("a", "c", -1));
        var r = Analyze(g, Own(g), permutations: 30, seed: 3);

        Assert.Equal(2, r["b", BrokerageRole.Total].Raw);
        Assert.Equal(2, r.Graph(BrokerageRole.Total).Expected);
        Assert.Equal(0, r.Graph(BrokerageRole.Total).StandardDeviation);
        Assert.Equal(1, r.Graph(BrokerageRole.Total).PValue);

        // Per node, b brokers in the permutations where a–c is the negative tie: about a third of them.
        var b = r["b", BrokerageRole.Total];
        Assert.InRange(b.Expected, 0.2, 1.4);
        Assert.InRange(b.PValue, 1.0 / 31, 1);
    }

    [Fact]
    public void NullModel_IsReproducibleBySeed_AndIndependentOfCores()
    {
        var g = TestGraphs.Random(60, 240, seed: 4, directed: true);
        var groups = NodeGroups.FromLabels(g.NodeIds.Select((id, i) => KeyValuePair.Create(id, $"g{i % 4}")));

        var one = Analyze(g, groups, permutations: 200, seed: 9, workers: 1);
        var two = Analyze(g, groups, permutations: 200, seed: 9, workers: 2);
        var five = Analyze(g, groups, permutations: 200, seed: 9, workers: 5);
        var other = Analyze(g, groups, permutations: 200, seed: 10, workers: 2);

        var differs = false;
        foreach (var id in g.NodeIds)
        {
            foreach (var role in Enum.GetValues<BrokerageRole>())
            {
                Assert.Equal(one[id, role], two[id, role]);
                Assert.Equal(one[id, role], five[id, role]);
                differs |= one[id, role] != other[id, role];
                var p = one[id, role].PValue;
                Assert.InRange(p, 1.0 / 201, 1);
            }
        }

        Assert.True(differs, "another seed gives another null sample");
        Assert.True(one.Graph(BrokerageRole.Total).Raw > 0);
    }

    [Fact]
    public void Progress_CountsPermutations()
    {
        var g = TestGraphs.Random(20, 60, seed: 1, directed: false);
        var reports = new List<MetricProgress>();
        var progress = new SynchronousProgress(reports);

        new SignedBrokerage(new SignedBrokerageOptions { Groups = Own(g), Permutations = 25, MaxDegreeOfParallelism = 1 }).Analyze(g, progress);

        Assert.Equal(25, reports.Count);
        Assert.Equal(new MetricProgress(25, 25), reports.MaxBy(p => p.Done));
    }

    [Fact]
    public void Cancellation_StopsThePermutations()
    {
        var g = TestGraphs.Random(200, 1000, seed: 2, directed: true);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new SignedBrokerage(new SignedBrokerageOptions { Groups = Own(g), Permutations = 100000 }).Analyze(g, cancellationToken: cts.Token));
    }

    [Fact]
    public void Options_TiesOtherThanAll_AndNegativePermutations_AreRejected()
    {
        Assert.Throws<InvalidOptionsException>(() => new SignedBrokerage(new SignedBrokerageOptions { Ties = TieFilter.Positive }));
        Assert.ThrowsAny<ArgumentException>(() => new SignedBrokerage(new SignedBrokerageOptions { Permutations = -1 }));
        var description = new SignedBrokerageOptions { Permutations = 99, Seed = 4 }.Describe();
        Assert.Equal(99, description["permutations"]);
        Assert.False(description.ContainsKey("ties"));
    }

    [Fact]
    public void Extensions_MatchTheMetrics()
    {
        var g = TestGraphs.Random(30, 90, seed: 8, directed: true);
        var groups = NodeGroups.FromLabels(g.NodeIds.Select((id, i) => KeyValuePair.Create(id, $"g{i % 3}")));

        Assert.Equal(Analyze(g, groups, permutations: 50, seed: 2).Graph(BrokerageRole.Total), g.SignedBrokerage(groups, 50, 2).Graph(BrokerageRole.Total));
        Assert.Equal(
            new GouldFernandezBrokerage(new BrokerageOptions { Groups = groups }).Analyze(g).Graph(BrokerageRole.Liaison),
            g.Brokerage(groups).Graph(BrokerageRole.Liaison));
        Assert.Equal(new Constraint().Compute(g).AsSpan().ToArray(), g.Constraint().AsSpan().ToArray());
        Assert.Equal(new EffectiveSize().Compute(g).AsSpan().ToArray(), g.EffectiveSize().AsSpan().ToArray());
        Assert.Equal(new Hierarchy().Compute(g).AsSpan().ToArray(), g.Hierarchy().AsSpan().ToArray());
    }

    private sealed class SynchronousProgress(List<MetricProgress> reports) : IProgress<MetricProgress>
    {
        public void Report(MetricProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
