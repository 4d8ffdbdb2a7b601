using RelationsGraph.Mediation;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Mediation;

/// <summary>Synthetic worlds where the right answer is known by construction.</summary>
public sealed class MediatorRankingTests
{
    /// <summary>
    /// Two hostile sides A and B at war. M (the middle power) has partnerships with both and shares a bloc with each;
    /// P (a partisan) is allied with A and sanctions B; Q is allied with A only; I is isolated; F is a friend of M only.
    /// </summary>
    private static RelationsNetwork World()
    {
        var b = new RelationsNetworkBuilder();
        foreach (var id in new[] { "A", "B", "M", "P", "Q", "I", "F" })
        {
            b.AddActor(id, ActorKind.State);
        }

        b.AddActor("BLOC1", ActorKind.Bloc).AddActor("BLOC2", ActorKind.Bloc);
        b.AddRelation(new Relation("A", "B", -1, RelationKind.War));
        b.AddRelation(new Relation("M", "A", 0.6, RelationKind.Partnership));
        b.AddRelation(new Relation("M", "B", 0.6, RelationKind.Partnership));
        b.AddRelation(new Relation("M", "BLOC1", 1, RelationKind.Membership, isDirected: true));
        b.AddRelation(new Relation("A", "BLOC1", 1, RelationKind.Membership, isDirected: true));
        b.AddRelation(new Relation("M", "BLOC2", 1, RelationKind.Membership, isDirected: true));
        b.AddRelation(new Relation("B", "BLOC2", 1, RelationKind.Membership, isDirected: true));
        b.AddRelation(new Relation("P", "A", 1, RelationKind.Alliance));
        b.AddRelation(new Relation("P", "B", -1, RelationKind.Sanction, isDirected: true));
        b.AddRelation(new Relation("Q", "A", 1, RelationKind.Alliance));
        b.AddRelation(new Relation("F", "M", 0.8, RelationKind.Partnership));
        return b.Build();
    }

    private static readonly MediatorOptions Fast = new() { StabilityDraws = 100, Permutations = 19 };

    [Fact]
    public void MiddlePower_OutranksPartisans_IsolatedLast()
    {
        var result = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), Fast);

        Assert.Equal("M", result.Candidates[0].Id);
        Assert.Equal("I", result.Candidates[^1].Id);
        Assert.True(result["M"].Score > result["P"].Score);
        Assert.True(result["Q"].Score > result["I"].Score);
        Assert.True(result["P"].Rank > result["M"].Rank);
        Assert.Equal(0, result["I"].Score);
        Assert.Equal(["F", "I", "M", "P", "Q"], result.Candidates.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.False(result.Contains("A"));
    }

    [Fact]
    public void Explanations_NameTheChannels()
    {
        var m = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), Fast)["M"];

        var access = m.Explanation.Single(e => e.StartsWith("access:", StringComparison.Ordinal));
        Assert.Contains("partnership", access, StringComparison.Ordinal);
        Assert.Contains("BLOC1", access, StringComparison.Ordinal);
        Assert.Contains("BLOC2", access, StringComparison.Ordinal);
        Assert.Contains(m.Explanation, e => e == "non-involvement: no hostile tie with either side (100% of tie strength friendly)");

        var p = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), Fast)["P"];
        Assert.Contains(p.Explanation, e => e.StartsWith("non-involvement: sanction with B", StringComparison.Ordinal));
    }

    [Fact]
    public void Criteria_InUnitInterval_LeverageDroppedWithoutAttribute()
    {
        var result = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), Fast);

        Assert.All(result.Candidates, c => Assert.All(c.Criteria, kv => Assert.InRange(kv.Value, 0, 1)));
        Assert.All(result.Candidates, c => Assert.InRange(c.Score, 0, 1));
        Assert.DoesNotContain(result.Weights, w => w.Key == "leverage");
        Assert.Equal(1, result.Weights.Sum(w => w.Value), 12);
        Assert.Contains(result.Notes, n => n.Contains("'leverage' does not apply", StringComparison.Ordinal));
    }

    [Fact]
    public void Leverage_AppliesWhenTheAttributeExists()
    {
        var world = World().With(new Actor("G", ActorKind.State, attributes: [KeyValuePair.Create("gdp", "100")])).With(new Relation("G", "A", 0.2, RelationKind.Trade));

        var result = MediatorRanking.Compute(world, Conflict.Between("A", "B"), Fast);

        Assert.Contains(result.Weights, w => w.Key == "leverage");
        Assert.Equal(1, result["G"].Criteria.Single(kv => kv.Key == "leverage").Value);
        Assert.True(double.IsNaN(result["M"].Criteria.Single(kv => kv.Key == "leverage").Value));

        // Unknown is not zero: M's score is the mean of its other criteria, as without the leverage criterion.
        var without = MediatorRanking.Compute(world, Conflict.Between("A", "B"), Fast with { Criteria = [.. MediatorOptions.DefaultCriteria.Where(c => c.Criterion.Name != "leverage")] });
        Assert.Equal(without["M"].Score, result["M"].Score, 12);
    }

    [Fact]
    public void Deterministic_AndIndependentOfCores()
    {
        var one = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), Fast with { MaxDegreeOfParallelism = 1 });
        var many = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), Fast with { MaxDegreeOfParallelism = 4 });

        Assert.Equal(one.Candidates.Select(c => (c.Id, c.Score, c.RankLow, c.RankHigh, c.PValue)), many.Candidates.Select(c => (c.Id, c.Score, c.RankLow, c.RankHigh, c.PValue)));
        Assert.All(one.Candidates, c => Assert.InRange(c.PValue, 1.0 / 20, 1));
        Assert.All(one.Candidates, c => Assert.True(c.RankLow <= c.Rank && c.Rank <= c.RankHigh));
    }

    [Fact]
    public void Weights_ChangeTheRanking_CustomCriterionIsUsed()
    {
        var options = Fast with { Criteria = [new(new ConstantCriterion("q-first", "Q"), 1)] };

        var result = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), options);

        Assert.Equal("Q", result.Candidates[0].Id);
        Assert.Equal(["q-first: chosen"], result["Q"].Explanation);
    }

    [Fact]
    public void BadInput_TypedErrorsNamingTheProblem()
    {
        Assert.Contains("'Z'", Assert.Throws<InvalidConflictException>(() => MediatorRanking.Compute(World(), Conflict.Between("A", "Z"), Fast)).Message, StringComparison.Ordinal);
        Assert.Contains("both sides", Assert.Throws<InvalidConflictException>(() => new Conflict(["A"], ["A", "B"])).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidConflictException>(() => new Conflict([], ["B"]));
        var dated = World().With(new Relation("M", "Q", 1, RelationKind.Trade) { Period = new ValidityPeriod(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)) });
        var e = Assert.Throws<InvalidConflictException>(() => MediatorRanking.Compute(dated.Where(r => r.Kind == RelationKind.Trade), Conflict.Between("A", "B"), Fast with { At = new DateOnly(1990, 1, 1) }));
        Assert.Contains("1990-01-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExactTies_ShareTheirRankInterval_ContributionsSumToTheScore()
    {
        // N is M's twin: the same ties to both sides. Ranks break the tie by id; the intervals show it.
        var world = World().With(new Actor("N", ActorKind.State))
            .With(new Relation("N", "A", 0.6, RelationKind.Partnership)).With(new Relation("N", "B", 0.6, RelationKind.Partnership))
            .With(new Relation("N", "BLOC1", 1, RelationKind.Membership, isDirected: true)).With(new Relation("N", "BLOC2", 1, RelationKind.Membership, isDirected: true))
            .With(new Relation("F", "N", 0.8, RelationKind.Partnership));

        var result = MediatorRanking.Compute(world, Conflict.Between("A", "B"), Fast with { StabilityDraws = 0 });

        Assert.Equal((1, "M"), (result["M"].Rank, result.Candidates[0].Id));
        Assert.Equal(2, result["N"].Rank);
        Assert.Equal((1, 2), (result["M"].RankLow, result["M"].RankHigh));
        Assert.Equal((1, 2), (result["N"].RankLow, result["N"].RankHigh));
        Assert.All(result.Candidates, c => Assert.Equal(c.Score, c.Contributions.Sum(kv => kv.Value), 12));
        Assert.Equal(result["M"].Criteria[0].Value, result["M"].Criterion("access"));
        Assert.Equal(result.Weights[0].Value, result.Weight("access"));
        Assert.Throws<KeyNotFoundException>(() => result["M"].Criterion("charisma"));
    }

    [Fact]
    public void HostileTo_CollectsTheEnemies()
    {
        var conflict = Conflict.HostileTo(World(), "B");

        Assert.Equal(["B"], conflict.SideA);
        Assert.Equal(["A", "P"], conflict.SideB);
    }

    private sealed class ConstantCriterion(string name, string favourite) : IMediatorCriterion
    {
        public string Name => name;

        public string Description => "test";

        public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken) =>
            [.. context.Candidates.Select(c => c == favourite ? new CriterionValue(1, "chosen") : new CriterionValue(0, "not chosen"))];
    }
}
