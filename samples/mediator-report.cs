#:package RelationsGraph@0.1.0
#:package ScottPlot@5.1.59

// The mediator report for Russia and Ukraine in mid-2023: one offline HTML page (the network picture, the ranking,
// each candidate's weighted criteria), and the same network picture drawn as a PNG from the library's positions.
//
//   dotnet run samples/mediator-report.cs -- FOLDER   # writes mediator-report.html and .png into FOLDER (default .)
using System.Globalization;
using RelationsGraph.Data;
using RelationsGraph.Mediation;
using RelationsGraph.Reporting;
using ScottPlot;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var folder = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(folder);

var day = new DateOnly(2023, 6, 30);
var network = Datasets.Load("world").NetworkAt(day);
var ranking = MediatorRanking.Compute(network, Conflict.Between("RUS", "UKR"), new MediatorOptions { At = day });

// The page: self-contained, no request leaves it; the same input gives the same bytes.
using (var page = File.Create(Path.Combine(folder, "mediator-report.html")))
{
    MediatorReport.WriteHtml(ranking, network, page, new MediatorReportOptions { Top = 20 });
}

Console.WriteLine("mediator-report.html: the page (open it in a browser; it works offline)");

// The picture: the sides pinned apart, the best candidates placed by their lean, the blocs they share below.
var picture = NetworkPicture.Build(ranking, network, new NetworkPictureOptions { Candidates = 12 });
Console.WriteLine($"picture: {picture}");
foreach (var role in new[] { PictureRole.SideA, PictureRole.SideB, PictureRole.Candidate, PictureRole.Bloc })
{
    var nodes = picture.Nodes.Where(n => n.Role == role);
    Console.WriteLine($"  {role,-9} " + string.Join(", ", nodes.Select(n => n.Rank is { } rank ? $"{rank}. {n.Id} {n.Score:0.00} at x {n.X:0}" : n.Id)));
}

foreach (var tie in picture.Edges.GroupBy(e => e.Tie).OrderBy(g => g.Key))
{
    Console.WriteLine($"  {tie.Key,-9} {tie.Count()} edges");
}

foreach (var note in picture.Notes)
{
    Console.WriteLine("note: " + note);
}

// Draw it with ScottPlot: hostile ties dashed red, friendly ties green, memberships light grey; nodes sized by score.
var plot = new Plot();
var at = picture.Nodes.ToDictionary(n => n.Id);
foreach (var e in picture.Edges.OrderBy(e => e.Tie == PictureTie.Membership ? 0 : 1))
{
    var line = plot.Add.Line(at[e.Source].X, -at[e.Source].Y, at[e.Target].X, -at[e.Target].Y);
    line.MarkerSize = 0;
    line.LineWidth = e.Tie == PictureTie.Membership ? 1 : (float)(1 + (3 * e.Strength));
    line.LineColor = e.Tie switch
    {
        PictureTie.Hostile => Colors.Red,
        PictureTie.Friendly => Colors.SeaGreen.WithAlpha(0.7),
        _ => Colors.Gray.WithAlpha(0.3),
    };
    line.LinePattern = e.Tie == PictureTie.Hostile ? LinePattern.Dashed : LinePattern.Solid;
}

foreach (var n in picture.Nodes)
{
    var (color, size) = n.Role switch
    {
        PictureRole.SideA => (Colors.SteelBlue, 26f),
        PictureRole.SideB => (Colors.Purple, 26f),
        PictureRole.Candidate => (Colors.Gold, (float)(10 + (40 * n.Score!.Value))),
        _ => (Colors.LightSlateGray, 12f),
    };
    plot.Add.Marker(n.X, -n.Y, n.Role == PictureRole.Bloc ? MarkerShape.FilledDiamond : MarkerShape.FilledCircle, size, color);
    var label = plot.Add.Text(n.Id, n.X, -n.Y);
    label.LabelAlignment = Alignment.UpperCenter;
    label.OffsetY = (size / 2) + 2;
    label.LabelFontSize = n.Role == PictureRole.Bloc ? 10 : 12;
}

plot.Legend.ManualItems.Add(new LegendItem { LabelText = "friendly tie", LineColor = Colors.SeaGreen, LineWidth = 3 });
plot.Legend.ManualItems.Add(new LegendItem { LabelText = "hostile tie", LineColor = Colors.Red, LineWidth = 3, LinePattern = LinePattern.Dashed });
plot.Legend.ManualItems.Add(new LegendItem { LabelText = "candidate (size: score)", MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = Colors.Gold, MarkerSize = 12 });
plot.Legend.ManualItems.Add(new LegendItem { LabelText = "bloc (membership: grey)", MarkerShape = MarkerShape.FilledDiamond, MarkerFillColor = Colors.LightSlateGray, MarkerSize = 10 });
plot.ShowLegend(Alignment.UpperRight);
var title = plot.Add.Annotation($"{ranking.Conflict.Name}, {day:yyyy-MM-dd}: the sides, the best {picture.Nodes.Count(n => n.Role == PictureRole.Candidate)} candidates and their ties", Alignment.UpperLeft);
title.LabelFontSize = 16;
title.LabelBackgroundColor = Colors.Transparent;
title.LabelBorderColor = Colors.Transparent;
title.LabelShadowColor = Colors.Transparent;
plot.HideGrid();
plot.Axes.Frameless();
// Room on the right for the legend, above for the title.
plot.Axes.SetLimits(picture.Nodes.Min(n => n.X) - 60, picture.Nodes.Max(n => n.X) + 280, picture.Nodes.Min(n => -n.Y) - 60, picture.Nodes.Max(n => -n.Y) + 60);
plot.SavePng(Path.Combine(folder, "mediator-report.png"), 1200, 760);
Console.WriteLine("mediator-report.png: the picture");
