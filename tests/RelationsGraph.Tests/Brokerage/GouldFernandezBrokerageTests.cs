using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;
using Xunit;
using RelationsGraph.Catalog;

namespace RelationsGraph.Tests.Brokerage;

/// <summary>Gould–Fernandez brokerage on hand-drawn graphs; the figures of the first were checked with R sna 2.7-1.</summary>
public sealed class GouldFernandezBrokerageTests
{
    // a→b, b→c, c→d, a→e, e→c, d→a, c→a; groups a, e: X; b, c: Y; d: Z.
    private static readonly SignedGraph Five = TestGraphs.Directed(
        ["a", "b", "c", "d", "e"],
        ("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("a", "e", 1), ("e", "c", 1), ("d", "a", -1), ("c", "a", 1));

    private static readonly NodeGroups FiveGroups = NodeGroups.FromLabels(
        new Dictionary<string, string> { ["a"] = "X", ["b"] = "Y", ["c"] = "Y", ["d"] = "Z", ["e"] = "X" });

    private static BrokerageResult Analyze(SignedGraph graph, NodeGroups groups, TieFilter ties = TieFilter.All) =>
        new GouldFernandezBrokerage(new BrokerageOptions { Groups = groups, Ties = ties }).Analyze(graph);

    [Fact]
    public void Broker_a_HasTheRolesOfItsFourTwoPaths()
    {
        // Into a: d, c; out of a: b, e; none of d→b, d→e, c→b, c→e exists.
        // d→a→b: Z X Y liaison; d→a→e: Z X X gatekeeper; c→a→b: Y X Y itinerant; c→a→e: Y X X gatekeeper.
        var r = Analyze(Five, FiveGroups);

        Assert.Equal(0, r["a", BrokerageRole.Coordinator].Raw);
        Assert.Equal(1, r["a", BrokerageRole.Itinerant].Raw);
        Assert.Equal(0, r["a", BrokerageRole.Representative].Raw);
        Assert.Equal(2, r["a", BrokerageRole.Gatekeeper].Raw);
        Assert.Equal(1, r["a", BrokerageRole.Liaison].Raw);
        Assert.Equal(4, r["a", BrokerageRole.Total].Raw);
    }

    [Fact]
    public void FiveNodeGraph_ExpectationsSdsAndZ_MatchRSna()
    {
        // R: brokerage(m, c("X","Y","Y","Z","X")) with sna 2.7-1; d = 7/20.
        var r = Analyze(Five, FiveGroups);

        Assert.Equal(0.15925, r["a", BrokerageRole.Itinerant].Expected, 12);
        Assert.Equal(0.3828442486834561, r["a", BrokerageRole.Itinerant].StandardDeviation, 12);
        Assert.Equal(2.1960627667549217, r["a", BrokerageRole.Itinerant].Z, 12);
        Assert.Equal(3.267500960413758, r["a", BrokerageRole.Gatekeeper].Z, 12);
        Assert.Equal(2.53304374, r["c", BrokerageRole.Total].Z, 8);
        Assert.Equal(-0.5882641, r["d", BrokerageRole.Itinerant].Z, 7);
        Assert.Equal(-0.7237367, r["d", BrokerageRole.Liaison].Z, 7);

        // Coordinator cannot occur in groups of 2 and 1 (expected 0, sd 0): z undefined, as sna's NaN.
        Assert.True(double.IsNaN(r["a", BrokerageRole.Coordinator].Z));
        Assert.True(double.IsNaN(r["d", BrokerageRole.Representative].Z));

        // Graph level (sna z.gli, sd.gli).
        Assert.Equal(10, r.Graph(BrokerageRole.Total).Raw);
        Assert.Equal(1.75768807, r.Graph(BrokerageRole.Total).Z, 8);
        Assert.Equal(1.556314, r.Graph(BrokerageRole.Liaison).StandardDeviation, 6);
        Assert.Equal(0.05718641, r.Graph(BrokerageRole.Liaison).Z, 8);

        // Group level: one member's expectation (sna exp.grp) and the members' sums.
        var z = r.Group("Z", BrokerageRole.Liaison);
        Assert.Equal(1, z.Size);
        Assert.Equal(0.637, z.MemberExpected, 12);
        Assert.Equal(0, z.Total.Raw);
        var x = r.Group("X", BrokerageRole.Gatekeeper);
        Assert.Equal(2, x.Size);
        Assert.Equal(2, x.Total.Raw);
        Assert.Equal(2 * 0.238875, x.Total.Expected, 12);
        Assert.True(double.IsNaN(x.Total.Z));
    }

    [Fact]
    public void SingleGroup_OnlyCoordinators_OtherZUndefinedNotAnError()
    {
        var one = NodeGroups.FromLabels(Five.NodeIds.Select(id => KeyValuePair.Create(id, "all")));
        var r = Analyze(Five, one);

        Assert.Equal(r.Graph(BrokerageRole.Total).Raw, r.Graph(BrokerageRole.Coordinator).Raw);
        Assert.True(r.Graph(BrokerageRole.Coordinator).Raw > 0);
        foreach (var role in new[] { BrokerageRole.Itinerant, BrokerageRole.Representative, BrokerageRole.Gatekeeper, BrokerageRole.Liaison })
        {
            Assert.Equal(0, r.Graph(role).Raw);
            Assert.Equal(0, r["a", role].Expected);
            Assert.True(double.IsNaN(r["a", role].Z));
        }

        Assert.Contains(r.Notes, n => n.Contains("undefined", StringComparison.Ordinal));
    }

    [Fact]
    public void Undirected_CountsLikeReciprocalArcs()
    {
        var undirected = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("b", "d", -1));
        var reciprocal = TestGraphs.Directed(
            ["a", "b", "c", "d"],
            ("a", "b", 1), ("b", "a", 1), ("b", "c", 1), ("c", "b", 1), ("c", "d", 1), ("d", "c", 1), ("b", "d", -1), ("d", "b", -1));
        var groups = NodeGroups.FromLabels(new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2", ["d"] = "3" });

        var u = Analyze(undirected, groups);
        var d = Analyze(reciprocal, groups);

        foreach (var id in undirected.NodeIds)
        {
            foreach (var role in Enum.GetValues<BrokerageRole>())
            {
                Assert.Equal(d[id, role], u[id, role]);
            }
        }

        // b brokers a↔c and a↔d both ways (c–d are tied): a→b→c, c→b→a, a→b→d, d→b→a.
        Assert.Equal(4, u["b", BrokerageRole.Total].Raw);
        Assert.Contains(u.Notes, n => n.Contains("two arcs", StringComparison.Ordinal));
    }

    [Fact]
    public void Ties_PositiveView_DropsNegativeTiesFromPathsAndFromTheNoTieTest()
    {
        // a→b→c positive, a→c negative. All ties: a→c exists, nothing brokered. Positive ties: b brokers (a, c).
        var g = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("b", "c", 2), ("a", "c", -1));
        var groups = NodeGroups.FromLabels(g.NodeIds.Select(id => KeyValuePair.Create(id, id)));

        Assert.Equal(0, Analyze(g, groups)["b", BrokerageRole.Total].Raw);
        var positive = Analyze(g, groups, TieFilter.Positive);
        Assert.Equal(1, positive["b", BrokerageRole.Liaison].Raw);
        Assert.Equal(1, positive.Graph(BrokerageRole.Total).Raw);
    }

    [Fact]
    public void NodeWithoutGroup_IsRejectedNamingIt()
    {
        var partial = NodeGroups.FromLabels(new Dictionary<string, string> { ["a"] = "X", ["b"] = "Y", ["c"] = "Y", ["e"] = "X" });

        var e = Assert.Throws<MissingGroupException>(() => Analyze(Five, partial));

        Assert.Equal("d", e.ActorId);
        Assert.Contains("'d'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutGroups_ComputeFailsWithAClearMessage()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new GouldFernandezBrokerage(new BrokerageOptions()).Compute(Five));
        Assert.Contains("group", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ReportsTheRoleAndStatisticOfTheOptions()
    {
        var metric = new GouldFernandezBrokerage(new BrokerageOptions { Groups = FiveGroups, Role = BrokerageRole.Gatekeeper, Statistic = BrokerageStatistic.Z });

        var scores = metric.Compute(Five);

        Assert.Equal(GouldFernandezBrokerage.MetricName, scores.Metric);
        Assert.Equal(3.267500960413758, scores["a"], 12);
        Assert.Equal("gatekeeper", scores.Options.Describe()["role"]);
        Assert.Equal("z", scores.Options.Describe()["statistic"]);
        Assert.Equal(Analyze(Five, FiveGroups).ToNodeScores(BrokerageRole.Gatekeeper, BrokerageStatistic.Z).AsSpan().ToArray(), scores.AsSpan().ToArray());
    }

    [Fact]
    public void EmptyAndTinyGraphs_DoNotThrow()
    {
        var empty = Analyze(TestGraphs.Empty(directed: true), NodeGroups.FromLabels([]));
        Assert.Empty(empty.Ids);
        Assert.Equal(0, empty.Graph(BrokerageRole.Total).Raw);

        var single = TestGraphs.Isolated(1, directed: true);
        var r = Analyze(single, NodeGroups.FromLabels([KeyValuePair.Create("n0", "g")]));
        Assert.Equal(0, r["n0", BrokerageRole.Total].Raw);
        Assert.True(double.IsNaN(r["n0", BrokerageRole.Total].Expected)); // density 0/0, as sna
    }

    [Fact]
    public void Catalogue_CreatesBrokerageWithGroupsAndTies()
    {
        var metric = MetricCatalog.CreateDefault()[GouldFernandezBrokerage.MetricName].Create(new MetricParameters { Groups = FiveGroups, Ties = TieFilter.Positive });

        var brokerage = Assert.IsAssignableFrom<IBrokerageMetric>(metric);
        Assert.Equal(TieFilter.Positive, brokerage.Options.Ties);
        Assert.Equal("attribute group", NodeGroups.FromAttribute(SampleNetwork(), "group").Description);
    }

    private static RelationsGraph.Model.RelationsNetwork SampleNetwork()
    {
        var builder = new RelationsGraph.Model.RelationsNetworkBuilder();
        builder.AddActor(new RelationsGraph.Model.Actor("a", attributes: [KeyValuePair.Create("group", "X")]));
        return builder.Build();
    }
}
