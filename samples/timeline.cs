#:package RelationsGraph@0.1.0
#:package ScottPlot@5.1.59

// The mediator ranking between Russia and Ukraine over time: one snapshot a year (1 July) from 2012 to 2024 of the
// embedded `world` dataset, with each year's actor attributes; the best candidates' scores as a table and a chart.
//
//   dotnet run samples/timeline.cs -- FOLDER   # writes timeline.png into FOLDER (default .)
using System.Globalization;
using RelationsGraph.Data;
using RelationsGraph.Mediation;
using RelationsGraph.Timelines;
using ScottPlot;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var folder = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(folder);

var world = Datasets.Load("world");
var points = Timeline.Mediators(
    world.NetworkAt,                            // relations at each date, attributes (GDP, CINC) of its year
    Timeline.Periods(2012, 2024),
    Conflict.Between("RUS", "UKR"),
    new MediatorOptions { Permutations = 0 });   // no significance test: the scores and ranks only

// Whether the sides were hostile, and the top three, each year.
foreach (var p in points)
{
    var r = p.Result;
    Console.WriteLine($"{p.Period}  {(r.SidesHostile ? "hostile" : "no hostility"),-12}  "
        + string.Join("  ", r.Candidates.Take(3).Select(c => $"{c.Rank}. {c.Id} {c.Score:0.000}")));
}

// The candidates that were in a top three in some year, followed over every year.
var followed = points.SelectMany(p => p.Result.Candidates.Take(3).Select(c => c.Id)).Distinct().Order(StringComparer.Ordinal).ToList();
Console.WriteLine();
Console.WriteLine("rank by year  " + string.Concat(points.Select(p => $"{p.Period[2..],4}")));
foreach (var id in followed)
{
    Console.WriteLine($"{id,-12}  " + string.Concat(points.Select(p => $"{(p.Result.Contains(id) ? p.Result[id].Rank : double.NaN),4}")));
}

var plot = new Plot();
var years = points.Select(p => (double)p.At.Year).ToArray();
foreach (var id in followed)
{
    var line = plot.Add.Scatter(years, points.Select(p => p.Result.Contains(id) ? p.Result[id].Score : double.NaN).ToArray());
    line.LegendText = id;
    line.LineWidth = 2;
}

plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(years, [.. points.Select(p => p.Period)]);
plot.ShowLegend(Alignment.UpperLeft);
plot.Title("Mediators between Russia and Ukraine, 1 July of each year: score");
plot.YLabel("score (empirical profile)");
plot.Axes.SetLimitsY(0, 0.8);
plot.SavePng(Path.Combine(folder, "timeline.png"), 1000, 560);
Console.WriteLine();
Console.WriteLine("timeline.png: the scores of the candidates above, by year");
