using RelationsGraph.Balance;
using RelationsGraph.Graphs;
using RelationsGraph.IO;
using Xunit;

namespace RelationsGraph.Tests.Balance;

/// <summary>Balance measures on hand-drawn graphs and on Highland tribes (Read 1954).</summary>
public sealed class BalanceTests
{
    private static readonly Lazy<SignedGraph> Highland = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "highland-tribes.edges.csv");
        return GraphProjection.Project(CsvNetworkReader.Read(path, null, new NetworkReadOptions()).Network, new ProjectionOptions()).Graph;
    });

    [Fact]
    public void Triangle_EnemyOfMyEnemy_IsBalanced()
    {
        // a–b −, b–c −, a–c +: + − − balanced. Adding d tied + to all three: a–b–d (− + +), b–c–d (− + +) unbalanced, a–c–d (+ + +) balanced.
        var g = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", -1), ("b", "c", -2), ("a", "c", 1), ("a", "d", 1), ("b", "d", 1), ("c", "d", 1));

        var census = SignedTriangles.Count(g);

        Assert.Equal(new TriangleCensus(1, 2, 1, 0), census.Graph);
        Assert.Equal(0.5, census.Graph.BalanceIndex);
        Assert.Equal(new TriangleCensus(1, 1, 1, 0), census["a"]);
        Assert.Equal(new TriangleCensus(0, 2, 1, 0), census["b"]);
    }

    [Fact]
    public void NoTriangles_IndexUndefinedNotAnError()
    {
        var path = TestGraphs.Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", -1));

        Assert.True(double.IsNaN(SignedTriangles.Count(path).Graph.BalanceIndex));
    }

    [Fact]
    public void DirectedInput_IsRejectedClearly()
    {
        var g = TestGraphs.Directed(["a", "b"], ("a", "b", 1));

        var e = Assert.Throws<UnsupportedGraphException>(() => SignedTriangles.Count(g));
        Assert.Contains("undirected", e.Message, StringComparison.Ordinal);
        Assert.Throws<UnsupportedGraphException>(() => Frustration.Compute(g));
        Assert.Throws<UnsupportedGraphException>(() => WalkBalance.Compute(g));
        Assert.Throws<UnsupportedGraphException>(() => new PnCentrality().Compute(g));
        Assert.Throws<UnsupportedGraphException>(() => Factions.Compute(g));
        Assert.Throws<UnsupportedGraphException>(() => StatusConsistency.Count(TestGraphs.Undirected(["a", "b"], ("a", "b", 1))));
    }

    [Fact]
    public void HighlandTribes_KnownFigures()
    {
        var g = Highland.Value;

        Assert.Equal(59.0 / 68, SignedTriangles.Count(g).Graph.BalanceIndex, 15);
        var frustration = Frustration.Compute(g);
        Assert.Equal(7, frustration.Index);
        Assert.True(frustration.IsExact);
        Assert.Equal(["Kotun", "Gavev", "Nagad", "Gama"], frustration.SideA);
        Assert.Equal(7, frustration.FrustratedEdges.Count);
        Assert.Equal(0.357576105658, WalkBalance.Compute(g).Value, 10);
    }

    [Fact]
    public void HighlandTribes_ThreeFactions_AsDoreianAndMrvar()
    {
        // The classic three-cluster partition: no negative tie within, two positive ties between (criterion 1 at α = 1/2).
        var factions = Factions.Compute(Highland.Value, new FactionsOptions { K = 3 });

        Assert.Equal(1, factions.Criterion);
        Assert.Equal(0, factions.NegativeWithin);
        Assert.Equal(2, factions.PositiveBetween);
        Assert.Equal(["Ove", "Alika", "Gahuk", "Asaro", "Masil", "Ukudz", "Geham"], factions.Factions[0]);
        Assert.Equal(["Nagam", "Notoh", "Kohik", "Seuve", "Uheto"], factions.Factions[1]);
        Assert.Equal(["Kotun", "Gavev", "Nagad", "Gama"], factions.Factions[2]);
        Assert.Equal("3", factions.ToGroups()["Gama"]);
    }

    [Fact]
    public void WhatIf_FlippingAFrustratedTie_IsSettledWithoutANewSearch()
    {
        var whatIf = new BalanceWhatIf(Highland.Value);
        var frustrated = whatIf.Frustration.FrustratedEdges[0];

        var delta = whatIf.FlipSign(frustrated.Source, frustrated.Target);

        Assert.True(delta.SettledLocally);
        Assert.Equal(-1, delta.FrustrationChange);
        Assert.Equal(6, delta.FrustratedAfter);
        Assert.Throws<ArgumentException>(() => whatIf.Add(frustrated.Source, frustrated.Target, 1));
        Assert.Throws<ArgumentException>(() => whatIf.Remove("Kotun", "nobody"));
    }

    [Fact]
    public void Status_OrderIsConsistent_CycleIsNot()
    {
        // a → b +, b → c +: a < b < c; a → c + agrees; c → a + would close a cycle.
        var ordered = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1), ("a", "c", 1));
        var cycle = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1), ("c", "a", 1));

        // A negative arc reverses the inequality: c → a − says a < c, consistent again.
        var negative = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1), ("c", "a", -1));

        // Reciprocal positive arcs demand a < b and b < a.
        var mutual = TestGraphs.Directed(["a", "b", "c"], ("a", "b", 1), ("b", "a", 1), ("b", "c", 1), ("a", "c", 1));

        Assert.Equal(new StatusCensus(1, 1), StatusConsistency.Count(ordered).Graph);
        Assert.Equal(new StatusCensus(0, 1), StatusConsistency.Count(cycle).Graph);
        Assert.Equal(new StatusCensus(1, 1), StatusConsistency.Count(negative).Graph);
        Assert.Equal(new StatusCensus(0, 1), StatusConsistency.Count(mutual).Graph);
        Assert.True(double.IsNaN(new StatusConsistency().Compute(TestGraphs.Directed(["a", "b"], ("a", "b", 1)))["a"]));
    }

    [Fact]
    public void Pn_StarOfFriends_CentreHighest_EnemyLowers()
    {
        // Centre o with three friends: PN(o) > PN(leaf). Turning one friend into an enemy lowers o.
        var friends = TestGraphs.Undirected(["o", "x", "y", "z"], ("o", "x", 1), ("o", "y", 1), ("o", "z", 1));
        var mixed = TestGraphs.Undirected(["o", "x", "y", "z"], ("o", "x", 1), ("o", "y", 1), ("o", "z", -1));

        var a = new PnCentrality().Compute(friends);
        var b = new PnCentrality().Compute(mixed);

        Assert.True(a["o"] > a["x"]);
        Assert.True(b["o"] < a["o"]);

        // Closed form for the star: with c = 1/(2n − 2) = 1/6, PN(o) = (1 + 3c) / (1 − 3c²), PN(x) = 1 + c·PN(o).
        var c = 1.0 / 6;
        var centre = (1 + (3 * c)) / (1 - (3 * c * c));
        Assert.Equal(centre, a["o"], 12);
        Assert.Equal(1 + (c * centre), a["x"], 12);
    }
}
