using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Metrics;

/// <summary>Options reach the results by construction: a record that does not override Describe() is described whole.</summary>
public sealed class MetricOptionsTests
{
    private sealed record PlainOptions : MetricOptions
    {
        public double MinWeight { get; init; } = 0.5;

        public NeighborMode Mode { get; init; } = NeighborMode.Out;

        public IReadOnlyList<string>? Only { get; init; }

        public EdgeLength Length { get; init; } = EdgeLength.InverseStrength;
    }

    private sealed record DerivedFromBuiltIn : PathMetricOptions
    {
        public int Rounds { get; init; } = 3;
    }

    [Fact]
    public void Describe_RecordWithoutOverride_NamesEveryPublicProperty()
    {
        var described = new PlainOptions { Only = ["A", "B"] }.Describe();

        Assert.Equal(["length", "min-weight", "mode", "only", "ties"], described.Keys);
        Assert.Equal(0.5, described["min-weight"]);
        Assert.Equal("out", described["mode"]);
        Assert.Equal("inverse", described["length"]);
        Assert.Equal(["A", "B"], (string[])described["only"]);
    }

    [Fact]
    public void Describe_NullValues_LeftOut() =>
        Assert.DoesNotContain("only", new PlainOptions().Describe().Keys);

    [Fact]
    public void Describe_RecordDerivedFromOneThatOverrides_KeepsBaseNamesAndAddsItsOwn()
    {
        var described = new DerivedFromBuiltIn { Cutoff = 2 }.Describe();

        Assert.Equal(3, described["rounds"]);
        Assert.Equal("hops", described["length"]);
        Assert.Equal(2.0, described["cutoff"]);
        Assert.DoesNotContain("force", described.Keys);
    }

    [Fact]
    public void Describe_BuiltInOverrides_Unchanged() =>
        Assert.Equal(["length", "mode", "normalized", "ties"], new HarmonicOptions().Describe().Keys);
}
