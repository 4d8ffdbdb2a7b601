using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Model;

public class RelationsNetworkTests
{
    private static readonly DateOnly D2014 = new(2014, 3, 1);
    private static readonly DateOnly D2022 = new(2022, 2, 24);

    private static readonly Relation Partnership = new("RUS", "KAZ", 1, RelationKind.Partnership);
    private static readonly Relation Sanctions = new("USA", "RUS", -1, RelationKind.Sanction, isDirected: true, new ValidityPeriod(D2014, null));
    private static readonly Relation War = new("RUS", "UKR", -2, RelationKind.War, period: new ValidityPeriod(D2022, null));
    private static readonly Relation OldTrade = new("RUS", "UKR", 1, RelationKind.Trade, period: new ValidityPeriod(new DateOnly(2000, 1, 1), new DateOnly(2013, 12, 31)));

    private static RelationsNetwork Sample() =>
        new RelationsNetworkBuilder()
            .AddActor("RUS", ActorKind.State)
            .AddActor("UKR", ActorKind.State)
            .AddActor("KAZ", ActorKind.State)
            .AddActor("USA", ActorKind.State)
            .AddRelation(Partnership)
            .AddRelation(Sanctions)
            .AddRelation(War)
            .AddRelation(OldTrade)
            .Build();

    [Fact]
    public void Empty_HasNoActorsAndNoRelations()
    {
        Assert.Empty(RelationsNetwork.Empty.Actors);
        Assert.Empty(RelationsNetwork.Empty.Relations);
    }

    [Fact]
    public void Indexer_KnownAndUnknownId_ReturnsActorOrThrowsKeyNotFound()
    {
        var network = Sample();

        Assert.Equal(ActorKind.State, network["UKR"].Kind);
        Assert.True(network.Contains("KAZ"));
        Assert.False(network.Contains("kaz"));
        Assert.Throws<KeyNotFoundException>(() => network["XYZ"]);
        Assert.True(network.TryGetActor("USA", out var usa));
        Assert.Equal("USA", usa.Id);
        Assert.False(network.TryGetActor("XYZ", out _));
    }

    [Fact]
    public void At_Date_KeepsAllActorsAndRelationsHoldingThatDay()
    {
        var network = Sample();

        var in2010 = network.At(new DateOnly(2010, 6, 1));
        var in2023 = network.At(new DateOnly(2023, 1, 1));

        Assert.Equal([Partnership, OldTrade], in2010.Relations);
        Assert.Equal([Partnership, Sanctions, War], in2023.Relations);
        Assert.Equal(network.Actors, in2010.Actors);
        Assert.Equal(4, network.Relations.Length);
    }

    [Fact]
    public void Between_Window_KeepsRelationsOverlappingIt()
    {
        var network = Sample();

        var window = network.Between(new DateOnly(2013, 6, 1), new DateOnly(2014, 6, 1));

        Assert.Equal([Partnership, Sanctions, OldTrade], window.Relations);
        Assert.Equal(4, network.Relations.Length);
    }

    [Fact]
    public void Between_EndBeforeStart_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Sample().Between(D2022, D2014));
    }

    [Fact]
    public void OfKinds_Kinds_KeepsOnlyThoseKinds()
    {
        var network = Sample();

        Assert.Equal([Sanctions, War], network.OfKinds(RelationKind.War, RelationKind.Sanction).Relations);
    }

    [Fact]
    public void With_Relation_ReturnsNewNetworkAndLeavesOriginalUnchanged()
    {
        var network = Sample();
        var mediation = new Relation("KAZ", "UKR", 0.5, RelationKind.Partnership);

        var changed = network.With(mediation);

        Assert.NotSame(network, changed);
        Assert.Equal(5, changed.Relations.Length);
        Assert.Equal(mediation, changed.Relations[^1]);
        Assert.Equal(4, network.Relations.Length);
        Assert.DoesNotContain(mediation, network.Relations);
    }

    [Fact]
    public void With_SeveralRelations_AddsAllInOrder()
    {
        var network = Sample();
        var a = new Relation("KAZ", "UKR");
        var b = new Relation("KAZ", "USA");

        var changed = network.With([a, b]);

        Assert.Equal([a, b], changed.Relations.Skip(4));
    }

    [Fact]
    public void With_UnknownEndpoint_ThrowsUnknownActorException()
    {
        var network = Sample();

        var e = Assert.Throws<UnknownActorException>(() => network.With(new Relation("KAZ", "TUR")));

        Assert.Equal("TUR", e.ActorId);
        Assert.Equal("target", e.Location.Field);
        Assert.Equal(4, network.Relations.Length);
    }

    [Fact]
    public void With_UnknownSourceAmongSeveral_ThrowsAndAddsNothing()
    {
        var network = Sample();

        var e = Assert.Throws<UnknownActorException>(() => network.With([new Relation("KAZ", "UKR"), new Relation("TUR", "UKR")]));

        Assert.Equal("TUR", e.ActorId);
        Assert.Equal("source", e.Location.Field);
        Assert.Equal(4, network.Relations.Length);
    }

    [Fact]
    public void With_SelfLoop_ThrowsSelfLoopException()
    {
        Assert.Throws<SelfLoopException>(() => Sample().With(new Relation("KAZ", "KAZ")));
    }

    [Fact]
    public void With_Actor_AddsItAndLeavesOriginalUnchanged()
    {
        var network = Sample();

        var changed = network.With(new Actor("TUR", ActorKind.State));

        Assert.True(changed.Contains("TUR"));
        Assert.False(network.Contains("TUR"));
        Assert.Equal(network.Relations, changed.Relations);
    }

    [Fact]
    public void With_ExistingActor_ThrowsDuplicateActorException()
    {
        var e = Assert.Throws<DuplicateActorException>(() => Sample().With(new Actor("RUS")));

        Assert.Equal("RUS", e.ActorId);
    }

    [Fact]
    public void Without_Relation_RemovesEveryEqualRelationAndLeavesOriginalUnchanged()
    {
        var network = Sample().With(new Relation("RUS", "KAZ", 1, RelationKind.Partnership));

        var changed = network.Without(Partnership);

        Assert.Equal([Sanctions, War, OldTrade], changed.Relations);
        Assert.Equal(5, network.Relations.Length);
        Assert.Equal(network.Actors, changed.Actors);
    }

    [Fact]
    public void Without_RelationDifferingInAttributes_RemovesNothing()
    {
        var network = Sample();

        var changed = network.Without(Partnership with { Attributes = Partnership.Attributes.Add("k", "v") });

        Assert.Equal(network.Relations, changed.Relations);
    }

    [Fact]
    public void Without_Predicate_RemovesMatchingRelations()
    {
        var network = Sample();

        var changed = network.Without(r => r.Weight < 0);

        Assert.Equal([Partnership, OldTrade], changed.Relations);
        Assert.Equal(4, network.Relations.Length);
    }

    [Fact]
    public void WithoutActor_Id_RemovesActorAndItsRelations()
    {
        var network = Sample();

        var changed = network.WithoutActor("RUS");

        Assert.Equal(["UKR", "KAZ", "USA"], changed.Actors.Select(a => a.Id));
        Assert.Empty(changed.Relations);
        Assert.False(changed.Contains("RUS"));
        Assert.True(network.Contains("RUS"));
        Assert.Equal(4, network.Relations.Length);
        Assert.Equal("KAZ", changed["KAZ"].Id);
    }

    [Fact]
    public void WithoutActor_UnknownId_ThrowsKeyNotFoundException()
    {
        Assert.Throws<KeyNotFoundException>(() => Sample().WithoutActor("XYZ"));
    }

    [Fact]
    public void MembersOf_Bloc_ReturnsDistinctMembersInOrder()
    {
        var network = new RelationsNetworkBuilder()
            .AddActor("NATO", ActorKind.Bloc)
            .AddRelation(new Relation("USA", "NATO", 1, RelationKind.Membership, isDirected: true))
            .AddRelation(new Relation("TUR", "NATO", 1, RelationKind.Membership, isDirected: true))
            .AddRelation(new Relation("USA", "NATO", 1, RelationKind.Membership, isDirected: true, new ValidityPeriod(new DateOnly(1949, 4, 4), null)))
            .AddRelation(new Relation("USA", "TUR", 1, RelationKind.Alliance))
            .Build();

        Assert.Equal(["USA", "TUR"], network.MembersOf("NATO"));
        Assert.Empty(network.MembersOf("USA"));
    }

    [Fact]
    public void ToBuilder_RoundTrip_GivesEqualContent()
    {
        var network = Sample();

        var copy = network.ToBuilder().Build();

        Assert.Equal(network.Actors, copy.Actors);
        Assert.Equal(network.Relations, copy.Relations);
    }

    [Fact]
    public void ToBuilder_ExtendingCopy_LeavesOriginalUnchanged()
    {
        var network = Sample();

        var extended = network.ToBuilder().AddRelation("KAZ", "TUR").Build();

        Assert.True(extended.Contains("TUR"));
        Assert.False(network.Contains("TUR"));
    }
}
