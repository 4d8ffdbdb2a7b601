using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Model;

public class RelationTests
{
    private static readonly Relation Sanction = new(
        "EU",
        "RUS",
        -1,
        RelationKind.Sanction,
        isDirected: true,
        new ValidityPeriod(new DateOnly(2014, 7, 31), null),
        "Council Decision 2014/512/CFSP",
        [new("package", "1"), new("sector", "finance")]);

    [Fact]
    public void Constructor_Defaults_AreUnitUndirectedOtherAlways()
    {
        var r = new Relation("A", "B");

        Assert.Equal(1.0, r.Weight);
        Assert.Equal(RelationKind.Other, r.Kind);
        Assert.False(r.IsDirected);
        Assert.True(r.Period.IsAlways);
        Assert.Null(r.Reference);
        Assert.Empty(r.Attributes);
    }

    [Fact]
    public void Constructor_ZeroWeight_IsAllowed()
    {
        Assert.Equal(0.0, new Relation("A", "B", 0).Weight);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_NonFiniteWeight_ThrowsArgumentException(double weight)
    {
        Assert.Throws<ArgumentException>(() => new Relation("A", "B", weight));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void With_NonFiniteWeight_ThrowsArgumentException(double weight)
    {
        var e = Assert.Throws<ArgumentException>(() => Sanction with { Weight = weight });
        Assert.Equal("Weight", e.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData(" RUS")]
    [InlineData("RUS ")]
    public void With_InvalidSource_ThrowsArgumentException(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => Sanction with { Source = id });
        Assert.Equal("Source", e.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("RUS\n")]
    public void With_InvalidTarget_ThrowsArgumentException(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => Sanction with { Target = id });
        Assert.Equal("Target", e.ParamName);
    }

    [Theory]
    [InlineData("", "B")]
    [InlineData("A", " ")]
    public void Constructor_InvalidId_ThrowsArgumentException(string source, string target)
    {
        Assert.Throws<ArgumentException>(() => new Relation(source, target));
    }

    [Fact]
    public void With_ValidChange_LeavesOriginalUnchanged()
    {
        var changed = Sanction with { Weight = -2, Target = "BLR" };

        Assert.Equal(-2, changed.Weight);
        Assert.Equal("BLR", changed.Target);
        Assert.Equal(-1, Sanction.Weight);
        Assert.Equal("RUS", Sanction.Target);
        Assert.Equal(Sanction.Attributes, changed.Attributes);
    }

    [Fact]
    public void Equals_SameValuesAttributesInOtherOrder_AreEqual()
    {
        var copy = new Relation(
            "EU",
            "RUS",
            -1,
            RelationKind.Sanction,
            isDirected: true,
            new ValidityPeriod(new DateOnly(2014, 7, 31), null),
            "Council Decision 2014/512/CFSP",
            [new("sector", "finance"), new("package", "1")]);

        Assert.Equal(Sanction, copy);
        Assert.True(Sanction == copy);
        Assert.Equal(Sanction.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentAttributeValue_AreNotEqual()
    {
        var other = Sanction with { Attributes = Sanction.Attributes.SetItem("package", "2") };

        Assert.NotEqual(Sanction, other);
    }

    [Fact]
    public void Equals_MissingAttribute_AreNotEqual()
    {
        var other = Sanction with { Attributes = Sanction.Attributes.Remove("sector") };

        Assert.NotEqual(Sanction, other);
        Assert.NotEqual(other, Sanction);
    }

    [Fact]
    public void Equals_AnyFieldDiffers_AreNotEqual()
    {
        Assert.NotEqual(Sanction, Sanction with { Source = "USA" });
        Assert.NotEqual(Sanction, Sanction with { Target = "BLR" });
        Assert.NotEqual(Sanction, Sanction with { Weight = -0.5 });
        Assert.NotEqual(Sanction, Sanction with { Kind = RelationKind.Conflict });
        Assert.NotEqual(Sanction, Sanction with { IsDirected = false });
        Assert.NotEqual(Sanction, Sanction with { Period = ValidityPeriod.Always });
        Assert.NotEqual(Sanction, Sanction with { Reference = null });
        Assert.False(Sanction.Equals(null));
    }

    [Fact]
    public void Equals_ReversedEndpoints_AreNotEqual()
    {
        Assert.NotEqual(new Relation("A", "B"), new Relation("B", "A"));
    }

    [Fact]
    public void Involves_Endpoint_ReturnsTrueOtherwiseFalse()
    {
        Assert.True(Sanction.Involves("EU"));
        Assert.True(Sanction.Involves("RUS"));
        Assert.False(Sanction.Involves("rus"));
        Assert.False(Sanction.Involves("UKR"));
    }

    [Fact]
    public void Equals_PositiveAndNegativeZeroWeight_AreEqualWithEqualHash()
    {
        var a = new Relation("A", "B", 0.0);
        var b = new Relation("A", "B", -0.0);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
