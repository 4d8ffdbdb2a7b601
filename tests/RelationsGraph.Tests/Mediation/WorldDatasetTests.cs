using RelationsGraph.Data;
using RelationsGraph.Mediation;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Mediation;

/// <summary>The embedded <c>world-2023</c> dataset: complete, cited, valid, and the main job runs on it.</summary>
public sealed class WorldDatasetTests
{
    private static readonly Lazy<Dataset> World = new(() => Datasets.Load("world-2023"));

    private static readonly string[] Blocs = ["NATO", "EU", "CSTO", "SCO", "EAEU", "BRICS", "CIS", "OTS", "CICA", "GCC", "G7", "AU"];

    [Fact]
    public void Loads_WithoutNotes_AndIsListed()
    {
        Assert.Contains("world-2023", Datasets.Names);
        Assert.Empty(World.Value.Notes);
    }

    [Fact]
    public void Actors_SixtyStatesWithIso3Ids_AndTheTwelveBlocs()
    {
        var actors = World.Value.Network.Actors;
        var states = actors.Where(a => a.Kind == ActorKind.State).ToList();

        Assert.True(states.Count >= 60, $"{states.Count} states");
        Assert.All(states, s => Assert.Matches("^[A-Z]{3}$", s.Id));
        Assert.All(Blocs, b => Assert.Equal(ActorKind.Bloc, World.Value.Network[b].Kind));
        Assert.All(Blocs, b => Assert.NotEmpty(World.Value.Network.MembersOf(b)));
    }

    [Fact]
    public void EveryRelation_CitesAKnownSource()
    {
        var refs = World.Value.Sources.Select(s => s.Ref).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(World.Value.Sources.Count, refs.Count);
        Assert.All(World.Value.Network.Relations, r => Assert.True(r.Reference is not null && refs.Contains(r.Reference), $"{r.Source}-{r.Target} {r.Kind} cites '{r.Reference}'"));
        Assert.All(World.Value.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
    }

    [Fact]
    public void NoDuplicateRelations_PeriodsValid_WeightsSigned()
    {
        var relations = World.Value.Network.Relations;
        var keys = relations.Select(r => (r.IsDirected ? (r.Source, r.Target) : string.CompareOrdinal(r.Source, r.Target) < 0 ? (r.Source, r.Target) : (r.Target, r.Source), r.Kind, r.Period)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(relations, r => Assert.True(r.Period.Start is null || r.Period.End is null || r.Period.Start <= r.Period.End));
        Assert.All(relations, r => Assert.InRange(r.Weight, -1, 1));
        Assert.All(relations, r => Assert.NotEqual(0, r.Weight));
        Assert.Contains(relations, r => r.Kind == RelationKind.War && r.Involves("RUS") && r.Involves("UKR"));
        Assert.Contains(relations, r => r.Kind == RelationKind.Sanction && r.Source == "RUS");
        Assert.Contains(relations, r => r.Kind == RelationKind.Sanction && r.Target == "RUS");
        Assert.Contains(relations, r => r.Kind == RelationKind.Vote);
    }

    [Fact]
    public void Snapshots_2021HasNoWar_2023Has()
    {
        var before = World.Value.Network.At(new DateOnly(2021, 6, 30));
        var after = World.Value.Network.At(new DateOnly(2023, 6, 30));

        Assert.DoesNotContain(before.Relations, r => r.Kind == RelationKind.War && r.Involves("RUS") && r.Involves("UKR"));
        Assert.Contains(after.Relations, r => r.Kind == RelationKind.War && r.Involves("RUS") && r.Involves("UKR"));
        Assert.NotEmpty(before.Relations.Where(r => r.Kind == RelationKind.Membership));
    }

    [Fact]
    public void EncodesNoMediationOrHosting()
    {
        // The rule of the dataset: who mediated or hosted talks in the war analysed is what the ranking must predict.
        Assert.DoesNotContain(World.Value.Network.Relations, r => r.Attributes.Keys.Any(k => k.Contains("mediat", StringComparison.OrdinalIgnoreCase) || k.Contains("host", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(World.Value.Network.Actors, a => a.Attributes.Keys.Any(k => k.Contains("mediat", StringComparison.OrdinalIgnoreCase) || k.Contains("host", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void MainJob_RanksThirdPartiesBetweenRussiaAndUkraine()
    {
        var result = MediatorRanking.Compute(World.Value.Network, Conflict.Between("RUS", "UKR"), new MediatorOptions { At = new DateOnly(2023, 6, 30), Permutations = 9, StabilityDraws = 50 });

        Assert.True(result.Candidates.Count >= 58);
        Assert.False(result.Contains("RUS"));
        Assert.All(result.Candidates.Take(10), c => Assert.Equal(ActorKind.State, c.Kind));

        // Russia's closest allies and the states at the heart of the sanctions are not the middle ground.
        Assert.True(result["BLR"].Rank > 10, $"BLR ranks {result["BLR"].Rank}");
        Assert.True(result["USA"].Rank > 10, $"USA ranks {result["USA"].Rank}");
    }
}
