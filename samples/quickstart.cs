#:package RelationsGraph@0.1.0

// Who could mediate between Russia and Ukraine in mid-2023? The embedded `world` dataset, the default (empirical)
// profile: the ten best third parties with the value of every criterion, and the reasons for the first two.
//
//   dotnet pack src/RelationsGraph -c Release -o artifacts/packages   # once, until the package is on a public feed
//   dotnet run samples/quickstart.cs
using System.Globalization;
using RelationsGraph.Data;
using RelationsGraph.Mediation;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Relations of every year with validity periods; actor attributes (GDP, capabilities) of the date's year.
var world = Datasets.Load("world");
var day = new DateOnly(2023, 6, 30);
var network = world.NetworkAt(day);
Console.WriteLine($"{world.Name}: {network.Actors.Length} actors, {network.Relations.Length} relations, {world.Sources.Count} sources");

var ranking = MediatorRanking.Compute(network, Conflict.Between("RUS", "UKR"), new MediatorOptions { At = day });
Console.WriteLine($"{ranking.Conflict.Name} on {day:yyyy-MM-dd}: {ranking.Candidates.Count} third parties ranked");
Console.WriteLine("score = " + string.Join(" + ", ranking.Weights.Select(w => $"{w.Value:0.00} {w.Key}"))
    + (ranking.Gates.Count > 0 ? $", times {string.Join(", ", ranking.Gates)} (a gate)" : ""));
Console.WriteLine();

// One row per candidate: score, rank interval under jittered weights, p-value, then every criterion (gates included).
var criteria = ranking.Candidates[0].Criteria.Select(c => c.Key).ToList();
Console.WriteLine($"{"rank",4}  {"id",-3}  {"name",-14} {"score",5}  {"ranks",-5} {"p",5}" + string.Concat(criteria.Select(k => $" {k,12}")));
foreach (var c in ranking.Candidates.Take(10))
{
    Console.WriteLine($"{c.Rank,4}  {c.Id,-3}  {c.Name,-14} {c.Score,5:0.000}  {$"{c.RankLow}-{c.RankHigh}",-5} {c.PValue,5:0.00}"
        + string.Concat(criteria.Select(k => $" {c.Criterion(k),12:0.00}")));
}

// Every criterion gives a one-line reason.
foreach (var c in ranking.Candidates.Take(2))
{
    Console.WriteLine();
    Console.WriteLine($"Why {c.Name} ({c.Id}) ranks {c.Rank}:");
    foreach (var line in c.Explanation)
    {
        Console.WriteLine("  " + line);
    }
}

foreach (var note in ranking.Notes)
{
    Console.WriteLine("note: " + note);
}
