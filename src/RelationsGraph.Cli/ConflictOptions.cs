using System.CommandLine;
using RelationsGraph.Mediation;
using RelationsGraph.Model;

namespace RelationsGraph.Cli;

/// <summary>The options that name a conflict, as <c>relgraph mediators</c> takes them: <c>--between A B</c>, <c>--side-a IDS --side-b IDS</c>, or <c>--hostile-to ID</c>.</summary>
internal sealed class ConflictOptions
{
    private readonly Option<string[]> between = new("--between")
    {
        Description = "The two sides' actors: --between A B (one actor each)",
        HelpName = "A B",
        Arity = new ArgumentArity(2, 2),
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string?> sideA = new("--side-a") { Description = "Side A: comma-separated actor ids (with --side-b)", HelpName = "IDS" };
    private readonly Option<string?> sideB = new("--side-b") { Description = "Side B: comma-separated actor ids (with --side-a)", HelpName = "IDS" };
    private readonly Option<string?> hostileTo = new("--hostile-to") { Description = "Side A is this actor, side B every actor with a negative relation to it", HelpName = "ID" };

    /// <summary>The <c>--profile</c> option of the commands that rank mediators (one description, one default).</summary>
    public static Option<string> ProfileOption() => new Option<string>("--profile")
    {
        Description = "Weight set: empirical (who mediates, calibrated on the mediation record; default) or balanced (who is placed as a balanced broker)",
        HelpName = "NAME",
        DefaultValueFactory = _ => MediatorProfiles.Names[0],
    }.AcceptOnlyFromAmong([.. MediatorProfiles.Names]);

    public void AddTo(Command command)
    {
        command.Add(between);
        command.Add(sideA);
        command.Add(sideB);
        command.Add(hostileTo);
    }

    /// <summary>The conflict named on the command line (usage error unless named exactly one way).</summary>
    public Conflict Read(ParseResult parsed, RelationsNetwork network, DateOnly? date)
    {
        var pair = parsed.GetValue(between);
        var a = parsed.GetValue(sideA);
        var b = parsed.GetValue(sideB);
        var hostile = parsed.GetValue(hostileTo);
        var ways = (pair is { Length: > 0 } ? 1 : 0) + (a is not null || b is not null ? 1 : 0) + (hostile is not null ? 1 : 0);
        if (ways != 1)
        {
            throw new CliUsageException("name the conflict one way: --between A B, --side-a IDS --side-b IDS, or --hostile-to ID");
        }

        if (pair is { Length: > 0 })
        {
            return Checked(new Conflict([pair[0]], [pair[1]]), network);
        }

        if (hostile is not null)
        {
            if (!network.Contains(hostile))
            {
                throw new CliUsageException($"unknown actor id '{hostile}' in --hostile-to{Suggestions.DidYouMeanActor(hostile, network)}");
            }

            return Conflict.HostileTo(date is { } d ? network.At(d) : network, hostile);
        }

        if (a is null || b is null)
        {
            throw new CliUsageException("--side-a and --side-b go together");
        }

        return Checked(new Conflict(Ids(a), Ids(b)), network);
    }

    /// <summary>An unknown actor on a side is a usage error that suggests the id meant (<c>rus</c> → <c>RUS</c>).</summary>
    private static Conflict Checked(Conflict conflict, RelationsNetwork network)
    {
        foreach (var id in conflict.SideA.Concat(conflict.SideB))
        {
            if (!network.Contains(id))
            {
                throw new CliUsageException($"unknown actor id '{id}' in the conflict{Suggestions.DidYouMeanActor(id, network)}");
            }
        }

        return conflict;
    }

    private static string[] Ids(string list) => [.. list.Split(',', StringSplitOptions.TrimEntries)];
}
