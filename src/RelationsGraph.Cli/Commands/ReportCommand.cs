using System.CommandLine;
using RelationsGraph.Mediation;
using RelationsGraph.Reporting;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph report</c>: the mediator ranking as one offline HTML page with the network picture.</summary>
internal static class ReportCommand
{
    /// <summary>The ranking's defaults: the options record is their only home.</summary>
    private static readonly MediatorOptions Defaults = new();

    public static Command Create()
    {
        var input = new InputOptions(defaultDataset: InputOptions.DefaultDataset);
        var conflict = new ConflictOptions();
        var top = new Option<int?>("--top") { Description = "Only the best K candidates (as mediators --top K; default all in the table, the best --draw in the picture)", HelpName = "K" };
        var draw = new Option<int>("--draw")
        {
            Description = $"Candidates drawn in the picture, best first (default 20, at most {NetworkPictureOptions.MaxCandidates})",
            HelpName = "N",
            DefaultValueFactory = _ => 20,
        };
        var profile = ConflictOptions.ProfileOption();
        var permutations = new Option<int>("--permutations") { Description = "Significance: networks with permuted signs (0: none)", HelpName = "R", DefaultValueFactory = _ => Defaults.Permutations };
        var draws = new Option<int>("--draws") { Description = "Stability: weight draws for the rank intervals (0: none)", HelpName = "D", DefaultValueFactory = _ => Defaults.StabilityDraws };
        var seed = new Option<int>("--seed") { Description = "Seed of the draws and permutations (same seed, same output)", HelpName = "S", DefaultValueFactory = _ => Defaults.Seed };
        var output = new Option<string>("--output") { Description = "The HTML file to write (one self-contained page, no request leaves it)", HelpName = "FILE", Required = true };
        var command = new Command("report", "Write the mediator ranking as one offline HTML page: the network at the date (sides pinned apart, candidates sized by score, click for the reasons), the ranking table and each candidate's weighted criteria")
        {
            top, draw, profile, permutations, draws, seed, output,
        };
        conflict.AddTo(command);
        input.AddTo(command);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(top) is < 1)
            {
                throw new CliUsageException("--top must be at least 1");
            }

            if (parsed.GetValue(draw) is < 1 or > NetworkPictureOptions.MaxCandidates)
            {
                throw new CliUsageException($"--draw must be between 1 and {NetworkPictureOptions.MaxCandidates}");
            }

            if (parsed.GetValue(permutations) < 0 || parsed.GetValue(draws) < 0)
            {
                throw new CliUsageException("--permutations and --draws must not be negative");
            }

            var file = parsed.GetValue(output)!;
            OutputFile.Check(file, "--output");
            var (network, date) = input.ReadDated(parsed);
            var named = conflict.Read(parsed, network, date);
            var result = MediatorRanking.Compute(network, named, new MediatorOptions
            {
                At = date,
                Criteria = MediatorProfiles.Get(parsed.GetValue(profile)!),
                Permutations = parsed.GetValue(permutations),
                StabilityDraws = parsed.GetValue(draws),
                Seed = parsed.GetValue(seed),
            });
            input.Notes(parsed, result.Notes);
            var options = new MediatorReportOptions { Top = parsed.GetValue(top), Picture = new NetworkPictureOptions { Candidates = parsed.GetValue(draw) } };
            OutputFile.Write(file, "--output", stream => MediatorReport.WriteHtml(result, network, stream, options));
            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }
}
