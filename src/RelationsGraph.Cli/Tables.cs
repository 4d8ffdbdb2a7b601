using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace RelationsGraph.Cli;

/// <summary>Human-readable tables (Spectre.Console), rendered without colour or terminal detection so output is deterministic.</summary>
internal static class Tables
{
    public static void Render(TextWriter writer, IRenderable renderable)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        console.Write(renderable);
    }

    public static Table Create(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    public static string Number(double value) =>
        double.IsNaN(value) ? "NaN" : value.ToString("0.######", CultureInfo.InvariantCulture);
}
