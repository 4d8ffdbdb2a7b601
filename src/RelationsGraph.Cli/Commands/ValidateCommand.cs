using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using RelationsGraph.Mediation;
using RelationsGraph.Model;

namespace RelationsGraph.Cli.Commands;

/// <summary>
/// <c>relgraph validate --record FILE</c>: the mediator ranking measured on a record of real mediations — each conflict
/// at 1 July of its first and last year: mediators in the top 10, AUC, partisans in the top 10; <c>--loo</c> adds
/// leave-one-conflict-out weights.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var input = new InputOptions(defaultDataset: InputOptions.DefaultDataset);
        var output = new OutputOptions();
        var record = new Option<string>("--record") { Description = "The mediation record (JSON: conflicts with a, b, years, mediators, partisans)", HelpName = "FILE", Required = true };
        var profile = ConflictOptions.ProfileOption();
        var weights = new Option<string?>("--weights") { Description = "Criterion weights, e.g. leverage=0.5,proximity=0 (others keep the profile's)", HelpName = "NAME=W,..." };
        var loo = new Option<bool>("--loo") { Description = "Also leave-one-conflict-out: weights fitted on the other conflicts (grid step 0.1), measured on the one left out" };
        var command = new Command("validate", "Measure the mediator ranking on a record of real mediations: mediators in the top 10, AUC, partisans in the top 10")
        {
            record, profile, weights, loo,
        };
        input.AddTo(command, dated: false);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(record)!;
            if (!File.Exists(path))
            {
                throw new CliUsageException($"cannot read '{path}': file not found");
            }

            var data = MediationRecord.Load(path);
            var network = input.ReadAll(parsed);
            Func<DateOnly, RelationsNetwork> at = input.NetworkAt(network);
            var criteria = MediatorsCommand.Weights(MediatorProfiles.Get(parsed.GetValue(profile)!), parsed.GetValue(weights));
            var result = MediatorValidation.Run(data, at, criteria);
            var folds = parsed.GetValue(loo) ? MediatorValidation.LeaveOneConflictOut(data, at, criteria) : default;
            var stdout = parsed.InvocationConfiguration.Output;
            output.Write(
                parsed,
                stdout,
                stream => WriteJson(stream, parsed.GetValue(profile)!, result, folds.Folds, folds.FittedOnAll),
                text => WriteCsv(text, result),
                () => Table(result, folds.Folds, folds.FittedOnAll));
            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string N(double v, string format = "0.00") => double.IsNaN(v) ? "-" : v.ToString(format, CultureInfo.InvariantCulture);

    private static string Ranks(ValidationCase c) => string.Join(" ", c.MediatorRanks.Select(kv => $"{kv.Key}:{(kv.Value == 0 ? "-" : kv.Value.ToString(CultureInfo.InvariantCulture))}"));

    private static Table Table(MediatorValidationResult result, IReadOnlyList<LeaveOneOutFold>? folds, IReadOnlyList<KeyValuePair<string, double>>? fitted)
    {
        var table = Tables.Create("conflict", "date", "candidates", "mediator ranks", "in top 10", "AUC", "partisans in top 10");
        foreach (var c in result.Cases)
        {
            table.AddRow(
                Markup.Escape($"{c.Conflict.A}–{c.Conflict.B}"),
                c.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.Candidates.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(c.Problem ?? Ranks(c)),
                $"{c.InTop.ToString(CultureInfo.InvariantCulture)}/{c.MediatorRanks.Count.ToString(CultureInfo.InvariantCulture)}",
                N(c.Auc),
                c.PartisansInTop.Count == 0 ? "none" : Markup.Escape(string.Join(", ", c.PartisansInTop)));
        }

        table.AddRow(
            "overall",
            string.Empty,
            string.Empty,
            $"weights {Markup.Escape(string.Join(", ", result.Weights.Select(w => $"{w.Key} {N(w.Value)}")))}",
            N(result.MediatorsInTopShare, "0%"),
            N(result.MeanAuc),
            result.PartisansInTop.ToString(CultureInfo.InvariantCulture));
        if (folds is not null)
        {
            foreach (var f in folds)
            {
                var listed = f.Fitted.Sum(c => c.MediatorRanks.Count);
                table.AddRow(
                    Markup.Escape($"LOO {f.Conflict.A}–{f.Conflict.B}"),
                    string.Empty,
                    string.Empty,
                    Markup.Escape(string.Join(", ", f.FittedWeights.Where(w => w.Value > 0).Select(w => $"{w.Key} {N(w.Value)}"))),
                    $"{f.Fitted.Sum(c => c.InTop).ToString(CultureInfo.InvariantCulture)}/{listed.ToString(CultureInfo.InvariantCulture)} (profile {f.Profile.Sum(c => c.InTop).ToString(CultureInfo.InvariantCulture)})",
                    $"{N(Mean(f.Fitted))} (profile {N(Mean(f.Profile))})",
                    $"{f.Fitted.Sum(c => c.PartisansInTop.Count).ToString(CultureInfo.InvariantCulture)} (profile {f.Profile.Sum(c => c.PartisansInTop.Count).ToString(CultureInfo.InvariantCulture)})");
            }

            table.AddRow("fitted on all", string.Empty, string.Empty, Markup.Escape(string.Join(", ", fitted!.Where(w => w.Value > 0).Select(w => $"{w.Key} {N(w.Value)}"))), string.Empty, string.Empty, string.Empty);
        }

        return table;
    }

    private static double Mean(IEnumerable<ValidationCase> cases) => cases.Where(c => !double.IsNaN(c.Auc)).Select(c => c.Auc).DefaultIfEmpty(double.NaN).Average();

    private static void WriteCsv(TextWriter text, MediatorValidationResult result)
    {
        text.WriteLine("a,b,date,candidates,mediators,in_top,auc,partisans_in_top,problem");
        foreach (var c in result.Cases)
        {
            text.WriteLine(string.Join(',', c.Conflict.A, c.Conflict.B, c.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Candidates.ToString(CultureInfo.InvariantCulture), Ranks(c), c.InTop.ToString(CultureInfo.InvariantCulture), double.IsNaN(c.Auc) ? string.Empty : c.Auc.ToString("R", CultureInfo.InvariantCulture), string.Join(' ', c.PartisansInTop), c.Problem is null ? string.Empty : "\"" + c.Problem.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        }
    }

    private static void WriteJson(Stream stream, string profile, MediatorValidationResult result, IReadOnlyList<LeaveOneOutFold>? folds, IReadOnlyList<KeyValuePair<string, double>>? fitted)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("profile", profile);
        json.WriteNumber("top", result.Top);
        Weights(json, "weights", result.Weights);
        json.WriteStartArray("cases");
        foreach (var c in result.Cases)
        {
            Case(json, c);
        }

        json.WriteEndArray();
        json.WriteStartObject("overall");
        Number(json, "mediators_in_top_share", result.MediatorsInTopShare);
        Number(json, "mean_auc", result.MeanAuc);
        json.WriteNumber("partisans_in_top", result.PartisansInTop);
        json.WriteNumber("unrepresentable", result.Unrepresentable);
        json.WriteEndObject();
        if (folds is not null)
        {
            json.WriteStartArray("leave_one_out");
            foreach (var f in folds)
            {
                json.WriteStartObject();
                json.WriteString("conflict", f.Conflict.Name);
                Weights(json, "fitted_weights", f.FittedWeights);
                json.WriteStartArray("fitted");
                foreach (var c in f.Fitted)
                {
                    Case(json, c);
                }

                json.WriteEndArray();
                json.WriteStartArray("profile");
                foreach (var c in f.Profile)
                {
                    Case(json, c);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Weights(json, "fitted_on_all", fitted!);
        }

        json.WriteEndObject();
    }

    private static void Case(Utf8JsonWriter json, ValidationCase c)
    {
        json.WriteStartObject();
        json.WriteString("a", c.Conflict.A);
        json.WriteString("b", c.Conflict.B);
        json.WriteString("at", c.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("candidates", c.Candidates);
        json.WriteStartObject("mediator_ranks");
        foreach (var (id, rank) in c.MediatorRanks)
        {
            if (rank == 0)
            {
                json.WriteNull(id);
            }
            else
            {
                json.WriteNumber(id, rank);
            }
        }

        json.WriteEndObject();
        json.WriteNumber("in_top", c.InTop);
        Number(json, "auc", c.Auc);
        json.WriteStartArray("partisans_in_top");
        foreach (var p in c.PartisansInTop)
        {
            json.WriteStringValue(p);
        }

        json.WriteEndArray();
        if (c.Problem is null)
        {
            json.WriteNull("problem");
        }
        else
        {
            json.WriteString("problem", c.Problem);
        }

        json.WriteEndObject();
    }

    private static void Weights(Utf8JsonWriter json, string name, IReadOnlyList<KeyValuePair<string, double>> weights)
    {
        json.WriteStartObject(name);
        foreach (var (k, v) in weights)
        {
            json.WriteNumber(k, Math.Round(v, 6));
        }

        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }
}
