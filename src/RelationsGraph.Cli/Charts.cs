using System.Globalization;
using RelationsGraph.Mediation;
using RelationsGraph.Metrics;
using ScottPlot;

namespace RelationsGraph.Cli;

/// <summary>PNG charts (ScottPlot) for <c>relgraph plot</c>; the core library stays free of drawing dependencies.</summary>
internal static class Charts
{
    /// <summary>Stacked bars: each candidate's score split into its criteria's weighted contributions.</summary>
    public static void Mediators(MediatorRankingResult result, int top, string file, int width, int height, string? note = null)
    {
        var plot = new Plot();
        var candidates = result.Candidates.Take(top).ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        for (var i = 0; i < candidates.Count; i++)
        {
            double stacked = 0;
            for (var k = 0; k < result.Weights.Count; k++)
            {
                var value = candidates[i].Contributions.First(c => c.Key == result.Weights[k].Key).Value;
                bars.Add(new Bar { Position = i, ValueBase = stacked, Value = stacked + value, FillColor = palette.GetColor(k), LineWidth = 0 });
                stacked += value;
            }
        }

        plot.Add.Bars(bars);
        for (var k = 0; k < result.Weights.Count; k++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{result.Weights[k].Key} ({result.Weights[k].Value.ToString("0.00", CultureInfo.InvariantCulture)})", FillColor = palette.GetColor(k) });
        }

        plot.ShowLegend(Alignment.UpperRight);
        Labels(plot, candidates.Select(c => c.Id).ToArray());
        var at = result.At is { } d ? $" ({d:yyyy-MM-dd})" : string.Empty;
        plot.Title($"Mediators: {result.Conflict.Name}{at}{(note is null ? string.Empty : $", {note}")}");
        plot.YLabel("score: weighted criteria");
        plot.Axes.SetLimitsY(0, 1);
        plot.SavePng(file, width, height);
    }

    /// <summary>Bars of the best K node scores (ranked, ties by id).</summary>
    public static void Scores(NodeScores scores, int top, string file, int width, int height)
    {
        var ranked = scores.Top(top).Where(r => double.IsFinite(r.Score)).ToList();
        var plot = new Plot();
        var bars = plot.Add.Bars(ranked.Select(r => r.Score).ToArray());
        bars.Color = new ScottPlot.Palettes.Category10().GetColor(0);
        Labels(plot, ranked.Select(r => r.Id).ToArray());
        plot.Title($"{scores.Metric}: top {ranked.Count}");
        plot.YLabel(scores.Metric);
        plot.Axes.Margins(bottom: 0);
        plot.SavePng(file, width, height);
    }

    /// <summary>Lines over periods, one per series (NaN leaves a gap).</summary>
    public static void Lines(string title, string[] periods, IReadOnlyDictionary<string, double[]> series, string file, int width, int height)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var xs = Enumerable.Range(0, periods.Length).Select(i => (double)i).ToArray();
        var k = 0;
        foreach (var (id, ys) in series)
        {
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = id;
            line.Color = palette.GetColor(k++);
            line.LineWidth = 2;
        }

        plot.ShowLegend(Alignment.UpperLeft);
        Labels(plot, periods);
        plot.Title(title);
        plot.SavePng(file, width, height);
    }

    private static void Labels(Plot plot, string[] labels)
    {
        var positions = Enumerable.Range(0, labels.Length).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 60;
        plot.HideGrid();
    }
}
