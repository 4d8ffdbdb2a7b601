using RelationsGraph.Centrality;
using RelationsGraph.Loaders;
using RelationsGraph.Mediation;
using RelationsGraph.Model;
using RelationsGraph.Timelines;
using Xunit;

namespace RelationsGraph.Tests.Timelines;

public sealed class TimelineTests
{
    private static RelationsNetwork Dated()
    {
        var b = new RelationsNetworkBuilder();
        foreach (var id in new[] { "A", "B", "M" })
        {
            b.AddActor(id, ActorKind.State);
        }

        b.AddRelation(new Relation("A", "B", -1, RelationKind.War, period: new ValidityPeriod(new DateOnly(2022, 2, 24), null)));
        b.AddRelation(new Relation("M", "A", 1, RelationKind.Partnership, period: new ValidityPeriod(new DateOnly(2010, 1, 1), null)));
        b.AddRelation(new Relation("M", "B", 1, RelationKind.Partnership, period: new ValidityPeriod(new DateOnly(2021, 1, 1), null)));
        return b.Build();
    }

    [Fact]
    public void Periods_YearsOnFirstJuly_MonthsOnThe15th()
    {
        Assert.Equal([("2020", new DateOnly(2020, 7, 1)), ("2021", new DateOnly(2021, 7, 1))], Timeline.Periods(2020, 2021));
        var months = Timeline.Periods(2022, 2022, PeriodKind.Month);
        Assert.Equal(12, months.Count);
        Assert.Equal(("2022-03", new DateOnly(2022, 3, 15)), months[2]);
        Assert.Throws<ArgumentException>(() => Timeline.Periods(2023, 2021));
        Assert.Throws<ArgumentException>(() => Timeline.Periods(2021, 2023, PeriodKind.All));
    }

    [Fact]
    public void Metric_PerSnapshot_InPeriodOrder()
    {
        var points = Timeline.Metric(Dated(), Timeline.Periods(2019, 2023), new Degree());

        Assert.Equal(["2019", "2020", "2021", "2022", "2023"], points.Select(p => p.Period));
        Assert.Equal([1.0, 1, 2, 2, 2], points.Select(p => p.Result["M"]));
        Assert.Equal([1.0, 1, 1, 2, 2], points.Select(p => p.Result["A"]));
    }

    [Fact]
    public void Mediators_PerSnapshot_AndAnyAnalysis()
    {
        var points = Timeline.Mediators(Dated(), Timeline.Periods(2020, 2022), Conflict.Between("A", "B"), new MediatorOptions { Permutations = 0, StabilityDraws = 0 });

        Assert.True(points[0].Result["M"].Score < points[2].Result["M"].Score);
        Assert.Equal(new DateOnly(2022, 7, 1), points[2].Result.At);

        var counts = Timeline.Run(Dated(), Timeline.Periods(2021, 2022), n => n.Relations.Length);
        Assert.Equal([2, 3], counts.Select(p => p.Result));
    }
}
