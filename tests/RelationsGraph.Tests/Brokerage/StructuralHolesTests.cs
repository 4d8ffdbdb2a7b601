using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Brokerage;

/// <summary>Burt's measures on hand-drawn graphs with values worked out below.</summary>
public sealed class StructuralHolesTests
{
    private static SignedGraph Undirected(string[] nodes, params (string, string, double)[] edges) =>
        SignedGraph.Create(nodes, edges.Select(e => new SignedEdge(e.Item1, e.Item2, e.Item3)), isDirected: false);

    [Fact]
    public void Triangle_UnitStrengths_ConstraintEffectiveSizeEfficiency()
    {
        // p = 1/2 to each contact; c_ij = (1/2 + 1/2·1/2)² = 9/16; C = 9/8. Effective size 2 − 2·1/2 = 1; efficiency 1/2.
        var g = Undirected(["a", "b", "c"], ("a", "b", 1), ("b", "c", 1), ("a", "c", 1));
        var options = new StructuralHolesOptions { Strength = TieStrength.Unit };

        Assert.Equal(9.0 / 8, new Constraint(options).Compute(g)["a"], 12);
        Assert.Equal(1.0, new EffectiveSize(options).Compute(g)["a"], 12);
        Assert.Equal(0.5, new Efficiency(options).Compute(g)["a"], 12);
        Assert.Equal(0.0, new Hierarchy(options).Compute(g)["a"], 12); // equal local constraints
    }

    [Fact]
    public void Star_Centre_EvenConstraintHierarchyZeroAndNoRedundancy()
    {
        // Centre: p = 1/3 each, no ties among leaves: c_ij = 1/9, C = 1/3, r_j = 1, H = 0; effective size 3, efficiency 1.
        var g = Undirected(["o", "x", "y", "z"], ("o", "x", 1), ("o", "y", 1), ("o", "z", 1));

        Assert.Equal(1.0 / 3, new Constraint().Compute(g)["o"], 12);
        Assert.Equal(0.0, new Hierarchy().Compute(g)["o"], 12);
        Assert.Equal(3.0, new EffectiveSize().Compute(g)["o"], 12);
        Assert.Equal(1.0, new Efficiency().Compute(g)["o"], 12);

        // A leaf has one contact: constraint 1, hierarchy undefined (N ln N = 0).
        Assert.Equal(1.0, new Constraint().Compute(g)["x"], 12);
        Assert.True(double.IsNaN(new Hierarchy().Compute(g)["x"]));
    }

    [Fact]
    public void Hierarchy_UnequalStrengths_MatchesBurtsFormula()
    {
        // i–a strength 3 (w = −3: strength is |w|), i–b strength 1, a and b not tied: p = 3/4, 1/4;
        // c = 9/16, 1/16; C = 5/8; r = (9/16)/(5/16) = 9/5 and 1/5; H = (9/5 ln 9/5 + 1/5 ln 1/5) / (2 ln 2).
        var g = Undirected(["i", "a", "b"], ("i", "a", -3), ("i", "b", 1));
        var expected = ((1.8 * Math.Log(1.8)) + (0.2 * Math.Log(0.2))) / (2 * Math.Log(2));

        Assert.Equal(expected, new Hierarchy().Compute(g)["i"], 12);
        Assert.Equal(10.0 / 16, new Constraint().Compute(g)["i"], 12);

        // Unit strengths make the two contacts equal again.
        Assert.Equal(0.0, new Hierarchy(new StructuralHolesOptions { Strength = TieStrength.Unit }).Compute(g)["i"], 12);
    }

    [Fact]
    public void Hierarchy_AllConstraintInOneContact_ApproachesOne()
    {
        // One strong contact (1000) and two weak ones (1): almost all constraint lies on the strong one.
        var g = Undirected(["i", "s", "w1", "w2"], ("i", "s", 1000), ("i", "w1", 1), ("i", "w2", 1));

        var h = new Hierarchy().Compute(g)["i"];

        Assert.InRange(h, 0.95, 1.0);
    }

    [Fact]
    public void IsolatedNode_EveryMeasureUndefined()
    {
        var g = Undirected(["a", "b", "lonely"], ("a", "b", 1));

        Assert.True(double.IsNaN(new Constraint().Compute(g)["lonely"]));
        Assert.True(double.IsNaN(new EffectiveSize().Compute(g)["lonely"]));
        Assert.True(double.IsNaN(new Efficiency().Compute(g)["lonely"]));
        Assert.True(double.IsNaN(new Hierarchy().Compute(g)["lonely"]));
    }

    [Fact]
    public void Ties_PositiveOnly_IgnoresHostileContacts()
    {
        // With positive ties only, a's hostile tie to c disappears: a is a star centre of b, d.
        var g = Undirected(["a", "b", "c", "d"], ("a", "b", 1), ("a", "c", -1), ("a", "d", 1));
        var positive = new StructuralHolesOptions { Ties = TieFilter.Positive };

        Assert.Equal(0.5, new Constraint(positive).Compute(g)["a"], 12); // 2 × (1/2)²
        Assert.Equal(1.0 / 3, new Constraint().Compute(g)["a"], 12);     // 3 × (1/3)²
        Assert.True(double.IsNaN(new Constraint(positive).Compute(g)["c"]));
    }

    [Fact]
    public void Directed_MutualStrengths_AsUndirectedSumOfBothArcs()
    {
        // a→b 1 and b→a 1 make a mutual strength 2; a→c 2: so a's proportions are 1/2 and 1/2, as in the undirected
        // graph a–b 2, a–c 2 (networkx's normalized_mutual_weight).
        var directed = SignedGraph.Create(["a", "b", "c"], [new("a", "b", 1), new("b", "a", 1), new("a", "c", 2)], isDirected: true);
        var undirected = Undirected(["a", "b", "c"], ("a", "b", 2), ("a", "c", 2));

        Assert.Equal(new Constraint().Compute(undirected)["a"], new Constraint().Compute(directed)["a"], 12);
        Assert.Equal(new EffectiveSize().Compute(undirected)["a"], new EffectiveSize().Compute(directed)["a"], 12);
    }
}
