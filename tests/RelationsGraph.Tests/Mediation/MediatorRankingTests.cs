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

    private static readonly MediatorOptions Balanced = Fast with { Criteria = MediatorProfiles.Balanced };

    [Fact]
    public void MiddlePower_OutranksPartisans_ActorWithoutRelationsIsNoCandidate()
    {
        var result = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), Balanced);

        Assert.Equal("M", result.Candidates[0].Id);
        Assert.True(result["M"].Score > result["P"].Score);
        Assert.True(result["M"].Score > result["Q"].Score);
        Assert.True(result["Q"].Score >= result["P"].Score);
        Assert.Equal(["F", "M", "P", "Q"], result.Candidates.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.False(result.Contains("A"));
        Assert.False(result.Contains("I"));
        Assert.True(result.SidesHostile);
    }

    [Fact]
    public void Extension_SameRankingAsCompute_ResultCarriesItsOptions()
    {
        var world = World();

        var viaExtension = world.RankMediators(Conflict.Between("A", "B"), Balanced);
        var viaCompute = MediatorRanking.Compute(world, Conflict.Between("A", "B"), Balanced);

        Assert.Same(Balanced, viaExtension.Options);
        Assert.Equal(viaCompute.Candidates.Select(c => (c.Id, c.Score, c.PValue, c.RankLow, c.RankHigh)), viaExtension.Candidates.Select(c => (c.Id, c.Score, c.PValue, c.RankLow, c.RankHigh)));
        Assert.Equal((Balanced.StabilityDraws, Balanced.Permutations, Balanced.At), (viaExtension.StabilityDraws, viaExtension.Permutations, viaExtension.At));
    }

    /// <summary>Each criterion's exact value on the hand-drawn world (see <see cref="World"/>).</summary>
    [Fact]
    public void Criteria_ExactValuesOnTheHandDrawnWorld()
    {
        var result = MediatorRanking.Compute(World(), Conflict.Between("A", "B"), Balanced with { StabilityDraws = 0, Permutations = 0 });
        var m = result["M"];

        // M: partnership 0.6 and a two-member political bloc (0.8 × min(1, 2/√2) = 0.8) with each side: 1 − 0.4 × 0.2.
        Assert.Equal(0.92, m.Criterion("access"), 12);
        Assert.Equal(0.8, m.Criterion("shared-fora"), 12);
        Assert.Equal(1, m.Criterion("impartiality"), 12);
        Assert.Equal(1, m.Criterion("bridging"), 12);
        Assert.Equal(1, m.Criterion("brokerage"), 12);
        Assert.Equal(0, m.Criterion("leverage"), 12);
        Assert.Equal(0, m.Criterion("proximity"), 12);
        Assert.Equal(((0.35 * 0.92) + (0.20 * 1) + (0.20 * 1) + (0.15 * 0.8)) * 1, m.Score, 12);
        Assert.Equal(["impartiality"], result.Gates);

        // P: allied with A (× 0.3), sanctions B (× 0.4); no channel to B.
        var p = result["P"];
        Assert.Equal(0, p.Criterion("access"), 12);
        Assert.Equal(0.3 * 0.4, p.Criterion("impartiality"), 12);
        Assert.Equal(0, p.Criterion("bridging"), 12);
        Assert.Equal(0, p.Criterion("brokerage"), 12);
        Assert.Contains(p.Explanation, e => e == "impartiality: allied with A (×0.30); sanctions with B (×0.40)");
        Assert.Equal(0.3, result["Q"].Criterion("impartiality"), 12);
        Assert.Equal(1, result["F"].Criterion("impartiality"), 12);
        Assert.Contains(m.Explanation, e => e == "brokerage: friendly with both A and B");
        Assert.Contains(m.Explanation, e => e == "bridging: on 100% of the shortest friendly paths between the sides");
        Assert.Contains(result["M"].Explanation, e => e.StartsWith("access: to A 0.92 (partnership 0.6, fora BLOC1)", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostility_IsNeverCancelledByASharedForum()
    {
        // M now also fights A: the partnership and the shared bloc remain, but the pair is hostile.
        var world = World().With(new Relation("M", "A", -0.8, RelationKind.Conflict));

        var m = MediatorRanking.Compute(world, Conflict.Between("A", "B"), Balanced with { StabilityDraws = 0, Permutations = 0 })["M"];

        Assert.Equal(0.92 * 0.2, m.Criterion("access"), 12);
        Assert.Equal(0, m.Criterion("bridging"), 12);
        Assert.Equal(0, m.Criterion("brokerage"), 12);
        Assert.Equal(1 - (0.9 * 0.8), m.Criterion("impartiality"), 12);
        Assert.Equal(0.8, m.Criterion("shared-fora"), 12);
    }

    [Fact]
    public void Leverage_FixedLogScale_MissingCountsAsZero()
    {
        // G: GDP 100 bn US$, CINC 0.01, 5 million people (20,000 US$ a head). R: the same size, no population figure.
        var world = World()
            .With(new Actor("G", ActorKind.State, attributes: [KeyValuePair.Create("gdp", "100"), KeyValuePair.Create("cinc", "0.01"), KeyValuePair.Create("population", "5")]))
            .With(new Relation("G", "A", 0.2, RelationKind.Trade))
            .With(new Actor("R", ActorKind.State, attributes: [KeyValuePair.Create("gdp", "100"), KeyValuePair.Create("cinc", "0.01")]))
            .With(new Relation("R", "A", 0.2, RelationKind.Trade));

        var result = MediatorRanking.Compute(world, Conflict.Between("A", "B"), Fast);

        var size = ((Math.Log10(101) / Math.Log10(25_001)) + (Math.Log10(11) / Math.Log10(151))) / 2;
        var wealth = Math.Log10(21) / Math.Log10(101);
        Assert.Equal(Math.Sqrt(size * wealth), result["G"].Criterion("leverage"), 12);
        Assert.Contains(result["G"].Explanation, e => e == "leverage: GDP 100 bn US$, CINC 0.01, 20,000 US$ a head (size 0.47, wealth 0.66)");
        Assert.Equal(0, result["R"].Criterion("leverage"));
        Assert.Contains(result["R"].Explanation, e => e == "leverage: GDP 100 bn US$, CINC 0.01; no population figure, so no wealth figure (counted as 0)");
        Assert.Equal(0, result["M"].Criterion("leverage"));
        Assert.Contains(result["M"].Explanation, e => e == "leverage: no GDP or capability figure (counted as 0)");
    }

    [Theory]
    [InlineData(25_000, 250)] // a large rich economy: size and wealth at the top
    [InlineData(1_000, 1_000)] // a large poor one: 1,000 US$ a head
    [InlineData(5, 0.04)]      // a rich microstate: 125,000 US$ a head, but small
    public void Leverage_AsksForSizeAndWealth(double gdp, double population)
    {
        var world = World().With(new Actor("G", ActorKind.State, attributes: [KeyValuePair.Create("gdp", gdp.ToString(System.Globalization.CultureInfo.InvariantCulture)), KeyValuePair.Create("population", population.ToString(System.Globalization.CultureInfo.InvariantCulture))]))
            .With(new Relation("G", "A", 0.2, RelationKind.Trade));

        var value = MediatorRanking.Compute(world, Conflict.Between("A", "B"), Fast)["G"].Criterion("leverage");

        var size = Math.Min(1, Math.Log10(1 + gdp) / Math.Log10(25_001));
        var wealth = Math.Min(1, Math.Log10(1 + (gdp / population)) / Math.Log10(101));
        Assert.Equal(Math.Sqrt(size * wealth), value, 12);
        Assert.InRange(value, Math.Min(size, wealth) - 1e-12, Math.Max(size, wealth) + 1e-12);
        Assert.Equal(gdp == 25_000, value > 0.999);
    }

    /// <summary>Under the balanced profile an ally, a sanctioner and a war supporter of one side rank below a neutral with ties to both.</summary>
    [Fact]
    public void Balanced_PartisansRankBelowANeutral()
    {
        var b = new RelationsNetworkBuilder();
        foreach (var id in new[] { "A", "B", "N", "ALLY", "SANC", "SUPP" })
        {
            b.AddActor(id, ActorKind.State);
        }

        b.AddRelation(new Relation("A", "B", -1, RelationKind.War));
        foreach (var c in new[] { "N", "ALLY", "SANC", "SUPP" })
        {
            b.AddRelation(new Relation(c, "A", 0.5, RelationKind.Partnership));
            b.AddRelation(new Relation(c, "B", 0.5, RelationKind.Partnership));
        }

        b.AddRelation(new Relation("ALLY", "A", 1, RelationKind.Alliance));
        b.AddRelation(new Relation("SANC", "B", -0.6, RelationKind.Sanction, isDirected: true));
        b.AddRelation(new Relation("SUPP", "A", 0.8, RelationKind.Support, isDirected: true));
        b.AddRelation(new Relation("SUPP", "B", -0.8, RelationKind.War));

        var result = MediatorRanking.Compute(b.Build(), Conflict.Between("A", "B"), Balanced with { Permutations = 0 });

        Assert.Equal("N", result.Candidates[0].Id);
        Assert.All(new[] { "ALLY", "SANC", "SUPP" }, id => Assert.True(result[id].Score < result["N"].Score, id));
    }

    [Fact]
    public void SidesWithoutHostility_SayItInANote()
    {
        var world = World().Without(r => r.Kind == RelationKind.War);

        var result = MediatorRanking.Compute(world, Conflict.Between("A", "B"), Balanced);

        Assert.False(result.SidesHostile);
        Assert.Contains(result.Notes, n => n.Contains("no hostile relation", StringComparison.Ordinal));
        Assert.All(result.Candidates, c => Assert.Equal(0, c.Criterion("brokerage")));
    }

    /// <summary>
    /// The p-value against the sign-permutation null, checked against the exact null: with four permutable relations
    /// (two positive, two negative) the six sign arrangements are equally likely, and p = (1 + #{score ≥ observed}) / (R + 1)
    /// approaches the exact share as R grows.
    /// </summary>
    [Fact]
    public void PValue_MatchesTheEnumeratedNull()
    {
        var b = new RelationsNetworkBuilder();
        foreach (var id in new[] { "A", "B", "M", "X" })
        {
            b.AddActor(id, ActorKind.State);
        }

        var relations = new[]
        {
            new Relation("A", "B", -1, RelationKind.Conflict),
            new Relation("M", "A", 0.5, RelationKind.Partnership),
            new Relation("M", "B", 0.5, RelationKind.Partnership),
            new Relation("X", "A", -0.5, RelationKind.Conflict),
        };
        foreach (var r in relations)
        {
            b.AddRelation(r);
        }

        var world = b.Build();
        var options = Balanced with { StabilityDraws = 0, Permutations = 0 };
        var observed = MediatorRanking.Compute(world, Conflict.Between("A", "B"), options)["M"].Score;
        var signs = relations.Select(r => Math.Sign(r.Weight)).ToArray();
        var arrangements = Permutations(signs).Select(p => string.Join(",", p)).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(6, arrangements.Count);
        var atLeast = arrangements.Count(text =>
        {
            var s = text.Split(',').Select(int.Parse).ToArray();
            var permuted = RelationsNetwork.Empty.With(new Actor("A", ActorKind.State)).With(new Actor("B", ActorKind.State)).With(new Actor("M", ActorKind.State)).With(new Actor("X", ActorKind.State))
                .With(relations.Select((r, i) => r with { Weight = Math.Abs(r.Weight) * s[i] }));
            return MediatorRanking.Compute(permuted, Conflict.Between("A", "B"), options)["M"].Score >= observed - 1e-12;
        });
        var exact = (double)atLeast / arrangements.Count;

        var p = MediatorRanking.Compute(world, Conflict.Between("A", "B"), options with { Permutations = 3000, Seed = 7 })["M"].PValue;

        Assert.InRange(p, exact - 0.03, exact + 0.03);
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var p in Permutations(rest))
            {
                yield return [items[i], .. p];
            }
        }
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
        Assert.Contains("is a bloc", Assert.Throws<InvalidConflictException>(() => MediatorRanking.Compute(World(), Conflict.Between("A", "BLOC1"), Fast)).Message, StringComparison.Ordinal);
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
        Assert.Equal(result["M"].Criteria[0].Value, result["M"].Criterion("leverage"));
        Assert.Equal(result.Weights[0].Value, result.Weight("leverage"));
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
