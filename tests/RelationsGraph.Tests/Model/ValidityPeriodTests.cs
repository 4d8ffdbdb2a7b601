using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Model;

public class ValidityPeriodTests
{
    private static readonly DateOnly D2000 = new(2000, 1, 1);
    private static readonly DateOnly D2005 = new(2005, 6, 30);
    private static readonly DateOnly D2010 = new(2010, 12, 31);
    private static readonly DateOnly D2020 = new(2020, 1, 1);

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => new ValidityPeriod(D2010, D2000));
        Assert.Equal("end", e.ParamName);
    }

    [Fact]
    public void Constructor_SameDay_IsAllowed()
    {
        var p = new ValidityPeriod(D2005, D2005);

        Assert.True(p.Contains(D2005));
        Assert.False(p.Contains(D2005.AddDays(1)));
        Assert.False(p.Contains(D2005.AddDays(-1)));
    }

    [Fact]
    public void Always_IsDefaultAndContainsEveryDay()
    {
        Assert.Equal(default, ValidityPeriod.Always);
        Assert.True(ValidityPeriod.Always.IsAlways);
        Assert.True(ValidityPeriod.Always.Contains(DateOnly.MinValue));
        Assert.True(ValidityPeriod.Always.Contains(DateOnly.MaxValue));
        Assert.True(new ValidityPeriod(null, null).IsAlways);
        Assert.False(new ValidityPeriod(D2000, null).IsAlways);
    }

    [Fact]
    public void Contains_BoundsAreInclusive()
    {
        var p = new ValidityPeriod(D2000, D2010);

        Assert.True(p.Contains(D2000));
        Assert.True(p.Contains(D2005));
        Assert.True(p.Contains(D2010));
        Assert.False(p.Contains(D2000.AddDays(-1)));
        Assert.False(p.Contains(D2010.AddDays(1)));
    }

    [Fact]
    public void Contains_OpenBounds_AreAlwaysSatisfied()
    {
        Assert.True(new ValidityPeriod(null, D2005).Contains(DateOnly.MinValue));
        Assert.False(new ValidityPeriod(null, D2005).Contains(D2010));
        Assert.True(new ValidityPeriod(D2005, null).Contains(DateOnly.MaxValue));
        Assert.False(new ValidityPeriod(D2005, null).Contains(D2000));
    }

    [Theory]
    [InlineData(1990, 1999, false)] // entirely before
    [InlineData(1990, 2000, true)] // touches the start
    [InlineData(2003, 2004, true)] // inside
    [InlineData(1990, 2030, true)] // contains it
    [InlineData(2010, 2011, true)] // starts on the last year
    [InlineData(2011, 2030, false)] // entirely after
    public void Overlaps_Window_MatchesIntervalIntersection(int fromYear, int toYear, bool expected)
    {
        var p = new ValidityPeriod(D2000, D2010);

        Assert.Equal(expected, p.Overlaps(new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 1, 1)));
    }

    [Fact]
    public void Overlaps_OpenPeriod_OverlapsOnItsOpenSide()
    {
        Assert.True(new ValidityPeriod(D2005, null).Overlaps(D2020, D2020));
        Assert.False(new ValidityPeriod(D2005, null).Overlaps(D2000, D2000));
        Assert.True(new ValidityPeriod(null, D2005).Overlaps(D2000, D2000));
        Assert.True(ValidityPeriod.Always.Overlaps(D2000, D2000));
    }

    [Fact]
    public void Intersect_OverlappingPeriods_ReturnsCommonDays()
    {
        var a = new ValidityPeriod(D2000, D2010);
        var b = new ValidityPeriod(D2005, D2020);

        Assert.Equal(new ValidityPeriod(D2005, D2010), a.Intersect(b));
        Assert.Equal(new ValidityPeriod(D2005, D2010), b.Intersect(a));
    }

    [Fact]
    public void Intersect_DisjointPeriods_ReturnsNull()
    {
        var a = new ValidityPeriod(D2000, D2005);
        var b = new ValidityPeriod(D2010, D2020);

        Assert.Null(a.Intersect(b));
        Assert.Null(b.Intersect(a));
    }

    [Fact]
    public void Intersect_PeriodsTouchingOnOneDay_ReturnsThatDay()
    {
        var a = new ValidityPeriod(D2000, D2005);
        var b = new ValidityPeriod(D2005, D2010);

        Assert.Equal(new ValidityPeriod(D2005, D2005), a.Intersect(b));
    }

    [Fact]
    public void Intersect_AdjacentPeriods_ReturnsNull()
    {
        var a = new ValidityPeriod(D2000, D2005);
        var b = new ValidityPeriod(D2005.AddDays(1), D2010);

        Assert.Null(a.Intersect(b));
    }

    [Fact]
    public void Intersect_WithAlways_ReturnsOther()
    {
        var a = new ValidityPeriod(D2000, null);

        Assert.Equal(a, a.Intersect(ValidityPeriod.Always));
        Assert.Equal(a, ValidityPeriod.Always.Intersect(a));
        Assert.Equal(ValidityPeriod.Always, ValidityPeriod.Always.Intersect(ValidityPeriod.Always));
    }

    [Fact]
    public void Intersect_OpenEndedPeriods_TakesTheBoundsThatExist()
    {
        var sinceAlways = new ValidityPeriod(null, D2010);
        var stillHolds = new ValidityPeriod(D2000, null);

        Assert.Equal(new ValidityPeriod(D2000, D2010), sinceAlways.Intersect(stillHolds));
        Assert.Null(new ValidityPeriod(null, D2000).Intersect(new ValidityPeriod(D2010, null)));
    }

    [Fact]
    public void ToString_FormatsIsoDatesWithOpenBoundsEmpty()
    {
        Assert.Equal("always", ValidityPeriod.Always.ToString());
        Assert.Equal("2000-01-01..2010-12-31", new ValidityPeriod(D2000, D2010).ToString());
        Assert.Equal("2000-01-01..", new ValidityPeriod(D2000, null).ToString());
        Assert.Equal("..2010-12-31", new ValidityPeriod(null, D2010).ToString());
    }
}
