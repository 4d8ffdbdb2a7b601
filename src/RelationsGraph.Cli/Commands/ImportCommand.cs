using System.CommandLine;
using System.Text;
using RelationsGraph.Loaders;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph import gdelt|icews|unga|atop|cow FILE...</c>: event, UN-vote and alliance data into the edges CSV, per period.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("SOURCE") { Description = "gdelt (1.0 or 2.0 events), icews (events), unga (Voeten's dyadic agreement), atop or cow (alliance dyad-years)" };
        source.AcceptOnlyFromAmong("gdelt", "icews", "unga", "atop", "cow");
        var files = new Argument<string[]>("FILE") { Description = "Input files (.gz allowed), read in order", Arity = ArgumentArity.OneOrMore };
        var period = new Option<string>("--period") { Description = "Group rows by year, month or all", DefaultValueFactory = _ => "year" }.AcceptOnlyFromAmong("year", "month", "all");
        var outEdges = new Option<string>("--out-edges") { Description = "The edges CSV to write: source,target,weight,period,count[,quad1..quad4],kind,directed,start,end", HelpName = "FILE", Required = true };
        var outNodes = new Option<string?>("--out-nodes") { Description = "Also write a nodes CSV (id,kind) of every country in the edges", HelpName = "FILE" };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first malformed row (exit code 2) instead of skipping and reporting it" };
        var directed = new Option<bool>("--directed") { Description = "Aggregate ordered dyads (source -> target) instead of unordered pairs" };
        var quiet = new Option<bool>("--quiet") { Description = "Do not print the report on stderr" };
        var command = new Command("import", "Turn event (GDELT, ICEWS), UN General Assembly agreement or alliance (ATOP, COW) files into signed ties per period")
        {
            source, files, period, outEdges, outNodes, strict, directed, quiet,
        };
        command.SetAction(parsed =>
        {
            var options = new LoaderOptions
            {
                Period = Enum.Parse<PeriodKind>(parsed.GetValue(period)!, ignoreCase: true),
                Strict = parsed.GetValue(strict),
                Directed = parsed.GetValue(directed),
            };
            var inputs = parsed.GetValue(files)!;
            foreach (var file in inputs)
            {
                if (!File.Exists(file))
                {
                    throw new CliUsageException($"cannot read '{file}': file not found");
                }
            }

            // Rows read so far on a terminal (the loaders report every 100,000 rows).
            var stderr = parsed.InvocationConfiguration.Error;
            var interactive = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error) && !parsed.GetValue(quiet);
            var progress = interactive ? new SynchronousProgress(rows => stderr.Write($"\r{rows:N0} rows read")) : null;
            var table = parsed.GetValue(source) switch
            {
                "gdelt" => EventLoader.Load(inputs, EventFormat.Gdelt, options, progress),
                "icews" => EventLoader.Load(inputs, EventFormat.Icews, options, progress),
                "atop" => AllianceLoader.Load(inputs, AllianceFormat.Atop, options),
                "cow" => AllianceLoader.Load(inputs, AllianceFormat.Cow, options),
                _ => UngaLoader.Load(inputs, options),
            };
            using (var writer = new StreamWriter(parsed.GetValue(outEdges)!, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                table.WriteCsv(writer);
            }

            if (parsed.GetValue(outNodes) is { } nodesFile)
            {
                using var writer = new StreamWriter(nodesFile, false, new UTF8Encoding(false)) { NewLine = "\n" };
                writer.WriteLine("id,kind");
                foreach (var id in table.Dyads.SelectMany(d => new[] { d.Source, d.Target }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    writer.WriteLine($"{id},state");
                }
            }

            if (interactive)
            {
                stderr.Write("\r");
            }

            if (!parsed.GetValue(quiet))
            {
                foreach (var line in table.Report.Describe())
                {
                    stderr.WriteLine($"note: {line}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
