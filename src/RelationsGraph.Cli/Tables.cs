using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace RelationsGraph.Cli;

/// <summary>Human-readable tables (Spectre.Console), rendered without colour or terminal detection so output is deterministic.</summary>
internal static class Tables
{
    /// <summary>
    /// The width tables are drawn to: <c>COLUMNS</c> when set (40 or more), else the terminal's width when the table goes
    /// to one, else 120 (pipes and files: the same output everywhere). Narrow columns wrap their text, not the rows.
    /// </summary>
    /// <param name="terminal">Whether the table goes to the process's standard output.</param>
    /// <param name="columns">The <c>COLUMNS</c> environment variable.</param>
    public static int Width(bool terminal, string? columns)
    {
        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c >= 40)
        {
            return Math.Min(c, 1000);
        }

        if (terminal && !Console.IsOutputRedirected)
        {
            try
            {
                if (Console.WindowWidth >= 40)
                {
                    return Console.WindowWidth;
                }
            }
            catch (IOException)
            {
                // No terminal after all.
            }
        }

        return 120;
    }

    /// <summary>Draws a table (or another renderable) as text.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="renderable">What.</param>
    /// <param name="terminal">Whether <paramref name="writer"/> is the process's standard output (see <see cref="Width"/>).</param>
    public static void Render(TextWriter writer, IRenderable renderable, bool terminal = false) =>
        Render(writer, renderable, Width(terminal, Environment.GetEnvironmentVariable("COLUMNS")));

    public static void Render(TextWriter writer, IRenderable renderable, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
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
