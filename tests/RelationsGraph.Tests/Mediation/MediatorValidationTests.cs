using System.Text;
using RelationsGraph.Mediation;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Mediation;

/// <summary>The validation harness on a record small enough to check by hand.</summary>
public sealed class MediatorValidationTests
{
    private const string Record = """
        {"conflicts": [
          {"a": "A", "b": "B", "years": [2020, 2021],
           "mediators": [{"id": "M", "source": "s"}, {"id": "F", "source": "s", "unsure": true}],
           "partisans": ["P", "ZZ"]}
        ]}
        """;

    private static MediationRecord Load(string json) => MediationRecord.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "record.json");

    /// <summary>The hand-drawn world of <see cref="MediatorRankingTests"/>: M has ties to both sides, P is a partisan.</summary>
    private static RelationsNetwork World()
    {
        var b = new RelationsNetworkBuilder();
        foreach (var id in new[] { "A", "B", "M", "P", "Q", "F" })
        {
            b.AddActor(id, ActorKind.State);
        }

        b.AddRelation(new Relation("A", "B", -1, RelationKind.War));
        b.AddRelation(new Relation("M", "A", 0.6, RelationKind.Partnership));
        b.AddRelation(new Relation("M", "B", 0.6, RelationKind.Partnership));
        b.AddRelation(new Relation("P", "A", 1, RelationKind.Alliance));
        b.AddRelation(new Relation("P", "B", -1, RelationKind.Sanction, isDirected: true));
        b.AddRelation(new Relation("Q", "A", 1, RelationKind.Alliance));
        b.AddRelation(new Relation("F", "M", 0.8, RelationKind.Partnership));
        return b.Build();
    }

    [Fact]
    public void Run_RanksEachConflictAtTheFirstAndLastYear_AndMeasures()
    {
        var result = MediatorValidation.Run(Load(Record), _ => World(), MediatorProfiles.Empirical);

        Assert.Equal([new DateOnly(2020, 7, 1), new DateOnly(2021, 7, 1)], result.Cases.Select(c => c.At));
        var first = result.Cases[0];
        Assert.Equal(4, first.Candidates);
        Assert.Equal([KeyValuePair.Create("M", 1)], first.MediatorRanks);
        Assert.Equal(1, first.InTop);

        // M outranks P and Q; F (unsure) counts neither way: AUC 1.
        Assert.Equal(1, first.Auc);
        Assert.Equal(["P"], first.PartisansInTop);
        Assert.Equal(1, result.MediatorsInTopShare);
        Assert.Equal(1, result.MeanAuc);
        Assert.Equal(2, result.PartisansInTop);
        Assert.Equal(0, result.Unrepresentable);
    }

    [Fact]
    public void Run_ASideMissingFromTheData_IsReportedNotRanked()
    {
        var record = Load("""{"conflicts": [{"a": "A", "b": "X", "years": [2020, 2020], "mediators": [{"id": "M", "source": "s"}]}]}""");

        var result = MediatorValidation.Run(record, _ => World(), MediatorProfiles.Empirical);

        var only = Assert.Single(result.Cases);
        Assert.Equal("'X' is not an actor of the data", only.Problem);
        Assert.Equal(0, result.MediatorsInTopShare);
        Assert.Equal(1, result.Unrepresentable);
    }

    [Fact]
    public void LeaveOneConflictOut_FitsOnTheOthers()
    {
        var record = Load("""
            {"conflicts": [
              {"a": "A", "b": "B", "years": [2020, 2020], "mediators": [{"id": "M", "source": "s"}]},
              {"a": "B", "b": "A", "years": [2021, 2021], "mediators": [{"id": "M", "source": "s"}]}
            ]}
            """);

        var (folds, all) = MediatorValidation.LeaveOneConflictOut(record, _ => World(), MediatorProfiles.Empirical, step: 0.5);

        Assert.Equal(2, folds.Count);
        Assert.All(folds, f => Assert.Equal(1, Assert.Single(f.Fitted).Auc));
        Assert.Equal(1, all.Sum(w => w.Value), 12);
        Assert.DoesNotContain(all, w => w.Key == "impartiality");
    }

    [Theory]
    [InlineData("""{"nothing": []}""", "conflicts")]
    [InlineData("""{"conflicts": [{"a": "A", "b": "B", "years": [2021, 2020]}]}""", "conflicts[0].years")]
    [InlineData("""{"conflicts": [{"a": "", "b": "B", "years": [2020, 2021]}]}""", "conflicts[0].a")]
    [InlineData("""{"conflicts": [{"a": "A", "b": "B", "years": [2020, 2021], "mediators": [{"source": "s"}]}]}""", "conflicts[0].id")]
    [InlineData("""{"conflicts": [""", "record.json")]
    public void Record_Malformed_NamesTheField(string json, string field)
    {
        var e = Assert.ThrowsAny<InvalidInputException>(() => Load(json));
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The figures docs/mediation.md publishes for the default profile on the record (the shared research folder beside
    /// the repository, as CI has it): a change of model or data that moves them must update the page too.
    /// </summary>
    [Fact]
    public void Record_DefaultProfile_GivesThePublishedFigures()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelationsGraph.sln")))
        {
            dir = dir.Parent;
        }

        var path = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "research", "mediation-record.json");
        Assert.SkipWhen(path is null || !File.Exists(path), "the mediation record is not beside the repository");
        var world = RelationsGraph.Data.Datasets.Load("world");

        var result = MediatorValidation.Run(MediationRecord.Load(path!), world.NetworkAt, MediatorProfiles.Empirical, TestContext.Current.CancellationToken);

        Assert.Equal(16, result.Cases.Count);
        Assert.Equal(42, result.Cases.Sum(c => c.MediatorRanks.Count));
        Assert.Equal(27, result.Cases.Sum(c => c.InTop));
        Assert.InRange(result.MeanAuc, 0.8875, 0.8885);
        Assert.Equal(0, result.PartisansInTop);
    }
}
