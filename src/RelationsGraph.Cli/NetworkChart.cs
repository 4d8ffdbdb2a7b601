using RelationsGraph.Reporting;
using ScottPlot;

namespace RelationsGraph.Cli;

/// <summary>The network picture of a mediator ranking as PNG or SVG (ScottPlot), the same picture as the HTML report's.</summary>
internal static class NetworkChart
{
    private static readonly Color SideA = Color.FromHex("#2b6cb0");
    private static readonly Color SideB = Color.FromHex("#8e44ad");
    private static readonly Color Candidate = Color.FromHex("#f0b429");
    private static readonly Color Bloc = Color.FromHex("#9aa5b1");
    private static readonly Color Friendly = Color.FromHex("#2e8b57");
    private static readonly Color Hostile = Color.FromHex("#d62728");
    private static readonly Color Outline = Color.FromHex("#3e4c59");

    /// <summary>The dashes of a line from (x1, y1) to (x2, y2): pieces of length <paramref name="on"/> every on + off units.</summary>
    private static List<(double, double, double, double)> Dashes(double x1, double y1, double x2, double y2, double on, double off)
    {
        var length = Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)));
        var dashes = new List<(double, double, double, double)>();
        for (var t = 0.0; t < length; t += on + off)
        {
            var u = t / length;
            var v = Math.Min(length, t + on) / length;
            dashes.Add((x1 + (u * (x2 - x1)), y1 + (u * (y2 - y1)), x1 + (v * (x2 - x1)), y1 + (v * (y2 - y1))));
        }

        return dashes;
    }

    /// <summary>Draws the picture to a .png or .svg file (by the name's extension).</summary>
    public static void Write(NetworkPicture picture, string file, int width, int height)
    {
        var plot = new Plot();
        var at = picture.Nodes.ToDictionary(n => n.Id, n => n, StringComparer.Ordinal);
        // Dashes are drawn as segments (SVG output has no dash effect); memberships are thin, light and solid.
        foreach (var e in picture.Edges.OrderBy(e => e.Tie == PictureTie.Membership ? 0 : e.Tie == PictureTie.Friendly ? 1 : 2))
        {
            var (a, b) = (at[e.Source], at[e.Target]);
            var thickness = e.Tie == PictureTie.Membership ? 1f : (float)(1 + (3 * e.Strength));
            var color = e.Tie switch
            {
                PictureTie.Hostile => Hostile,
                PictureTie.Friendly => Friendly.WithAlpha(0.8),
                _ => Bloc.WithAlpha(0.35),
            };
            foreach (var (x1, y1, x2, y2) in e.Tie == PictureTie.Hostile ? Dashes(a.X, -a.Y, b.X, -b.Y, 12, 8) : [(a.X, -a.Y, b.X, -b.Y)])
            {
                var line = plot.Add.Line(x1, y1, x2, y2);
                line.LineWidth = thickness;
                line.LineColor = color;
                line.MarkerSize = 0;
            }
        }

        var best = picture.Nodes.Where(n => n.Score is not null).Select(n => n.Score!.Value).DefaultIfEmpty(0).Max();
        foreach (var n in picture.Nodes)
        {
            var (color, shape, size) = n.Role switch
            {
                PictureRole.SideA => (SideA, MarkerShape.FilledCircle, 26f),
                PictureRole.SideB => (SideB, MarkerShape.FilledCircle, 26f),
                PictureRole.Candidate => (Candidate, MarkerShape.FilledCircle, (float)(10 + (26 * (best > 0 ? n.Score!.Value / best : 0)))),
                _ => (Bloc, MarkerShape.FilledDiamond, 14f),
            };
            var outline = plot.Add.Marker(n.X, -n.Y, shape, size + 2, Outline);
            outline.LegendText = string.Empty;
            plot.Add.Marker(n.X, -n.Y, shape, size, color);
            var label = plot.Add.Text(n.Id, n.X, -n.Y);
            label.LabelFontSize = n.Role is PictureRole.SideA or PictureRole.SideB ? 14 : n.Role == PictureRole.Bloc ? 10 : 11;
            label.LabelBold = n.Role is PictureRole.SideA or PictureRole.SideB;
            label.LabelFontColor = n.Role == PictureRole.Bloc ? Color.FromHex("#52606d") : Color.FromHex("#1f2933");
            label.LabelAlignment = Alignment.UpperCenter;
            label.OffsetY = (size / 2) + 2;
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "side A", MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = SideA, MarkerLineColor = Outline, MarkerSize = 12 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "side B", MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = SideB, MarkerLineColor = Outline, MarkerSize = 12 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "candidate (size: score)", MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = Candidate, MarkerLineColor = Outline, MarkerSize = 12 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "bloc", MarkerShape = MarkerShape.FilledDiamond, MarkerFillColor = Bloc, MarkerSize = 10 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "friendly tie", LineColor = Friendly, LineWidth = 3, LinePattern = LinePattern.Solid });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "hostile tie (dashed)", LineColor = Hostile, LineWidth = 3 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "membership of a bloc", LineColor = Bloc, LineWidth = 1 });
        plot.ShowLegend(Alignment.UpperRight);

        var result = picture.Result;
        var date = result.At is { } d ? $" at {d:yyyy-MM-dd}" : string.Empty;
        var title = plot.Add.Annotation($"{result.Conflict.Name}{date}: the sides, the best {picture.Nodes.Count(n => n.Role == PictureRole.Candidate)} candidates and their ties", Alignment.UpperLeft);
        title.LabelFontSize = 16;
        title.LabelBold = true;
        title.LabelBackgroundColor = Colors.Transparent;
        title.LabelBorderColor = Colors.Transparent;
        title.LabelShadowColor = Colors.Transparent;
        plot.HideGrid();
        plot.Axes.Frameless();
        var xs = picture.Nodes.Select(n => n.X).DefaultIfEmpty(0).ToList();
        var ys = picture.Nodes.Select(n => -n.Y).DefaultIfEmpty(0).ToList();
        plot.Axes.SetLimits(xs.Min() - 60, xs.Max() + 280, ys.Min() - 60, ys.Max() + 50);
        if (file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(file, width, height);
        }
        else
        {
            plot.SavePng(file, width, height);
        }
    }
}
