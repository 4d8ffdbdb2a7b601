using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace RelationsGraph.Cli;

/// <summary>
/// The examples that every command's <c>--help</c> ends with, in one table (so a new command gets a line here, and the
/// descriptions stay one sentence). Each example runs as written on the embedded <c>world</c> dataset or the sample
/// files of the repository (a test runs them all).
/// </summary>
internal static class Examples
{
    /// <summary>Examples per command path (the words after <c>relgraph</c>).</summary>
    public static IReadOnlyDictionary<string, string[]> ByCommand { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [string.Empty] =
        [
            "relgraph mediators --between RUS UKR --at 2023-06-30",
            "relgraph report --between RUS UKR --at 2023-06-30 --output report.html",
            "relgraph metric --list",
        ],
        ["info"] =
        [
            "relgraph info --at 2023-06-30",
            "relgraph info --edges samples/data/highland-tribes.edges.csv",
        ],
        ["metric"] =
        [
            "relgraph metric --list",
            "relgraph metric betweenness --at 2023-06-30 --top 10",
            "relgraph metric constraint --edges samples/data/highland-tribes.edges.csv --format csv",
        ],
        ["convert"] =
        [
            "relgraph convert --at 2023-06-30 --to graphml --output world-2023.graphml",
            "relgraph convert --edges samples/data/highland-tribes.edges.csv --to dot --output tribes.dot",
        ],
        ["balance"] =
        [
            "relgraph balance --edges samples/data/highland-tribes.edges.csv",
            "relgraph balance --at 2023-06-30 --aggregate hostility",
        ],
        ["factions"] =
        [
            "relgraph factions --edges samples/data/highland-tribes.edges.csv --k 3",
        ],
        ["mediators"] =
        [
            "relgraph mediators --between RUS UKR --at 2023-06-30",
            "relgraph mediators --between RUS UKR --at 2023-06-30 --explain KAZ",
            "relgraph mediators --between ARM AZE --at 2020-07-01 --profile balanced --weights proximity=0.2",
            "relgraph mediators --between RUS UKR --at 2023-06-30 --what-if add:KAZ,UKR,0.6,partnership",
        ],
        ["report"] =
        [
            "relgraph report --between RUS UKR --at 2023-06-30 --output report.html",
        ],
        ["validate"] =
        [
            "relgraph validate --record ../shared/research/mediation-record.json --loo",
        ],
        ["plot"] =
        [
            "relgraph plot network --between RUS UKR --at 2023-06-30 --output network.svg",
            "relgraph plot mediators --between RUS UKR --at 2023-06-30 --output criteria.png",
        ],
        ["plot mediators"] =
        [
            "relgraph plot mediators --between RUS UKR --at 2023-06-30 --output criteria.png",
        ],
        ["plot metric"] =
        [
            "relgraph plot metric betweenness --at 2023-06-30 --output betweenness.png",
        ],
        ["plot network"] =
        [
            "relgraph plot network --between RUS UKR --at 2023-06-30 --output network.svg",
        ],
        ["import"] =
        [
            "relgraph import gdelt events.csv.gz --period year --out-edges gdelt.edges.csv",
            "relgraph import unga agreement.csv --out-edges unga.edges.csv --out-nodes unga.nodes.csv",
        ],
        ["timeline"] =
        [
            "relgraph timeline --metric betweenness --from 2015 --to 2023 --top 5",
            "relgraph timeline --mediators RUS UKR --from 2014 --to 2024 --top 5",
        ],
    };

    /// <summary>Makes every command's help end with its examples.</summary>
    /// <param name="root">The root command, with every subcommand added.</param>
    public static void AddTo(RootCommand root)
    {
        var paths = new Dictionary<Command, string>();
        void Walk(Command command, string path)
        {
            paths[command] = path;
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, path.Length == 0 ? sub.Name : path + " " + sub.Name);
            }
        }

        Walk(root, string.Empty);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new WithExamples((HelpAction)help.Action!, paths);
    }

    /// <summary>The usual help, then the command's examples.</summary>
    internal sealed class WithExamples(HelpAction help, Dictionary<Command, string> paths) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            if (paths.TryGetValue(parseResult.CommandResult.Command, out var path) && ByCommand.TryGetValue(path, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
