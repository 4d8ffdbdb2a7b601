using System.CommandLine;
using RelationsGraph.Cli.Commands;

namespace RelationsGraph.Cli;

/// <summary>
/// The <c>relgraph</c> program: builds the command tree, runs it, and maps every failure to the contract's exit
/// codes — 0 success, 2 bad input or usage (one line on stderr), 1 anything else — never a stack trace unless
/// <c>--verbose</c> is given.
/// </summary>
internal static class RelgraphApp
{
    /// <summary>The commands, by name, in the order the help lists them.</summary>
    internal static IReadOnlyList<(string Name, Func<Command> Create)> Commands { get; } =
    [
        ("info", InfoCommand.Create),
        ("metric", () => MetricCommand.Create()),
        ("convert", ConvertCommand.Create),
        ("balance", BalanceCommand.Create),
        ("factions", BalanceCommand.CreateFactions),
        ("mediators", () => MediatorsCommand.Create()),
        ("report", ReportCommand.Create),
        ("validate", ValidateCommand.Create),
        ("plot", PlotCommand.Create),
        ("import", ImportCommand.Create),
        ("timeline", TimelineCommand.Create),
    ];

    /// <summary>
    /// The command tree: every command, or only the one named <paramref name="only"/> (a command line that starts with a
    /// command's name parses, helps and fails the same in the tree of that command alone, and building the other ten
    /// costs a short command a tenth of its time).
    /// </summary>
    public static RootCommand BuildRoot(Option<bool> verbose, string? only = null)
    {
        var root = new RootCommand("relgraph: relations between states and blocs as a weighted signed graph: graph info, metrics, mediators.")
        {
            verbose,
        };
        foreach (var (name, create) in Commands)
        {
            if (only is null || string.Equals(name, only, StringComparison.Ordinal))
            {
                root.Add(create());
            }
        }

        Examples.AddTo(root);
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, wholeTree: false);

    /// <summary>Runs relgraph; <paramref name="wholeTree"/>: build every command even when the line names one (for tests).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool wholeTree)
    {
        var verboseOption = new Option<bool>("--verbose") { Description = "On failure, also print the exception's stack trace", Recursive = true };
        var only = !wholeTree && args.Length > 0 && Commands.Any(c => string.Equals(c.Name, args[0], StringComparison.Ordinal)) ? args[0] : null;
        var parsed = BuildRoot(verboseOption, only).Parse(args);
        // --help shows the help even when the rest of the line is incomplete (a required option missing).
        if (parsed.Errors.Count > 0 && parsed.Action is not Examples.WithExamples)
        {
            // An unrecognized token explains the other errors (a misspelt command leaves "no command given").
            var error = parsed.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parsed.Errors[0];
            stderr.WriteLine($"relgraph: {OneLine(error.Message)}{DidYouMean(parsed)} (see relgraph --help)");
            return ExitCodes.BadInput;
        }

        var verbose = parsed.GetValue(verboseOption);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (ExitCodeOf(e) is { } code)
        {
            stderr.WriteLine($"relgraph: {OneLine(e.Message)}");
            if (verbose)
            {
                stderr.WriteLine(e.ToString());
            }

            return code;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"relgraph: internal error: {e.GetType().Name}: {OneLine(e.Message)}");
            if (verbose)
            {
                stderr.WriteLine(e.ToString());
            }

            return ExitCodes.Failure;
        }
    }

    private static int? ExitCodeOf(Exception e) => e switch
    {
        InvalidInputException or CliUsageException or UnsupportedGraphException or UnrepresentableDataException or InvalidLengthException or InvalidConflictException or ComputationTooLargeException or ComputationOverflowException => ExitCodes.BadInput,
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException => ExitCodes.BadInput,
        System.Reflection.ReflectionTypeLoadException or BadImageFormatException => ExitCodes.BadInput,
        OperationCanceledException => ExitCodes.Failure,
        IOException => ExitCodes.Failure,
        _ => null,
    };

    /// <summary>For a mistyped command or option: the closest name the command in context knows, e.g. <c> (did you mean 'report'?)</c>.</summary>
    private static string DidYouMean(ParseResult parsed)
    {
        if (parsed.UnmatchedTokens.Count == 0)
        {
            return string.Empty;
        }

        var token = parsed.UnmatchedTokens[0];
        var command = parsed.CommandResult.Command;
        var names = command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive).Select(o => o.Name))
            .Where(n => n.StartsWith('-') == token.StartsWith('-'));
        return Suggestions.DidYouMean(token, names);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
