using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Model;

public class RelationsNetworkBuilderTests
{
    [Fact]
    public void Build_ActorsAndRelations_KeepsInsertionOrder()
    {
        var network = new RelationsNetworkBuilder()
            .AddActor("RUS", ActorKind.State, "Russia")
            .AddActor("UKR", ActorKind.State, "Ukraine")
            .AddRelation(new Relation("RUS", "UKR", -1, RelationKind.War))
            .AddRelation("UKR", "RUS", -1, RelationKind.Sanction)
            .Build();

        Assert.Equal(["RUS", "UKR"], network.Actors.Select(a => a.Id));
        Assert.Equal("Russia", network["RUS"].Name);
        Assert.Equal([RelationKind.War, RelationKind.Sanction], network.Relations.Select(r => r.Kind));
    }

    [Fact]
    public void AddActor_DuplicateId_ThrowsDuplicateActorExceptionNamingLocation()
    {
        var builder = new RelationsNetworkBuilder().AddActor(new Actor("RUS"), new InputLocation("nodes.csv", 2, "id"));

        var e = Assert.Throws<DuplicateActorException>(() => builder.AddActor(new Actor("RUS"), new InputLocation("edges.csv", 7, "id")));

        Assert.Equal("RUS", e.ActorId);
        Assert.Contains("edges.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("edges.csv:7", e.Message, StringComparison.Ordinal);
        Assert.Contains("RUS", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
        Assert.Equal(new InputLocation("edges.csv", 7, "id"), e.Location);
        Assert.IsAssignableFrom<InvalidInputException>(e);
    }

    [Fact]
    public void AddActor_DuplicateWithoutLocations_ThrowsDuplicateActorException()
    {
        var builder = new RelationsNetworkBuilder().AddActor("RUS");

        var e = Assert.Throws<DuplicateActorException>(() => builder.AddActor("RUS"));

        Assert.Equal("RUS", e.ActorId);
        Assert.Equal(1, builder.ActorCount);
    }

    [Fact]
    public void AddActor_IdsDifferingInCase_AreDistinct()
    {
        var network = new RelationsNetworkBuilder().AddActor("eu").AddActor("EU").Build();

        Assert.Equal(2, network.Actors.Length);
    }

    [Fact]
    public void AddRelation_UnknownTargetWhenActorsRequired_ThrowsUnknownActorExceptionNamingIdAndField()
    {
        var builder = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions { RequireDeclaredActors = true })
            .AddActor("RUS");

        var e = Assert.Throws<UnknownActorException>(() =>
            builder.AddRelation(new Relation("RUS", "XYZ"), new InputLocation("edges.csv", 4)));

        Assert.Equal("XYZ", e.ActorId);
        Assert.Equal("target", e.Location.Field);
        Assert.Equal("edges.csv", e.Location.Source);
        Assert.Equal(4, e.Location.Line);
        Assert.Contains("'XYZ'", e.Message, StringComparison.Ordinal);
        Assert.Contains("edges.csv:4", e.Message, StringComparison.Ordinal);
        Assert.Contains("field 'target'", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.RelationCount);
    }

    [Fact]
    public void AddRelation_UnknownSourceWhenActorsRequired_ThrowsUnknownActorExceptionNamingSource()
    {
        var builder = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions { RequireDeclaredActors = true })
            .AddActor("RUS");

        var e = Assert.Throws<UnknownActorException>(() => builder.AddRelation("ABC", "RUS"));

        Assert.Equal("ABC", e.ActorId);
        Assert.Equal("source", e.Location.Field);
        Assert.Contains("field 'source'", e.Message, StringComparison.Ordinal);
        Assert.False(builder.ContainsActor("ABC"));
    }

    [Fact]
    public void AddRelation_UnknownEndpointsByDefault_AddsImplicitActors()
    {
        var builder = new RelationsNetworkBuilder().AddRelation("RUS", "UKR", -1);

        Assert.True(builder.ContainsActor("RUS"));
        Assert.True(builder.ContainsActor("UKR"));
        var network = builder.Build();
        Assert.Equal(["RUS", "UKR"], network.Actors.Select(a => a.Id));
        Assert.All(network.Actors, a => Assert.Equal(ActorKind.Other, a.Kind));
    }

    [Fact]
    public void AddRelation_ImplicitActorKindOption_IsUsed()
    {
        var network = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions { ImplicitActorKind = ActorKind.State })
            .AddRelation("RUS", "UKR")
            .Build();

        Assert.All(network.Actors, a => Assert.Equal(ActorKind.State, a.Kind));
    }

    [Fact]
    public void AddActor_AfterImplicitActor_ReplacesItInPlace()
    {
        var builder = new RelationsNetworkBuilder()
            .AddRelation("RUS", "UKR", -1)
            .AddActor(new Actor("UKR", ActorKind.State, "Ukraine"));

        var network = builder.Build();

        Assert.Equal(2, builder.ActorCount);
        Assert.Equal(["RUS", "UKR"], network.Actors.Select(a => a.Id));
        Assert.Equal(new Actor("UKR", ActorKind.State, "Ukraine"), network["UKR"]);
        Assert.Equal(ActorKind.Other, network["RUS"].Kind);
    }

    [Fact]
    public void AddActor_SecondExplicitAfterImplicitReplaced_ThrowsDuplicateActorException()
    {
        var builder = new RelationsNetworkBuilder()
            .AddRelation("RUS", "UKR")
            .AddActor(new Actor("UKR", ActorKind.State), new InputLocation("nodes.csv", 3, "id"));

        var e = Assert.Throws<DuplicateActorException>(() =>
            builder.AddActor(new Actor("UKR", ActorKind.State), new InputLocation("nodes.csv", 9, "id")));

        Assert.Contains("nodes.csv:9", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRelation_SelfLoopByDefault_ThrowsSelfLoopException()
    {
        var builder = new RelationsNetworkBuilder().AddActor("RUS");

        var e = Assert.Throws<SelfLoopException>(() => builder.AddRelation(new Relation("RUS", "RUS"), new InputLocation("edges.csv", 5)));

        Assert.Equal("RUS", e.ActorId);
        Assert.Contains("edges.csv:5", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.RelationCount);
    }

    [Fact]
    public void AddRelation_SelfLoopWithDropPolicy_DropsItWithNote()
    {
        var builder = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions { SelfLoops = SelfLoopPolicy.Drop })
            .AddActor("RUS")
            .AddActor("UKR")
            .AddRelation(new Relation("RUS", "RUS"), new InputLocation("edges.csv", 5))
            .AddRelation("RUS", "UKR");

        Assert.Equal(1, builder.RelationCount);
        var note = Assert.Single(builder.Notes);
        Assert.Equal(new InputLocation("edges.csv", 5), note.Location);
        Assert.Contains("self-loop", note.Message, StringComparison.Ordinal);
        Assert.Contains("RUS", note.Message, StringComparison.Ordinal);
        Assert.StartsWith("edges.csv:5: ", note.ToString(), StringComparison.Ordinal);
        var relation = Assert.Single(builder.Build().Relations);
        Assert.Equal("UKR", relation.Target);
    }

    [Fact]
    public void AddNote_IsKeptInOrder()
    {
        var builder = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions { SelfLoops = SelfLoopPolicy.Drop })
            .AddNote(new InputNote(new InputLocation("edges.csv", 2), "duplicate row"))
            .AddRelation("A", "A");

        Assert.Equal(2, builder.Notes.Count);
        Assert.Equal("duplicate row", builder.Notes[0].Message);
    }

    [Fact]
    public void Build_CalledTwice_GivesEqualIndependentNetworks()
    {
        var builder = new RelationsNetworkBuilder().AddRelation("A", "B");
        var first = builder.Build();

        builder.AddRelation("B", "C");
        var second = builder.Build();

        Assert.Single(first.Relations);
        Assert.Equal(2, first.Actors.Length);
        Assert.Equal(2, second.Relations.Length);
        Assert.Equal(3, second.Actors.Length);
    }

    [Fact]
    public void Build_ParallelRelations_AreAllKept()
    {
        var network = new RelationsNetworkBuilder()
            .AddRelation("A", "B", 1, RelationKind.Alliance)
            .AddRelation("A", "B", 1, RelationKind.Alliance)
            .Build();

        Assert.Equal(2, network.Relations.Length);
    }
}
