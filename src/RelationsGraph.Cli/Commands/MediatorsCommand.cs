using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using RelationsGraph.Mediation;
using RelationsGraph.Metrics;
using RelationsGraph.Model;
using RelationsGraph.Reporting;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph mediators</c>: the third parties best placed to mediate a conflict, with the reasons (the main job).</summary>
internal static class MediatorsCommand
{
    /// <summary>The ranking's defaults: the options record is their only home.</summary>
    private static readonly MediatorOptions Defaults = new();

    private const int DefaultTableRows = 15;

    public static Command Create(bool plot = false)
    {
        var input = new InputOptions(defaultDataset: InputOptions.DefaultDataset);
        var output = new OutputOptions();
        var chart = new ChartOptions();
        var conflictOptions = new ConflictOptions();
        var top = new Option<int?>("--top") { Description = $"Show the best K (table default {DefaultTableRows}; JSON/CSV default all)", HelpName = "K" };
        var explain = new Option<string?>("--explain") { Description = "Show the full breakdown for one candidate", HelpName = "ID" };
        var profile = ConflictOptions.ProfileOption();
        var weights = new Option<string?>("--weights") { Description = "Criterion weights, e.g. access=0.4,bridging=0 (others keep their profile's weights; a built-in criterion the profile leaves out, e.g. brokerage or proximity under empirical, is added). The names are the table's column headers", HelpName = "NAME=W,..." };
        var whatIf = new Option<string[]>("--what-if")
        {
            Description = "Change the network and show how the ranking moves: add:SRC,TGT,WEIGHT[,KIND] or remove:SRC,TGT[,KIND] (repeatable)",
            HelpName = "CHANGE",
            DefaultValueFactory = _ => [],
        };
        var permutations = new Option<int>("--permutations") { Description = "Significance: networks with permuted signs (0: none)", HelpName = "R", DefaultValueFactory = _ => Defaults.Permutations };
        var draws = new Option<int>("--draws") { Description = "Stability: weight draws for the rank intervals (0: none)", HelpName = "D", DefaultValueFactory = _ => Defaults.StabilityDraws };
        var seed = new Option<int>("--seed") { Description = "Seed of the draws and permutations (same seed, same output)", HelpName = "S", DefaultValueFactory = _ => Defaults.Seed };
        var command = new Command("mediators", plot
            ? "PNG: stacked bars of the best candidates' weighted criteria (--top, default 10)"
            : "Rank the third parties best placed to mediate between two sides, with the reasons (default data: the embedded world)")
        {
            top, profile, weights, whatIf, permutations, draws, seed,
        };
        conflictOptions.AddTo(command);
        input.AddTo(command);
        if (plot)
        {
            chart.AddTo(command);
        }
        else
        {
            command.Add(explain);
            output.AddTo(command);
        }

        command.SetAction(parsed =>
        {
            if (parsed.GetValue(top) is < 1)
            {
                throw new CliUsageException("--top must be at least 1");
            }

            if (parsed.GetValue(permutations) < 0 || parsed.GetValue(draws) < 0)
            {
                throw new CliUsageException("--permutations and --draws must not be negative");
            }

            var criteria = Weights(MediatorProfiles.Get(parsed.GetValue(profile)!), parsed.GetValue(weights));
            var (network, date) = input.ReadDated(parsed);
            var conflict = conflictOptions.Read(parsed, network, date);
            var options = new MediatorOptions
            {
                At = date,
                Criteria = criteria,
                Permutations = parsed.GetValue(permutations),
                StabilityDraws = parsed.GetValue(draws),
                Seed = parsed.GetValue(seed),
            };
            var stderr = parsed.InvocationConfiguration.Error;
            var result = Run(network, conflict, options, stderr);
            MediatorRankingResult? before = null;
            var changes = parsed.GetValue(whatIf)!;
            if (changes.Length > 0)
            {
                before = result;
                result = Run(Apply(network, changes), conflict, options, stderr);
            }

            input.Notes(parsed, result.Notes);
            if (plot)
            {
                var note = changes.Length > 0 ? "what-if " + string.Join(" ", changes) : null;
                chart.Write(parsed, file => Charts.Mediators(result, parsed.GetValue(top) ?? 10, file, chart.Width(parsed), chart.Height(parsed), note));
                input.FlushNotes(stderr);
                return ExitCodes.Success;
            }

            var explainId = parsed.GetValue(explain);
            if (explainId is not null && !result.Contains(explainId))
            {
                throw new CliUsageException(network.Contains(explainId) ? $"'{explainId}' is on a side of the conflict, not a third party" : $"unknown actor id '{explainId}' in --explain");
            }

            var stdout = parsed.InvocationConfiguration.Output;
            output.Write(
                parsed,
                stdout,
                stream => MediatorFormat.WriteJson(result, stream, explainId is null ? parsed.GetValue(top) : null, before),
                text => MediatorFormat.WriteCsv(result, text, parsed.GetValue(top)),
                () => explainId is null ? Ranking(result, before, parsed.GetValue(top) ?? DefaultTableRows) : Explain(result[explainId], result));
            input.FlushNotes(stderr);
            return ExitCodes.Success;
        });
        return command;
    }

    private static MediatorRankingResult Run(RelationsNetwork network, Conflict conflict, MediatorOptions options, TextWriter stderr)
    {
        if (options.Permutations == 0 || Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error))
        {
            return MediatorRanking.Compute(network, conflict, options);
        }

        // A progress bar on the terminal while the permutations run.
        MediatorRankingResult? result = null;
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("significance (permuted networks)", maxValue: options.Permutations);
            result = MediatorRanking.Compute(network, conflict, options, new Progress(task));
        });
        return result!;
    }

    private sealed class Progress(ProgressTask task) : IProgress<MetricProgress>
    {
        public void Report(MetricProgress value) => task.Value = Math.Max(task.Value, value.Done);
    }

    internal static List<WeightedCriterion> Weights(IReadOnlyList<WeightedCriterion> profile, string? text)
    {
        var criteria = profile.ToList();
        if (text is null)
        {
            return criteria;
        }

        // Every built-in criterion can be weighted: one that the profile leaves out (brokerage or proximity under the
        // empirical profile) is added with the given weight.
        var builtIn = MediatorProfiles.Names.SelectMany(MediatorProfiles.Get).Concat(criteria)
            .GroupBy(c => c.Criterion.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        foreach (var part in text.Split(','))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var index = criteria.FindIndex(c => c.Criterion.Name == kv[0]);
            if (index < 0 && kv.Length == 2 && builtIn.FindIndex(c => c.Criterion.Name == kv[0]) is var known and >= 0)
            {
                criteria.Add(builtIn[known] with { Weight = 0 });
                index = criteria.Count - 1;
            }

            if (kv.Length != 2 || index < 0)
            {
                throw new CliUsageException($"--weights: '{part}' is not NAME=W with NAME one of {string.Join(", ", builtIn.Select(c => c.Criterion.Name))}");
            }

            if (!double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !(w >= 0) || double.IsInfinity(w))
            {
                throw new CliUsageException($"--weights: weight '{kv[1]}' for {kv[0]} is not a number ≥ 0");
            }

            criteria[index] = criteria[index] with { Weight = w };
        }

        return criteria;
    }

    private static RelationsNetwork Apply(RelationsNetwork network, string[] changes)
    {
        foreach (var change in changes)
        {
            var (verb, rest) = change.IndexOf(':', StringComparison.Ordinal) is var i and > 0 ? (change[..i], change[(i + 1)..]) : (string.Empty, change);
            var f = rest.Split(',', StringSplitOptions.TrimEntries);
            foreach (var id in f.Take(2))
            {
                if (!network.Contains(id))
                {
                    throw new CliUsageException($"--what-if '{change}': unknown actor id '{id}'");
                }
            }

            switch (verb)
            {
                case "add" when f.Length is 3 or 4:
                    if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || w == 0 || !double.IsFinite(w) || w is < -1 or > 1)
                    {
                        throw new CliUsageException($"--what-if '{change}': weight must be a number in [-1, 1] other than 0");
                    }

                    var kind = f.Length == 4 ? Kind(f[3], change) : w > 0 ? RelationKind.Partnership : RelationKind.Sanction;
                    network = network.With(new Relation(f[0], f[1], w, kind, reference: "what-if"));
                    break;
                case "remove" when f.Length is 2 or 3:
                    var only = f.Length == 3 ? Kind(f[2], change) : (RelationKind?)null;
                    var removed = network.Without(r => ((r.Source == f[0] && r.Target == f[1]) || (r.Source == f[1] && r.Target == f[0])) && (only is null || r.Kind == only));
                    if (removed.Relations.Length == network.Relations.Length)
                    {
                        throw new CliUsageException($"--what-if '{change}': no such relation between {f[0]} and {f[1]}");
                    }

                    network = removed;
                    break;
                default:
                    throw new CliUsageException($"--what-if '{change}': expected add:SRC,TGT,WEIGHT[,KIND] or remove:SRC,TGT[,KIND]");
            }
        }

        return network;
    }

    private static RelationKind Kind(string text, string change) =>
        Enum.TryParse<RelationKind>(text, ignoreCase: true, out var k) && !int.TryParse(text, out _) ? k : throw new CliUsageException($"--what-if '{change}': unknown relation kind '{text}'");

    private static Table Ranking(MediatorRankingResult result, MediatorRankingResult? before, int rows)
    {
        var columns = new List<string> { "rank" };
        if (before is not null)
        {
            columns.Add("was");
        }

        columns.AddRange(["id", "name", "score"]);
        columns.AddRange((result.Candidates.Count > 0 ? result.Candidates[0].Criteria.Select(kv => kv.Key) : result.Weights.Select(w => w.Key)));
        columns.Add("ranks");
        if (result.Permutations > 0)
        {
            columns.Add("p");
        }

        var table = Tables.Create([.. columns]);
        foreach (var c in result.Candidates.Take(rows))
        {
            var cells = new List<string> { c.Rank.ToString(CultureInfo.InvariantCulture) };
            if (before is not null)
            {
                cells.Add(before.Contains(c.Id) ? before[c.Id].Rank.ToString(CultureInfo.InvariantCulture) : "-");
            }

            cells.AddRange([Markup.Escape(c.Id), Markup.Escape(c.Name), c.Score.ToString("0.000", CultureInfo.InvariantCulture)]);
            cells.AddRange(c.Criteria.Select(kv => Value(kv.Value)));
            cells.Add($"{c.RankLow}–{c.RankHigh}");
            if (result.Permutations > 0)
            {
                cells.Add(c.PValue.ToString("0.00", CultureInfo.InvariantCulture));
            }

            table.AddRow([.. cells]);
        }

        return table;
    }

    private static string Value(double value) => double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static Table Explain(MediatorCandidate c, MediatorRankingResult result)
    {
        var table = Tables.Create($"{Markup.Escape(c.Id)} ({Markup.Escape(c.Name)})", "value", "why");
        table.AddRow("rank", c.Rank.ToString(CultureInfo.InvariantCulture), $"{c.RankLow}–{c.RankHigh} under ±{(result.WeightJitter * 100).ToString("0", CultureInfo.InvariantCulture)}% weights ({result.StabilityDraws} draws)");
        table.AddRow("score", c.Score.ToString("0.000", CultureInfo.InvariantCulture), result.Permutations > 0 ? $"p = {c.PValue.ToString("0.000", CultureInfo.InvariantCulture)} against {result.Permutations} permuted networks" : string.Empty);
        for (var i = 0; i < c.Criteria.Count; i++)
        {
            var (name, value) = c.Criteria[i];
            var weight = result.Weights.FirstOrDefault(w => w.Key == name);
            table.AddRow(
                weight.Key is null ? $"{Markup.Escape(name)} (gate: multiplies the score)" : $"{Markup.Escape(name)} (weight {weight.Value.ToString("0.00", CultureInfo.InvariantCulture)})",
                Value(value),
                Markup.Escape(c.Explanation[i][(name.Length + 2)..]));
        }

        return table;
    }
}
