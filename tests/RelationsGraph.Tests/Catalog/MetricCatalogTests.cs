using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using Xunit;
using RelationsGraph.Catalog;

namespace RelationsGraph.Tests.Catalog;

public class MetricCatalogTests
{
    private static MetricDescriptor Descriptor(string name) =>
        new(name, "a test metric", MetricKind.Node, _ => new Degree());

    [Fact]
    public void CreateDefault_ContainsDegreeAndStrength()
    {
        var catalog = MetricCatalog.CreateDefault();

        Assert.Contains("degree", catalog.Names);
        Assert.Contains("strength", catalog.Names);
        Assert.Equal(MetricKind.Node, catalog["degree"].Kind);
        Assert.False(string.IsNullOrWhiteSpace(catalog["strength"].Description));
    }

    [Fact]
    public void Names_AreSortedOrdinally()
    {
        var catalog = MetricCatalog.CreateDefault().Register(Descriptor("a-first")).Register(Descriptor("zz"));

        Assert.Equal(catalog.Names.Order(StringComparer.Ordinal), catalog.Names);
        Assert.Equal(catalog.Names, catalog.Descriptors.Select(d => d.Name));
    }

    [Fact]
    public void CreateDefault_EachCall_IsIndependent()
    {
        var first = MetricCatalog.CreateDefault().Register(Descriptor("mine"));

        Assert.True(first.TryGet("mine", out _));
        Assert.False(MetricCatalog.CreateDefault().TryGet("mine", out _));
    }

    [Fact]
    public void Create_DefaultDegree_PassesParameters()
    {
        var parameters = new MetricParameters { Ties = TieFilter.Negative, Mode = NeighborMode.In };

        var metric = Assert.IsType<Degree>(MetricCatalog.CreateDefault()["degree"].Create(parameters));

        Assert.Equal(TieFilter.Negative, metric.Options.Ties);
        Assert.Equal(NeighborMode.In, metric.Options.Mode);
        Assert.Equal("degree", metric.Name);
    }

    [Fact]
    public void Create_DefaultStrength_PassesParameters()
    {
        var parameters = new MetricParameters { Ties = TieFilter.Positive, Mode = NeighborMode.Out, Strength = TieStrength.Unit };

        var metric = Assert.IsType<Strength>(MetricCatalog.CreateDefault()["strength"].Create(parameters));

        Assert.Equal(TieFilter.Positive, metric.Options.Ties);
        Assert.Equal(NeighborMode.Out, metric.Options.Mode);
        Assert.Equal(TieStrength.Unit, metric.Options.Strength);
        Assert.Equal("strength", metric.Name);
    }

    [Fact]
    public void Register_NewName_CanBeLookedUp()
    {
        var descriptor = Descriptor("my-metric-2");

        var catalog = new MetricCatalog().Register(descriptor);

        Assert.Same(descriptor, catalog["my-metric-2"]);
        Assert.True(catalog.TryGet("my-metric-2", out var found));
        Assert.Same(descriptor, found);
    }

    [Fact]
    public void Register_DuplicateName_ThrowsArgumentException()
    {
        var catalog = MetricCatalog.CreateDefault();

        var e = Assert.Throws<ArgumentException>(() => catalog.Register(Descriptor("degree")));

        Assert.Contains("degree", e.Message, StringComparison.Ordinal);
        Assert.IsType<Degree>(catalog["degree"].Create(new MetricParameters()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Degree")]
    [InlineData("my metric")]
    [InlineData("my_metric")]
    [InlineData("métrique")]
    [InlineData("edge.betweenness")]
    public void Register_BadName_ThrowsArgumentException(string name)
    {
        Assert.Throws<ArgumentException>(() => new MetricCatalog().Register(Descriptor(name)));
    }

    [Fact]
    public void Register_NullCreate_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new MetricCatalog().Register(new MetricDescriptor("x", "x", MetricKind.Node, null!)));
    }

    [Fact]
    public void Indexer_UnknownName_ThrowsKeyNotFoundListingKnownNames()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => MetricCatalog.CreateDefault()["nope"]);

        Assert.Contains("nope", e.Message, StringComparison.Ordinal);
        Assert.Contains("degree", e.Message, StringComparison.Ordinal);
        Assert.Contains("strength", e.Message, StringComparison.Ordinal);
    }
}
