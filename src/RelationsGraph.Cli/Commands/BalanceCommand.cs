using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using RelationsGraph.Balance;
using RelationsGraph.Graphs;
using RelationsGraph.Reporting;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph balance</c> and <c>relgraph factions</c>: structural balance of an undirected signed graph.</summary>
internal static class BalanceCommand
{
    public static Command Create()
    {
        var input = new InputOptions();
        var output = new OutputOptions();
        var (strength, method, seed) = FrustrationOptionsFor();
        var command = new Command("balance", "Structural balance: signed triangle census and index, walk balance, frustration index with its two camps (undirected graphs)")
        {
            strength, method, seed,
        };
        input.AddTo(command);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var stdout = parsed.InvocationConfiguration.Output;
            var graph = input.Project(parsed, input.ReadNetwork(parsed));
            var report = BalanceReport.Compute(graph, Options(parsed, strength, method, seed));
            input.Notes(parsed, report.Notes);
            output.Write(parsed, stdout, stream => BalanceFormat.WriteJson(report, stream), text => BalanceFormat.WriteCsv(report, text), () =>
            {
                var census = report.Triangles.Graph;
                var f = report.Frustration;
                var table = Tables.Create("", "value");
                table.AddRow("triangles + + + / + + − / + − − / − − −", $"{census.AllPositive} / {census.OneNegative} / {census.TwoNegative} / {census.AllNegative}");
                table.AddRow("triangle balance", Tables.Number(census.BalanceIndex));
                table.AddRow("walk balance (scaled)", report.Walk is { } w ? $"{Tables.Number(w.Value)} ({Tables.Number(w.Scaled)})" : "-");
                table.AddRow("frustration index", $"{Tables.Number(f.Index)} ({(f.IsExact ? "exact" : "upper bound")})");
                table.AddRow("side A", Markup.Escape(string.Join(", ", f.SideA)));
                table.AddRow("side B", Markup.Escape(string.Join(", ", f.SideB)));
                table.AddRow("frustrated ties", Markup.Escape(string.Join(", ", f.FrustratedEdges.Select(e => $"{e.Source}–{e.Target} ({e.Weight.ToString(CultureInfo.InvariantCulture)})"))));
                return table;
            });
            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateFactions()
    {
        var input = new InputOptions();
        var output = new OutputOptions();
        var defaults = new FactionsOptions();
        var k = new Option<int>("--k") { Description = "Number of factions (at least 2)", HelpName = "K", DefaultValueFactory = _ => defaults.K };
        var alpha = new Option<double>("--alpha") { Description = "Doreian-Mrvar weight of negative ties within factions (positive ties between weigh 1 - A)", HelpName = "A", DefaultValueFactory = _ => defaults.Alpha };
        var strength = new Option<string>("--strength") { Description = "unit (count ties) or abs (weigh them by |w|)", DefaultValueFactory = _ => StrengthName(defaults.Strength) }.AcceptOnlyFromAmong("unit", "abs");
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same factions)", HelpName = "S", DefaultValueFactory = _ => defaults.Seed };
        var command = new Command("factions", "Split an undirected signed graph into K factions: signed spectral start, Doreian-Mrvar local search")
        {
            k, alpha, strength, seed,
        };
        input.AddTo(command);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(k) < 2)
            {
                throw new CliUsageException($"--k must be at least 2, not {parsed.GetValue(k)}");
            }

            if (parsed.GetValue(alpha) is not (>= 0 and <= 1))
            {
                throw new CliUsageException($"--alpha must be in [0, 1], not {parsed.GetValue(alpha).ToString(CultureInfo.InvariantCulture)}");
            }

            var stdout = parsed.InvocationConfiguration.Output;
            var graph = input.Project(parsed, input.ReadNetwork(parsed));
            var result = Factions.Compute(graph, new FactionsOptions
            {
                K = parsed.GetValue(k),
                Alpha = parsed.GetValue(alpha),
                Strength = parsed.GetValue(strength) == "abs" ? TieStrength.Absolute : TieStrength.Unit,
                Seed = parsed.GetValue(seed),
            });
            input.Notes(parsed, result.Notes);
            output.Write(parsed, stdout, stream => BalanceFormat.WriteJson(result, parsed.GetValue(k), stream), text => BalanceFormat.WriteCsv(result, text), () =>
            {
                var table = Tables.Create("faction", "size", "members");
                for (var f = 0; f < result.Factions.Count; f++)
                {
                    table.AddRow((f + 1).ToString(CultureInfo.InvariantCulture), result.Factions[f].Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", result.Factions[f])));
                }

                table.AddRow("criterion", Tables.Number(result.Criterion), $"negative within {Tables.Number(result.NegativeWithin)}, positive between {Tables.Number(result.PositiveBetween)}");
                return table;
            });
            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }

    private static (Option<string> Strength, Option<string> Method, Option<int> Seed) FrustrationOptionsFor()
    {
        var defaults = new FrustrationOptions();
        return (
            new Option<string>("--strength") { Description = "Frustration and walk balance: unit (count ties, ±1) or abs (|w|, signed weights)", DefaultValueFactory = _ => StrengthName(defaults.Strength) }.AcceptOnlyFromAmong("unit", "abs"),
            new Option<string>("--method") { Description = $"Frustration: auto (exact for components up to {defaults.ExactMaxNodes} nodes), exact, or heuristic (local search bound)", DefaultValueFactory = _ => defaults.Method.ToString().ToLowerInvariant() }.AcceptOnlyFromAmong("auto", "exact", "heuristic"),
            new Option<int>("--seed") { Description = "Frustration local search seed (same seed, same result)", HelpName = "S", DefaultValueFactory = _ => defaults.Seed });
    }

    private static string StrengthName(TieStrength strength) => strength == TieStrength.Unit ? "unit" : "abs";

    private static FrustrationOptions Options(ParseResult parsed, Option<string> strength, Option<string> method, Option<int> seed) => new()
    {
        Strength = parsed.GetValue(strength) == "abs" ? TieStrength.Absolute : TieStrength.Unit,
        Method = Enum.Parse<FrustrationMethod>(parsed.GetValue(method)!, ignoreCase: true),
        Seed = parsed.GetValue(seed),
    };
}
