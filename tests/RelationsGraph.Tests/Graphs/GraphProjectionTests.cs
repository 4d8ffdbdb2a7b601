using RelationsGraph.Graphs;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Graphs;

public class GraphProjectionTests
{
    private static double Weight(SignedGraph g, string source, string target)
    {
        Assert.True(g.TryGetWeight(g.IndexOf(source), g.IndexOf(target), out var w), $"no edge {source}-{target}");
        return w;
    }

    private static RelationsNetworkBuilder Builder(params string[] ids)
    {
        var builder = new RelationsNetworkBuilder();
        foreach (var id in ids)
        {
            builder.AddActor(id, ActorKind.State);
        }

        return builder;
    }

    [Fact]
    public void Project_Defaults_UndirectedSumKeepAllActors()
    {
        var network = Builder("a", "b", "c", "lonely")
            .AddRelation("a", "b", 1, RelationKind.Alliance)
            .AddRelation("a", "b", 2, RelationKind.Trade)
            .AddRelation("b", "c", -1, RelationKind.War)
            .Build();

        var (graph, report) = GraphProjection.Project(network);

        Assert.False(graph.IsDirected);
        Assert.Equal(["a", "b", "c", "lonely"], graph.NodeIds);
        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal(3, Weight(graph, "a", "b"));
        Assert.Equal(-1, Weight(graph, "c", "b"));
        Assert.Equal(3, report.RelationsIn);
        Assert.Equal(1, report.ParallelMerged);
        Assert.Equal(0, report.RelationsFilteredOut);
        Assert.Equal(0, report.ZeroWeightEdges);
        Assert.Equal(new ProjectionOptions(), report.Options);
    }

    [Fact]
    public void Project_IsolatedActors_BecomeNodes()
    {
        var network = Builder("x", "y", "z").Build();

        var graph = network.ToSignedGraph();

        Assert.Equal(3, graph.NodeCount);
        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(["x", "y", "z"], graph.NodeIds);
    }

    [Fact]
    public void Project_EmptyNetwork_GivesEmptyGraph()
    {
        var (graph, report) = GraphProjection.Project(RelationsNetwork.Empty);

        Assert.Equal(0, graph.NodeCount);
        Assert.Empty(report.Describe());
    }

    [Fact]
    public void Project_KindsFilter_KeepsSelectedKindsAndCountsTheRest()
    {
        var network = Builder("a", "b", "c")
            .AddRelation("a", "b", 1, RelationKind.Alliance)
            .AddRelation("b", "c", 1, RelationKind.Trade)
            .AddRelation("a", "c", -1, RelationKind.War)
            .Build();
        var options = new ProjectionOptions { Kinds = new HashSet<RelationKind> { RelationKind.Alliance, RelationKind.War } };

        var (graph, report) = GraphProjection.Project(network, options);

        Assert.Equal(3, graph.NodeCount);
        SignedEdge[] expected = [new("a", "b", 1), new("a", "c", -1)];
        Assert.Equal(expected, graph.EdgesById());
        Assert.Equal(1, report.RelationsFilteredOut);
        Assert.Same(options, report.Options);
        Assert.Contains(report.Describe(), l => l.Contains("1 relation(s) outside", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_WindowFilter_KeepsRelationsOverlappingTheWindow()
    {
        var network = Builder("a", "b", "c", "d")
            .AddRelation(new Relation("a", "b", 1, period: new ValidityPeriod(new DateOnly(2000, 1, 1), new DateOnly(2005, 12, 31))))
            .AddRelation(new Relation("b", "c", 1, period: new ValidityPeriod(new DateOnly(2010, 1, 1), null)))
            .AddRelation(new Relation("c", "d", 1))
            .Build();
        var options = new ProjectionOptions { Window = new ValidityPeriod(new DateOnly(2003, 1, 1), new DateOnly(2008, 1, 1)) };

        var (graph, report) = GraphProjection.Project(network, options);

        SignedEdge[] expected = [new("a", "b", 1), new("c", "d", 1)];
        Assert.Equal(expected, graph.EdgesById());
        Assert.Equal(1, report.RelationsFilteredOut);
    }

    [Fact]
    public void Project_OneDayWindow_MatchesAt()
    {
        var day = new DateOnly(2012, 5, 5);
        var network = Builder("a", "b", "c")
            .AddRelation(new Relation("a", "b", 1, period: new ValidityPeriod(new DateOnly(2000, 1, 1), new DateOnly(2012, 5, 5))))
            .AddRelation(new Relation("b", "c", 1, period: new ValidityPeriod(new DateOnly(2012, 5, 6), null)))
            .Build();

        var windowed = network.ToSignedGraph(new ProjectionOptions { Window = new ValidityPeriod(day, day) });
        var sliced = network.At(day).ToSignedGraph();

        Assert.Equal(sliced.EdgesById(), windowed.EdgesById());
        Assert.Equal(1, windowed.EdgeCount);
    }

    [Fact]
    public void Project_OpenEndedWindow_KeepsLaterRelations()
    {
        var network = Builder("a", "b", "c")
            .AddRelation(new Relation("a", "b", 1, period: new ValidityPeriod(null, new DateOnly(1999, 12, 31))))
            .AddRelation(new Relation("b", "c", 1, period: new ValidityPeriod(new DateOnly(2030, 1, 1), null)))
            .Build();

        var graph = network.ToSignedGraph(new ProjectionOptions { Window = new ValidityPeriod(new DateOnly(2000, 1, 1), null) });

        SignedEdge[] expected = [new("b", "c", 1)];
        Assert.Equal(expected, graph.EdgesById());
    }

    [Fact]
    public void Project_Directed_UndirectedRelationBecomesTwoArcs()
    {
        var network = Builder("a", "b", "c")
            .AddRelation(new Relation("a", "b", 2, RelationKind.Alliance))
            .AddRelation(new Relation("c", "a", -1, RelationKind.Sanction, isDirected: true))
            .Build();

        var (graph, report) = GraphProjection.Project(network, new ProjectionOptions { Direction = GraphDirection.Directed });

        Assert.True(graph.IsDirected);
        SignedEdge[] expected = [new("a", "b", 2), new("b", "a", 2), new("c", "a", -1)];
        Assert.Equal(expected, graph.EdgesById());
        Assert.Equal(0, report.ParallelMerged);
    }

    [Fact]
    public void Project_Directed_DirectedAndUndirectedRelationMergeOnSameArc()
    {
        var network = Builder("a", "b")
            .AddRelation(new Relation("a", "b", 2, RelationKind.Alliance))
            .AddRelation(new Relation("a", "b", -1, RelationKind.Sanction, isDirected: true))
            .Build();

        var (graph, report) = GraphProjection.Project(network, new ProjectionOptions { Direction = GraphDirection.Directed });

        Assert.Equal(1, Weight(graph, "a", "b"));
        Assert.Equal(2, Weight(graph, "b", "a"));
        Assert.Equal(1, report.ParallelMerged);
    }

    [Fact]
    public void Project_Undirected_MergesOppositeDirectedRelations()
    {
        var network = Builder("a", "b")
            .AddRelation(new Relation("a", "b", -1, RelationKind.Sanction, isDirected: true))
            .AddRelation(new Relation("b", "a", -0.5, RelationKind.Sanction, isDirected: true))
            .Build();

        var (graph, report) = GraphProjection.Project(network);

        Assert.Equal(1, graph.EdgeCount);
        Assert.Equal(-1.5, Weight(graph, "b", "a"));
        Assert.Equal(1, report.ParallelMerged);
        Assert.Contains(report.Describe(), l => l.Contains("1 parallel relation(s) merged", StringComparison.Ordinal) && l.Contains("(sum)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EdgeAggregation.Sum, 1.0)]
    [InlineData(EdgeAggregation.Mean, 0.5)]
    [InlineData(EdgeAggregation.Min, -2.0)]
    [InlineData(EdgeAggregation.Max, 3.0)]
    public void Project_Aggregation_CombinesParallelRelations(EdgeAggregation aggregation, double expected)
    {
        var network = Builder("a", "b")
            .AddRelation(new Relation("a", "b", 3, RelationKind.Alliance))
            .AddRelation(new Relation("b", "a", -2, RelationKind.War))
            .Build();

        var graph = network.ToSignedGraph(new ProjectionOptions { Aggregation = aggregation });

        Assert.Equal(expected, Weight(graph, "a", "b"));
    }

    [Fact]
    public void Project_CancellingRelations_ReportsZeroWeightEdge()
    {
        var network = Builder("a", "b", "c")
            .AddRelation(new Relation("a", "b", 1, RelationKind.Alliance))
            .AddRelation(new Relation("a", "b", -1, RelationKind.Sanction))
            .AddRelation(new Relation("b", "c", 1, RelationKind.Trade))
            .Build();

        var (graph, report) = GraphProjection.Project(network);

        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal(0, Weight(graph, "a", "b"));
        Assert.Equal(1, report.ZeroWeightEdges);
        Assert.Equal(1, graph.PositiveEdgeCount);
        Assert.Equal(0, graph.NegativeEdgeCount);
        Assert.Contains(report.Describe(), l => l.Contains("1 edge(s) with aggregated weight 0", StringComparison.Ordinal));
    }

    private static RelationsNetwork BlocNetwork() =>
        Builder("a", "b", "x")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(new Relation("a", "B", 1, RelationKind.Membership, isDirected: true))
            .AddRelation(new Relation("b", "B", 1, RelationKind.Membership, isDirected: true))
            .AddRelation(new Relation("B", "x", -1, RelationKind.Sanction, isDirected: true))
            .AddRelation(new Relation("a", "x", 1, RelationKind.Trade))
            .Build();

    [Fact]
    public void Project_BlocsKept_BlocIsANode()
    {
        var (graph, report) = GraphProjection.Project(BlocNetwork());

        Assert.Equal(["a", "b", "x", "B"], graph.NodeIds);
        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal(1, Weight(graph, "B", "a"));
        Assert.Equal(-1, Weight(graph, "x", "B"));
        Assert.Equal(0, report.BlocRelationsDropped);
    }

    [Fact]
    public void Project_BlocsDropped_RemovesBlocAndCountsItsRelations()
    {
        var (graph, report) = GraphProjection.Project(BlocNetwork(), new ProjectionOptions { Blocs = BlocHandling.Drop });

        Assert.Equal(["a", "b", "x"], graph.NodeIds);
        SignedEdge[] expected = [new("a", "x", 1)];
        Assert.Equal(expected, graph.EdgesById());
        Assert.Equal(3, report.BlocRelationsDropped);
        Assert.Equal(0, report.BlocSelfPairsDropped);
        Assert.Contains(report.Describe(), l => l.Contains("3 relation(s) touching blocs", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_BlocsProjectedToMembers_RedrawsBlocTies()
    {
        var (graph, report) = GraphProjection.Project(BlocNetwork(), new ProjectionOptions { Blocs = BlocHandling.ProjectToMembers });

        Assert.Equal(["a", "b", "x"], graph.NodeIds);
        Assert.Equal(3, graph.EdgeCount);
        Assert.Equal(1, Weight(graph, "a", "b")); // co-membership
        Assert.Equal(0, Weight(graph, "a", "x")); // trade +1 and inherited sanction −1
        Assert.Equal(-1, Weight(graph, "b", "x")); // inherited sanction
        Assert.Equal(0, report.BlocRelationsDropped);
        Assert.Equal(0, report.BlocSelfPairsDropped);
        Assert.Equal(1, report.ParallelMerged);
        Assert.Equal(1, report.ZeroWeightEdges);
    }

    [Fact]
    public void Project_BlocsProjectedDirected_KeepsSanctionDirection()
    {
        var options = new ProjectionOptions { Blocs = BlocHandling.ProjectToMembers, Direction = GraphDirection.Directed };

        var graph = BlocNetwork().ToSignedGraph(options);

        Assert.Equal(-1, Weight(graph, "b", "x"));
        Assert.False(graph.HasEdge(graph.IndexOf("x"), graph.IndexOf("b")));
        Assert.Equal(1, Weight(graph, "a", "b"));
        Assert.Equal(1, Weight(graph, "b", "a"));
    }

    [Fact]
    public void Project_BlocToBlocSharedMember_ReportsSelfPairDropped()
    {
        var network = Builder("a", "s", "d")
            .AddActor("B1", ActorKind.Bloc)
            .AddActor("B2", ActorKind.Bloc)
            .AddRelation(new Relation("a", "B1", 1, RelationKind.Membership, isDirected: true))
            .AddRelation(new Relation("s", "B1", 1, RelationKind.Membership, isDirected: true))
            .AddRelation(new Relation("s", "B2", 1, RelationKind.Membership, isDirected: true))
            .AddRelation(new Relation("d", "B2", 1, RelationKind.Membership, isDirected: true))
            .AddRelation(new Relation("B1", "B2", -1, RelationKind.Conflict))
            .Build();

        var (graph, report) = GraphProjection.Project(network, new ProjectionOptions { Blocs = BlocHandling.ProjectToMembers });

        Assert.Equal(1, report.BlocSelfPairsDropped);
        Assert.Equal(-1, Weight(graph, "a", "d"));
        Assert.Equal(0, Weight(graph, "a", "s")); // co-membership +1, conflict −1
        Assert.Equal(0, Weight(graph, "s", "d"));
        Assert.Contains(report.Describe(), l => l.Contains("1 bloc relation(s) not redrawn", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_KindsFilterBeforeBlocProjection_MembershipFilteredOutLeavesNoCoMembership()
    {
        var options = new ProjectionOptions
        {
            Kinds = new HashSet<RelationKind> { RelationKind.Trade },
            Blocs = BlocHandling.ProjectToMembers,
        };

        var (graph, report) = GraphProjection.Project(BlocNetwork(), options);

        SignedEdge[] expected = [new("a", "x", 1)];
        Assert.Equal(expected, graph.EdgesById());
        Assert.Equal(3, report.RelationsFilteredOut);
    }

    [Fact]
    public void Project_UnknownBlocHandling_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphProjection.Project(BlocNetwork(), new ProjectionOptions { Blocs = (BlocHandling)9 }));
    }

    [Fact]
    public void Project_Network_IsNotChanged()
    {
        var network = BlocNetwork();
        var relations = network.Relations;
        var actors = network.Actors;

        _ = GraphProjection.Project(network, new ProjectionOptions { Blocs = BlocHandling.ProjectToMembers });

        Assert.Equal(relations, network.Relations);
        Assert.Equal(actors, network.Actors);
    }

    [Fact]
    public void Describe_NothingToSay_IsEmpty()
    {
        var network = Builder("a", "b").AddRelation("a", "b").Build();

        Assert.Empty(GraphProjection.Project(network).Report.Describe());
    }

    [Fact]
    public void Project_ProjectToMembersBlocWithoutMembers_ReportsDroppedRelation()
    {
        // ProjectionReport: "nothing is dropped or merged without being counted here".
        var network = Builder("x")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(new Relation("B", "x", -1, RelationKind.Sanction, isDirected: true))
            .Build();

        var (graph, report) = GraphProjection.Project(network, new ProjectionOptions { Blocs = BlocHandling.ProjectToMembers });

        Assert.Equal(0, graph.EdgeCount);
        Assert.NotEmpty(report.Describe());
    }

    [Fact]
    public void Project_ProjectToMembersBlocTieOutsideMembership_ReportsDroppedRelation()
    {
        // The sanction starts after the only member left: it is redrawn to nobody and must be counted.
        var network = Builder("a", "x")
            .AddActor("B", ActorKind.Bloc)
            .AddRelation(new Relation("a", "B", 1, RelationKind.Membership, isDirected: true, new ValidityPeriod(new DateOnly(2000, 1, 1), new DateOnly(2005, 1, 1))))
            .AddRelation(new Relation("B", "x", -1, RelationKind.Sanction, isDirected: true, new ValidityPeriod(new DateOnly(2008, 1, 1), null)))
            .Build();

        var (graph, report) = GraphProjection.Project(network, new ProjectionOptions { Blocs = BlocHandling.ProjectToMembers });

        Assert.Equal(0, graph.EdgeCount);
        Assert.NotEmpty(report.Describe());
    }
}
