using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Model;
using RelationsGraph.SamplePlugin;
using RelationsGraph.Catalog;

namespace RelationsGraph.PublicApi.Tests;

/// <summary>A metric written outside the library registers and runs exactly like a built-in one.</summary>
public sealed class CustomMetricTests
{
    private static SignedGraph Triangle() =>
        new RelationsNetworkBuilder()
            .AddActor("A", ActorKind.State)
            .AddActor("B", ActorKind.State)
            .AddActor("C", ActorKind.State)
            .AddActor("D", ActorKind.State)
            .AddRelation("A", "B", 1, RelationKind.Alliance)
            .AddRelation("B", "C", -1, RelationKind.Sanction)
            .AddRelation("A", "C", 2, RelationKind.Partnership)
            .Build()
            .ToSignedGraph();

    [Fact]
    public void Register_CustomMetric_RunsThroughCatalogueLikeBuiltIn()
    {
        var catalog = MetricCatalog.CreateDefault();
        new SamplePlugin.SamplePlugin().Register(catalog);

        Assert.Contains("positive-share", catalog.Names);
        Assert.Contains("degree", catalog.Names);
        var descriptor = catalog["positive-share"];
        Assert.Equal(MetricKind.Node, descriptor.Kind);
        var metric = Assert.IsAssignableFrom<INodeMetric>(descriptor.Create(new MetricParameters()));
        var scores = metric.Compute(Triangle());

        Assert.Equal("positive-share", scores.Metric);
        Assert.Equal(1.0, scores["A"]);
        Assert.Equal(0.5, scores["B"]);
        Assert.Equal(0.5, scores["C"]);
        Assert.True(double.IsNaN(scores["D"]));
        Assert.Equal(["A", "B", "C", "D"], scores.Ranking().Select(r => r.Id));
        Assert.Equal("A", scores.Top(1).Single().Id);
    }

    [Fact]
    public void Register_SameNameTwice_Throws()
    {
        var catalog = MetricCatalog.CreateDefault();
        var plugin = new SamplePlugin.SamplePlugin();
        plugin.Register(catalog);
        Assert.Throws<ArgumentException>(() => plugin.Register(catalog));
    }

    [Fact]
    public void Compute_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => new PositiveShare().Compute(Triangle(), cancellationToken: cts.Token));
    }
}
