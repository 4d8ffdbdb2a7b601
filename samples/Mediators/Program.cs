using RelationsGraph.Data;
using RelationsGraph.Mediation;

// The embedded `world` dataset: every UN member state and 58 blocs from 1995, built from published data
// (memberships, alliances, sanctions, armed conflicts and their supporters, rivalries, trade, GDP, capabilities).
var world = Datasets.Load("world");
var day = new DateOnly(2023, 6, 30);

// Who is likely to mediate between Russia and Ukraine in mid-2023, and why? (Actor attributes of that date.)
var ranking = MediatorRanking.Compute(
    world.NetworkAt(day),
    Conflict.Between("RUS", "UKR"),
    new MediatorOptions { At = day, Permutations = 19 });

foreach (var candidate in ranking.Candidates.Take(5))
{
    Console.WriteLine($"{candidate.Rank}. {candidate.Name}: {candidate.Score:0.00} (ranks {candidate.RankLow}-{candidate.RankHigh})");
    Console.WriteLine($"   {candidate.Explanation[0]}");
}
