using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Model;

public class BlocProjectionTests
{
    private static readonly DateOnly Y2000 = new(2000, 1, 1);
    private static readonly DateOnly Y2005 = new(2005, 1, 1);
    private static readonly DateOnly Y2008 = new(2008, 1, 1);
    private static readonly DateOnly Y2010 = new(2010, 12, 31);

    private static Relation Member(string state, string bloc, double weight = 1, ValidityPeriod period = default) =>
        new(state, bloc, weight, RelationKind.Membership, isDirected: true, period);

    private static RelationsNetworkBuilder States(params string[] ids)
    {
        var builder = new RelationsNetworkBuilder();
        foreach (var id in ids)
        {
            builder.AddActor(id, ActorKind.State);
        }

        return builder;
    }

    [Fact]
    public void Project_BlocOfThree_GivesThreeCoMembershipTiesViaBloc()
    {
        var network = States("a", "b", "c")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(Member("a", "B"))
            .AddRelation(Member("b", "B"))
            .AddRelation(Member("c", "B"))
            .Build();

        var result = BlocProjection.Project(network);

        Assert.Equal(0, result.SelfPairsDropped);
        Assert.Equal(["a", "b", "c"], result.Network.Actors.Select(a => a.Id));
        Relation[] expected =
        [
            new("a", "b", 1, RelationKind.Membership, isDirected: false, attributes: [new("via", "B")]),
            new("a", "c", 1, RelationKind.Membership, isDirected: false, attributes: [new("via", "B")]),
            new("b", "c", 1, RelationKind.Membership, isDirected: false, attributes: [new("via", "B")]),
        ];
        Assert.Equal(expected, result.Network.Relations);
    }

    [Fact]
    public void Project_BlocSanctionOnOutsider_BecomesOneSanctionPerMember()
    {
        var sanction = new Relation("B", "x", -1, RelationKind.Sanction, isDirected: true, reference: "decision 1", attributes: [new("package", "7")]);
        var network = States("a", "b", "c", "x")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(Member("a", "B"))
            .AddRelation(Member("b", "B"))
            .AddRelation(Member("c", "B"))
            .AddRelation(sanction)
            .Build();

        var projected = BlocProjection.Project(network).Network;

        var sanctions = projected.Relations.Where(r => r.Kind == RelationKind.Sanction).ToList();
        Assert.Equal(3, sanctions.Count);
        Assert.Equal(["a", "b", "c"], sanctions.Select(r => r.Source));
        Assert.All(sanctions, r =>
        {
            Assert.Equal("x", r.Target);
            Assert.Equal(-1, r.Weight);
            Assert.True(r.IsDirected);
            Assert.Equal("decision 1", r.Reference);
            Assert.Equal("B", r.Attributes["via"]);
            Assert.Equal("7", r.Attributes["package"]);
        });
        Assert.Equal(3, projected.Relations.Count(r => r.Kind == RelationKind.Membership));
        Assert.Equal(6, projected.Relations.Length);
        Assert.False(projected.Contains("B"));
        Assert.True(projected.Contains("x"));
    }

    [Fact]
    public void Project_RelationIntoBloc_IsRedrawnToEachMember()
    {
        var network = States("a", "b", "x")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(Member("a", "B"))
            .AddRelation(Member("b", "B"))
            .AddRelation(new Relation("x", "B", 2, RelationKind.Partnership))
            .Build();

        var partnerships = BlocProjection.Project(network).Network.Relations.Where(r => r.Kind == RelationKind.Partnership).ToList();

        Assert.Equal([("x", "a"), ("x", "b")], partnerships.Select(r => (r.Source, r.Target)));
        Assert.All(partnerships, r => Assert.Equal(2, r.Weight));
    }

    [Fact]
    public void Project_MembershipPeriods_CoMembershipHoldsOnTheirIntersection()
    {
        var network = States("a", "b", "c")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(Member("a", "B", period: new ValidityPeriod(Y2000, Y2010)))
            .AddRelation(Member("b", "B", period: new ValidityPeriod(Y2005, null)))
            .AddRelation(Member("c", "B", period: new ValidityPeriod(new DateOnly(1990, 1, 1), new DateOnly(1995, 1, 1))))
            .Build();

        var relation = Assert.Single(BlocProjection.Project(network).Network.Relations);

        Assert.Equal(("a", "b"), (relation.Source, relation.Target));
        Assert.Equal(new ValidityPeriod(Y2005, Y2010), relation.Period);
    }

    [Fact]
    public void Project_MembershipWeights_CoMembershipTakesTheSmaller()
    {
        var network = States("a", "b")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(Member("a", "B", 1))
            .AddRelation(Member("b", "B", 0.5))
            .Build();

        Assert.Equal(0.5, Assert.Single(BlocProjection.Project(network).Network.Relations).Weight);
    }

    [Fact]
    public void Project_BlocRelationWithPeriod_IntersectsWithMembershipPeriods()
    {
        var network = States("a", "b", "x")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(Member("a", "B", period: new ValidityPeriod(Y2000, Y2010)))
            .AddRelation(Member("b", "B", period: new ValidityPeriod(Y2005, null)))
            .AddRelation(new Relation("B", "x", -1, RelationKind.Sanction, isDirected: true, new ValidityPeriod(Y2008, null)))
            .Build();

        var sanctions = BlocProjection.Project(network).Network.Relations.Where(r => r.Kind == RelationKind.Sanction).ToList();

        Assert.Equal(new ValidityPeriod(Y2008, Y2010), sanctions.Single(r => r.Source == "a").Period);
        Assert.Equal(new ValidityPeriod(Y2008, null), sanctions.Single(r => r.Source == "b").Period);
    }

    [Fact]
    public void Project_BlocRelationOutsideMembershipPeriod_IsLeftOut()
    {
        var network = States("a", "x")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(Member("a", "B", period: new ValidityPeriod(Y2000, Y2005)))
            .AddRelation(new Relation("B", "x", -1, RelationKind.Sanction, period: new ValidityPeriod(Y2008, null)))
            .Build();

        var result = BlocProjection.Project(network);

        Assert.Empty(result.Network.Relations);
        Assert.Equal(0, result.SelfPairsDropped);
    }

    [Fact]
    public void Project_BlocToBlocWithSharedMember_DropsAndCountsSelfPair()
    {
        // B1 = {a, s}, B2 = {s, d}; the alliance B1–B2 becomes a–s, a–d, s–d; s–s is dropped.
        var network = States("a", "s", "d")
            .AddActor("B1", ActorKind.Bloc)
            .AddActor("B2", ActorKind.Bloc)
            .AddRelation(Member("a", "B1"))
            .AddRelation(Member("s", "B1"))
            .AddRelation(Member("s", "B2"))
            .AddRelation(Member("d", "B2"))
            .AddRelation(new Relation("B1", "B2", 1, RelationKind.Alliance))
            .Build();

        var result = BlocProjection.Project(network);

        Assert.Equal(1, result.SelfPairsDropped);
        var alliances = result.Network.Relations.Where(r => r.Kind == RelationKind.Alliance).ToList();
        Assert.Equal([("a", "s"), ("a", "d"), ("s", "d")], alliances.Select(r => (r.Source, r.Target)));
        Assert.All(alliances, r => Assert.Equal("B1,B2", r.Attributes["via"]));
        var coMembership = result.Network.Relations.Where(r => r.Kind == RelationKind.Membership).ToList();
        Assert.Equal([("a", "s", "B1"), ("s", "d", "B2")], coMembership.Select(r => (r.Source, r.Target, r.Attributes["via"])));
    }

    [Fact]
    public void Project_MemberListedTwice_IsNotPairedWithItself()
    {
        var network = States("a", "b")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(Member("a", "B", period: new ValidityPeriod(Y2000, Y2005)))
            .AddRelation(Member("a", "B", period: new ValidityPeriod(Y2008, null)))
            .AddRelation(Member("b", "B"))
            .Build();

        var result = BlocProjection.Project(network);

        Assert.All(result.Network.Relations, r => Assert.NotEqual(r.Source, r.Target));
        Assert.Equal(
            [new ValidityPeriod(Y2000, Y2005), new ValidityPeriod(Y2008, null)],
            result.Network.Relations.Select(r => r.Period));
    }

    [Fact]
    public void Project_NoBlocs_ReturnsSameNetwork()
    {
        var network = States("a", "b").AddRelation("a", "b").Build();

        var result = BlocProjection.Project(network);

        Assert.Same(network, result.Network);
        Assert.Equal(0, result.SelfPairsDropped);
    }

    [Fact]
    public void Project_StateRelations_AreUnchanged()
    {
        var war = new Relation("a", "b", -2, RelationKind.War);
        var network = States("a", "b")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(war)
            .AddRelation(Member("a", "B"))
            .Build();

        var projected = network.ProjectBlocs();

        Assert.Equal([war], projected.Relations);
        Assert.Equal(["a", "b"], projected.Actors.Select(a => a.Id));
    }
}
