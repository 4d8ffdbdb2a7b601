using FsCheck;
using FsCheck.Xunit;
using RelationsGraph.Mediation;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Mediation;

/// <summary>
/// The contract every default criterion keeps on random worlds (states, blocs, memberships, signed relations of every
/// kind, some directed): one value per candidate, each in [0, 1] with a non-empty explanation, the same on every run;
/// and the ranking's invariants (ranks 1..n, scores descending, rank inside its stability interval).
/// </summary>
public class CriterionContractTests
{
    private static readonly RelationKind[] Kinds = [RelationKind.Alliance, RelationKind.Partnership, RelationKind.Trade, RelationKind.Vote, RelationKind.Sanction, RelationKind.War, RelationKind.Conflict, RelationKind.Rivalry, RelationKind.Support];

    internal static RelationsNetwork RandomWorld(int seed, out Conflict conflict)
    {
        var random = new Random(seed);
        var states = random.Next(3, 14);
        var blocs = random.Next(0, 4);
        var b = new RelationsNetworkBuilder();
        for (var i = 0; i < states; i++)
        {
            b.AddActor(new Actor($"S{i}", ActorKind.State, attributes: random.Next(3) == 0 ? [KeyValuePair.Create("gdp", random.Next(1, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture))] : null));
        }

        for (var k = 0; k < blocs; k++)
        {
            b.AddActor($"B{k}", ActorKind.Bloc);
            for (var i = 0; i < states; i++)
            {
                if (random.Next(3) == 0)
                {
                    b.AddRelation(new Relation($"S{i}", $"B{k}", 1, RelationKind.Membership, isDirected: true));
                }
            }
        }

        var seen = new HashSet<(int, int, RelationKind)>();
        for (var e = 0; e < states * 2; e++)
        {
            var (u, v) = (random.Next(states), random.Next(states));
            var kind = Kinds[random.Next(Kinds.Length)];
            if (u == v || !seen.Add((Math.Min(u, v), Math.Max(u, v), kind)))
            {
                continue;
            }

            var sign = kind is RelationKind.Sanction or RelationKind.War or RelationKind.Conflict or RelationKind.Rivalry ? -1 : random.Next(4) == 0 ? -1 : 1;
            b.AddRelation(new Relation($"S{u}", $"S{v}", sign * (0.1 + (0.9 * random.NextDouble())), kind, isDirected: kind == RelationKind.Sanction && random.Next(2) == 0));
        }

        conflict = Conflict.Between("S0", "S1");
        return b.Build();
    }

    [Property(MaxTest = 60)]
    public void DefaultCriteria_KeepTheContract(PositiveInt seed)
    {
        var world = RandomWorld(seed.Get, out var conflict);
        var context = new MediationContext(world, conflict, null, null, CancellationToken.None);
        foreach (var wc in MediatorOptions.DefaultCriteria)
        {
            var values = wc.Criterion.Evaluate(context, CancellationToken.None);
            if (values is null)
            {
                Assert.IsType<LeverageCriterion>(wc.Criterion);
                continue;
            }

            Assert.Equal(context.Candidates.Count, values.Count);
            Assert.All(values, v => Assert.True(v.Value is >= 0 and <= 1 || (double.IsNaN(v.Value) && wc.Criterion is LeverageCriterion), $"{wc.Criterion.Name}: {v.Value}"));
            Assert.All(values, v => Assert.False(string.IsNullOrWhiteSpace(v.Explanation)));
            Assert.Equal(values.Select(v => (BitConverter.DoubleToInt64Bits(v.Value), v.Explanation)), wc.Criterion.Evaluate(new MediationContext(world, conflict, null, null, CancellationToken.None), CancellationToken.None)!.Select(v => (BitConverter.DoubleToInt64Bits(v.Value), v.Explanation)));
            Assert.Matches("^[a-z0-9-]+$", wc.Criterion.Name);
        }
    }

    /// <summary>
    /// The significance test's fast path (a context of the same frame with permuted weights) sees exactly what a
    /// context built from the permuted network sees: the same path graph, ties and criterion values, bit for bit.
    /// </summary>
    [Property(MaxTest = 60)]
    public void ReweightedContext_EqualsContextOfReweightedNetwork(PositiveInt seed)
    {
        var world = RandomWorld(seed.Get, out var conflict);
        AssertReweightedContextEqualsRebuilt(world, conflict, seed.Get);
    }

    /// <summary>The same on the world dataset in mid-2023 (regional treaties, on-behalf-of sanctions, votes, fora).</summary>
    [Fact]
    public void ReweightedContext_EqualsContextOfReweightedNetwork_World()
    {
        var world = RelationsGraph.Data.Datasets.Load("world").Network.At(new DateOnly(2023, 6, 30));
        AssertReweightedContextEqualsRebuilt(world, Conflict.Between("RUS", "UKR"), 7);
    }

    private static void AssertReweightedContextEqualsRebuilt(RelationsNetwork world, Conflict conflict, int seed)
    {
        var random = new Random(seed);
        var weights = world.Relations.Select(r => r.Kind == RelationKind.Membership ? r.Weight : Math.Abs(r.Weight) * (random.Next(2) == 0 ? -1 : 1)).ToArray();
        var builder = new RelationsNetworkBuilder();
        foreach (var a in world.Actors)
        {
            builder.AddActor(a);
        }

        for (var i = 0; i < weights.Length; i++)
        {
            builder.AddRelation(world.Relations[i] with { Weight = weights[i] });
        }

        var permuted = builder.Build();
        var original = new MediationContext(world, conflict, null, null, CancellationToken.None);

        var fast = MediationContext.WithWeights(original.Prepared, weights, null, CancellationToken.None);
        var full = new MediationContext(permuted, conflict, null, null, CancellationToken.None);

        Assert.Equal(full.Candidates, fast.Candidates);
        Assert.Equal(full.Graph.EdgesById().Select(e => (e.Source, e.Target, BitConverter.DoubleToInt64Bits(e.Weight))), fast.Graph.EdgesById().Select(e => (e.Source, e.Target, BitConverter.DoubleToInt64Bits(e.Weight))));
        Assert.Equal(full.SidesHostile, fast.SidesHostile);
        Assert.Equal(full.HostileSidePairs, fast.HostileSidePairs);
        foreach (var c in full.Candidates)
        {
            Assert.Equal(full.TiesWithA(c) with { Relations = [], SharedFora = [] }, fast.TiesWithA(c) with { Relations = [], SharedFora = [] });
            Assert.Equal(full.TiesWithB(c).Relations, fast.TiesWithB(c).Relations);
            Assert.Equal(full.TiesWithB(c).SharedFora, fast.TiesWithB(c).SharedFora);
        }

        Assert.Equal(full.Network.Relations, fast.Network.Relations);
        foreach (var wc in MediatorOptions.DefaultCriteria)
        {
            var expected = wc.Criterion.Evaluate(full, CancellationToken.None);
            var actual = wc.Criterion.Evaluate(fast, CancellationToken.None);
            Assert.Equal(expected?.Select(v => (BitConverter.DoubleToInt64Bits(v.Value), v.Explanation)), actual?.Select(v => (BitConverter.DoubleToInt64Bits(v.Value), v.Explanation)));
        }
    }

    [Property(MaxTest = 30)]
    public void Ranking_Invariants(PositiveInt seed)
    {
        var world = RandomWorld(seed.Get, out var conflict);

        var result = MediatorRanking.Compute(world, conflict, new MediatorOptions { StabilityDraws = 50, Permutations = 5, Seed = seed.Get });

        Assert.Equal(Enumerable.Range(1, result.Candidates.Count), result.Candidates.Select(c => c.Rank));
        for (var i = 1; i < result.Candidates.Count; i++)
        {
            Assert.True(result.Candidates[i - 1].Score >= result.Candidates[i].Score);
        }

        Assert.All(result.Candidates, c => Assert.InRange(c.Rank, c.RankLow, c.RankHigh));
        Assert.All(result.Candidates, c => Assert.InRange(c.Score, 0, 1));
        Assert.All(result.Candidates, c => Assert.InRange(c.PValue, 1.0 / 6, 1));
    }
}
