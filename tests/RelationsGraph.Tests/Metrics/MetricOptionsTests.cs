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

    /// <summary>Frustration names its own values, and every option that can change the result is among them.</summary>
    [Fact]
    public void FrustrationOptions_DescribeEveryOptionThatChangesTheResult()
    {
        var options = new RelationsGraph.Balance.FrustrationOptions { ExactMaxNodes = 12, Restarts = 7, Perturbations = 50, Seed = 3, Ties = TieFilter.All };

        var described = options.Describe();

        Assert.Equal(["exact-max-nodes", "method", "perturbations", "restarts", "seed", "strength", "ties"], described.Keys);
        Assert.Equal((12, 7, 50, 3, "unit"), ((int)described["exact-max-nodes"], (int)described["restarts"], (int)described["perturbations"], (int)described["seed"], (string)described["strength"]));
        Assert.DoesNotContain("perturbations", (options with { Perturbations = null }).Describe().Keys);
    }
}
