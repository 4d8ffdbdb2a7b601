using RelationsGraph.Data;
using RelationsGraph.Mediation;

// The embedded, cited world-2023 dataset: states, blocs, memberships, alliances, sanctions, the war, UN votes.
var world = Datasets.Load("world-2023").Network;

// Who is best placed to mediate between Russia and Ukraine in mid-2023, and why?
var ranking = MediatorRanking.Compute(
    world,
    Conflict.Between("RUS", "UKR"),
    new MediatorOptions { At = new DateOnly(2023, 6, 30), Permutations = 19 });

foreach (var candidate in ranking.Candidates.Take(5))
{
    Console.WriteLine($"{candidate.Rank}. {candidate.Name}: {candidate.Score:0.00} (ranks {candidate.RankLow}-{candidate.RankHigh})");
    Console.WriteLine($"   {candidate.Explanation[0]}");
}
