using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Brokerage;

/// <summary>The extension methods of the brokerage family take the groups and the options record.</summary>
public sealed class BrokerageExtensionsTests
{
    private static readonly SignedGraph Graph = TestGraphs.Random(30, 90, 5, directed: true);

    private static readonly NodeGroups Groups = NodeGroups.FromLabels(Graph.NodeIds.Select((id, i) => KeyValuePair.Create(id, $"g{i % 3}")));

    [Fact]
    public void Brokerage_WithOptions_SameAsTheMetricClass()
    {
        var options = new BrokerageOptions { Ties = TieFilter.Positive };

        var viaExtension = Graph.Brokerage(Groups, options).ToNodeScores();
        var viaClass = new GouldFernandezBrokerage(options with { Groups = Groups }).Analyze(Graph).ToNodeScores();

        Assert.Equal(viaClass.Values, viaExtension.Values);
    }

    [Fact]
    public void SignedBrokerage_DefaultPermutations_FromTheOptionsRecord()
    {
        var result = Graph.SignedBrokerage(Groups, permutations: null);

        Assert.Equal(new SignedBrokerageOptions().Permutations, ((SignedBrokerageOptions)result.Options).Permutations);
        Assert.Equal(result.ToNodeScores().Values, Graph.SignedBrokerage(Groups, new SignedBrokerageOptions()).ToNodeScores().Values);
    }

    [Fact]
    public void StructuralHoles_WithOptions_SameAsShortForms()
    {
        var unit = new StructuralHolesOptions { Strength = TieStrength.Unit };

        Assert.Equal(Graph.Constraint(strength: TieStrength.Unit).Values, Graph.Constraint(unit).Values);
        Assert.Equal(new Efficiency(unit).Compute(Graph).Values, Graph.Efficiency(unit).Values);
    }
}
