using System.CommandLine;
using RelationsGraph.Mediation;
using RelationsGraph.Reporting;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph plot network</c>: the report's network picture as a PNG or SVG file with a legend.</summary>
internal static class NetworkPlotCommand
{
    public static Command Create()
    {
        var input = new InputOptions(defaultDataset: InputOptions.DefaultDataset);
        var conflict = new ConflictOptions();
        var draw = new Option<int>("--draw")
        {
            Description = $"Candidates drawn, best first (default 20, at most {NetworkPictureOptions.MaxCandidates})",
            HelpName = "N",
            DefaultValueFactory = _ => 20,
        };
        var profile = ConflictOptions.ProfileOption();
        var output = new Option<string>("--output") { Description = "The picture to write: FILE.png or FILE.svg", HelpName = "FILE", Required = true };
        var width = new Option<int>("--width") { Description = "Width in pixels", DefaultValueFactory = _ => 1400 };
        var height = new Option<int>("--height") { Description = "Height in pixels", DefaultValueFactory = _ => 900 };
        var command = new Command("network", "PNG or SVG: the network at the date as the report draws it (sides pinned apart, the best candidates sized by score, friendly ties solid green, hostile dashed red, blocs in a row below), with a legend")
        {
            draw, profile, output, width, height,
        };
        conflict.AddTo(command);
        input.AddTo(command);
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(output)!;
            if (!file.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliUsageException($"--output '{file}': the picture is a .png or .svg file");
            }

            if (parsed.GetValue(width) is < 100 or > 10_000 || parsed.GetValue(height) is < 100 or > 10_000)
            {
                throw new CliUsageException("--width and --height must be between 100 and 10000 pixels");
            }

            if (parsed.GetValue(draw) is < 1 or > NetworkPictureOptions.MaxCandidates)
            {
                throw new CliUsageException($"--draw must be between 1 and {NetworkPictureOptions.MaxCandidates}");
            }

            OutputFile.Check(file, "--output");
            var (network, date) = input.ReadDated(parsed);
            var named = conflict.Read(parsed, network, date);

            // Scores and ranks do not depend on the stability draws or the permutations: none are run.
            var result = MediatorRanking.Compute(network, named, new MediatorOptions
            {
                At = date,
                Criteria = MediatorProfiles.Get(parsed.GetValue(profile)!),
                Permutations = 0,
                StabilityDraws = 0,
            });
            input.Notes(parsed, result.Notes);
            var picture = NetworkPicture.Build(result, network, new NetworkPictureOptions { Candidates = parsed.GetValue(draw) });
            try
            {
                NetworkChart.Write(picture, file, parsed.GetValue(width), parsed.GetValue(height));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"--output '{file}': cannot be written ({e.Message})");
            }

            input.Notes(parsed, picture.Notes);
            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }
}
