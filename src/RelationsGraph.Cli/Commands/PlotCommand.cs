using System.CommandLine;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph plot mediators|metric</c>: PNG charts of the same computations as the commands of those names.</summary>
internal static class PlotCommand
{
    public static Command Create() => new("plot", "Draw charts: plot mediators (criteria per candidate), plot metric NAME (best scores), plot network (the report's network picture, PNG or SVG)")
    {
        MediatorsCommand.Create(plot: true),
        MetricCommand.Create(plot: true),
        NetworkPlotCommand.Create(),
    };
}
