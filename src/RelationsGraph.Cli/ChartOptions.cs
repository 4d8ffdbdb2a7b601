using System.CommandLine;

namespace RelationsGraph.Cli;

/// <summary>The options of <c>relgraph plot</c> commands: <c>--output FILE.png</c> (required), <c>--width</c>, <c>--height</c>.</summary>
internal sealed class ChartOptions
{
    private readonly Option<string> output = new("--output") { Description = "The PNG file to write", HelpName = "FILE", Required = true };
    private readonly Option<int> width = new("--width") { Description = "Width in pixels", DefaultValueFactory = _ => 900 };
    private readonly Option<int> height = new("--height") { Description = "Height in pixels", DefaultValueFactory = _ => 500 };

    public void AddTo(Command command)
    {
        command.Add(output);
        command.Add(width);
        command.Add(height);
    }

    public int Width(ParseResult parsed) => parsed.GetValue(width);

    public int Height(ParseResult parsed) => parsed.GetValue(height);

    /// <summary>Checks the size and the file name, then draws.</summary>
    public void Write(ParseResult parsed, Action<string> draw)
    {
        var file = parsed.GetValue(output)!;
        if (parsed.GetValue(width) is < 100 or > 10_000 || parsed.GetValue(height) is < 100 or > 10_000)
        {
            throw new CliUsageException("--width and --height must be between 100 and 10000 pixels");
        }

        CheckFile(file, "--output");
        draw(file);
    }

    /// <summary>Rejects a chart file name that is not a .png in an existing folder (usage error naming the option).</summary>
    public static void CheckFile(string file, string option)
    {
        if (!file.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"{option} '{file}': plots are PNG files (name ending in .png)");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliUsageException($"{option} '{file}': folder not found");
        }
    }
}
