using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Model;

public class ActorTests
{
    [Fact]
    public void Constructor_NoName_UsesIdAsName()
    {
        var actor = new Actor("RUS", ActorKind.State);

        Assert.Equal("RUS", actor.Name);
        Assert.Equal(ActorKind.State, actor.Kind);
        Assert.Null(actor.CowCode);
        Assert.Empty(actor.Attributes);
    }

    [Fact]
    public void Constructor_EmptyName_UsesIdAsName()
    {
        var actor = new Actor("UKR", name: string.Empty);

        Assert.Equal("UKR", actor.Name);
    }

    [Fact]
    public void Constructor_DefaultKind_IsOther()
    {
        Assert.Equal(ActorKind.Other, new Actor("X").Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" RUS")]
    [InlineData("RUS ")]
    [InlineData("\tRUS")]
    public void Constructor_InvalidId_ThrowsArgumentException(string id)
    {
        Assert.Throws<ArgumentException>(() => new Actor(id));
    }

    [Fact]
    public void Constructor_InnerSpace_IsAllowed()
    {
        Assert.Equal("EU 27", new Actor("EU 27").Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("RUS\n")]
    public void With_InvalidId_ThrowsArgumentException(string id)
    {
        var actor = new Actor("RUS");

        Assert.Throws<ArgumentException>(() => actor with { Id = id });
    }

    [Fact]
    public void Equals_SameValuesAndAttributesInOtherOrder_AreEqual()
    {
        var a = new Actor("KAZ", ActorKind.State, "Kazakhstan", 705, [new("group", "CSTO"), new("region", "Asia")]);
        var b = new Actor("KAZ", ActorKind.State, "Kazakhstan", 705, [new("region", "Asia"), new("group", "CSTO")]);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentAttributeValue_AreNotEqual()
    {
        var a = new Actor("KAZ", ActorKind.State, attributes: [new("group", "CSTO")]);
        var b = new Actor("KAZ", ActorKind.State, attributes: [new("group", "SCO")]);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Equals_ExtraAttribute_AreNotEqual()
    {
        var a = new Actor("KAZ", attributes: [new("group", "CSTO")]);
        var b = a with { Attributes = a.Attributes.Add("gdp", "1") };

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Equals_IdsDifferInCase_AreNotEqual()
    {
        Assert.NotEqual(new Actor("rus"), new Actor("RUS"));
    }

    [Fact]
    public void Equals_DifferentKindNameOrCode_AreNotEqual()
    {
        var a = new Actor("TUR", ActorKind.State, "Turkey", 640);

        Assert.NotEqual(a, a with { Kind = ActorKind.Other });
        Assert.NotEqual(a, a with { Name = "Türkiye" });
        Assert.NotEqual(a, a with { CowCode = 641 });
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Attributes_AreSortedByKeyOrdinally()
    {
        var actor = new Actor("X", attributes: [new("b", "2"), new("B", "1"), new("a", "3")]);

        Assert.Equal(["B", "a", "b"], actor.Attributes.Keys);
    }
}
