using RelationsGraph.Brokerage;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Model;
using RelationsGraph.Catalog;

namespace RelationsGraph.PublicApi.Tests;

/// <summary>Brokerage as a user reaches it: groups from bloc memberships, the catalogue, the shortcuts.</summary>
public sealed class BrokerageApiTests
{
    [Fact]
    public void GroupsFromBlocs_SignedBrokerageFindsTheMiddlePower()
    {
        // Two blocs at odds (RUS–POL hostile), KAZ with working ties to both sides and in neither bloc.
        var network = new RelationsNetworkBuilder()
            .AddActor("NATO", ActorKind.Bloc).AddActor("CSTO", ActorKind.Bloc)
            .AddActor("POL", ActorKind.State).AddActor("RUS", ActorKind.State).AddActor("KAZ", ActorKind.State)
            .AddRelation(new Relation("POL", "NATO", 1, RelationKind.Membership))
            .AddRelation(new Relation("RUS", "CSTO", 1, RelationKind.Membership))
            .AddRelation(new Relation("RUS", "POL", -1, RelationKind.Sanction))
            .AddRelation(new Relation("KAZ", "RUS", 1, RelationKind.Partnership))
            .AddRelation(new Relation("KAZ", "POL", 1, RelationKind.Partnership))
            .Build();
        var groups = NodeGroups.FromBlocs(network, ["NATO", "CSTO"], othersLabel: "none");
        var graph = GraphProjection.Project(network.OfKinds(RelationKind.Sanction, RelationKind.Partnership), new ProjectionOptions()).Graph;

        var result = graph.SignedBrokerage(groups, permutations: 0);

        Assert.Equal(2, result["KAZ", BrokerageRole.Liaison].Raw);
        Assert.Equal(0, result["RUS", BrokerageRole.Total].Raw);

        // Gould–Fernandez over positive ties: RUS and POL have no friendly tie, KAZ links them.
        var metric = MetricCatalog.CreateDefault()["brokerage"].Create(new MetricParameters { Groups = groups, Ties = TieFilter.Positive });
        var scores = ((INodeMetric)metric).Compute(graph);
        Assert.Equal("KAZ", scores.Top(1)[0].Id);
    }
}
