using RelationsGraph.Model;
using Xunit;
using RelationsGraph.Graphs;

namespace RelationsGraph.Tests.Graphs;

public sealed class NodeGroupsTests
{
    private static RelationsNetwork Blocs()
    {
        var b = new RelationsNetworkBuilder();
        b.AddActor("NATO", ActorKind.Bloc).AddActor("CSTO", ActorKind.Bloc)
            .AddActor(new Actor("USA", ActorKind.State, attributes: [KeyValuePair.Create("camp", "west")]))
            .AddActor(new Actor("TUR", ActorKind.State, attributes: [KeyValuePair.Create("camp", "between")]))
            .AddActor(new Actor("RUS", ActorKind.State, attributes: [KeyValuePair.Create("camp", "east")]))
            .AddActor(new Actor("KAZ", ActorKind.State, attributes: [KeyValuePair.Create("camp", "")]))
            .AddActor("IND", ActorKind.State);
        b.AddRelation(new Relation("USA", "NATO", 1, RelationKind.Membership));
        b.AddRelation(new Relation("TUR", "NATO", 1, RelationKind.Membership));
        b.AddRelation(new Relation("RUS", "CSTO", 1, RelationKind.Membership));
        b.AddRelation(new Relation("KAZ", "CSTO", 1, RelationKind.Membership));
        return b.Build();
    }

    [Fact]
    public void FromAttribute_ActorWithoutIt_IsRejectedNamingActorAndField()
    {
        var e = Assert.Throws<MissingGroupException>(() => NodeGroups.FromAttribute(Blocs(), "camp", "nodes.csv"));

        Assert.Equal("NATO", e.ActorId);
        Assert.StartsWith("nodes.csv: field 'camp': actor 'NATO' has no group", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAttribute_NoActorHasIt_SaysSo()
    {
        var e = Assert.Throws<MissingGroupException>(() => NodeGroups.FromAttribute(Blocs(), "faction", "nodes.csv"));

        Assert.Null(e.ActorId);
        Assert.Contains("no actor has the group attribute 'faction'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAttribute_EveryActorLabelled()
    {
        var network = new RelationsNetworkBuilder()
            .AddActor(new Actor("a", attributes: [KeyValuePair.Create("g", "1")]))
            .AddActor(new Actor("b", attributes: [KeyValuePair.Create("g", "2")]))
            .Build();

        var groups = NodeGroups.FromAttribute(network, "g");

        Assert.Equal("2", groups["b"]);
        Assert.Equal(["1", "2"], groups.Labels);
        Assert.Equal("g", groups.Field);
    }

    [Fact]
    public void FromBlocs_FirstListedBlocWins_OthersLabelForTheRest()
    {
        var groups = NodeGroups.FromBlocs(Blocs(), ["CSTO", "NATO"], othersLabel: "none");

        Assert.Equal("NATO", groups["USA"]);
        Assert.Equal("CSTO", groups["KAZ"]);
        Assert.Equal("none", groups["IND"]);
        Assert.Equal("NATO", groups["NATO"]);
        Assert.Equal("blocs CSTO,NATO", groups.Description);
    }

    [Fact]
    public void FromBlocs_WithoutOthersLabel_NonMembersHaveNoGroup()
    {
        var groups = NodeGroups.FromBlocs(Blocs(), ["NATO"]);

        Assert.False(groups.TryGetGroup("IND", out _));
        Assert.Throws<ArgumentException>(() => NodeGroups.FromBlocs(Blocs(), ["EU"]));
        Assert.Throws<ArgumentException>(() => NodeGroups.FromBlocs(Blocs(), ["NATO", "NATO"]));
        Assert.Throws<ArgumentException>(() => NodeGroups.FromBlocs(Blocs(), ["NATO"], othersLabel: "NATO"));
    }

    [Fact]
    public void FromPartition_LabelsPartsAndRejectsOverlap()
    {
        var groups = NodeGroups.FromPartition([["a", "b"], ["c"]]);

        Assert.Equal("1", groups["a"]);
        Assert.Equal("2", groups["c"]);
        Assert.Equal("camp B", NodeGroups.FromPartition([["a"], ["c"]], ["camp A", "camp B"])["c"]);
        Assert.Throws<ArgumentException>(() => NodeGroups.FromPartition([["a"], ["a"]]));
        Assert.Throws<ArgumentException>(() => NodeGroups.FromPartition([["a"], ["c"]], ["only one"]));
    }
}
