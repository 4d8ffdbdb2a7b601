using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using Spectre.Console;
using RelationsGraph.Brokerage;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.IO;
using RelationsGraph.Loaders;
using RelationsGraph.Mediation;
using RelationsGraph.Metrics;
using RelationsGraph.Paths;
using RelationsGraph.Timelines;
using RelationsGraph.Catalog;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph timeline</c>: a metric or the mediator ranking per year (or month), as a table, JSON, CSV or a PNG line chart.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var input = new InputOptions(defaultDataset: InputOptions.DefaultDataset);
        var output = new OutputOptions();
        var plugins = new PluginOptions();
        var metric = new Option<string?>("--metric") { Description = "A node metric from the catalogue (relgraph metric --list), built in or from a --plugin", HelpName = "NAME" };
        var mediators = new Option<string[]>("--mediators")
        {
            Description = "The mediator ranking between two actors: --mediators A B",
            HelpName = "A B",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var from = new Option<int>("--from") { Description = "First year", HelpName = "YEAR", Required = true };
        var to = new Option<int>("--to") { Description = "Last year", HelpName = "YEAR", Required = true };
        var step = new Option<string>("--step") { Description = "One snapshot per year (1 July) or month (the 15th)", DefaultValueFactory = _ => "year" }.AcceptOnlyFromAmong("year", "month");
        var top = new Option<int>("--top") { Description = "Follow the K actors with the highest value in the last period", HelpName = "K", DefaultValueFactory = _ => 8 };
        var ties = new Option<string?>("--ties") { Description = "Metric: which ties it sees (all, positive, negative)" }.AcceptOnlyFromAmong("all", "positive", "negative");
        var length = new Option<string>("--length") { Description = "Metric: path length (hops, inverse, distance)", DefaultValueFactory = _ => new BetweennessOptions().Length.Name }.AcceptOnlyFromAmong("hops", "inverse", "distance");
        var png = new Option<string?>("--png") { Description = "Also draw a PNG line chart of the followed actors", HelpName = "FILE" };
        var command = new Command("timeline", "A metric or the mediator ranking over time: one snapshot of the network per year or month (default data: world)")
        {
            metric, mediators, from, to, step, top, ties, length, png,
        };
        plugins.AddTo(command);
        input.AddTo(command, dated: false);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var metricName = parsed.GetValue(metric);
            var pair = parsed.GetValue(mediators);
            if ((metricName is null) == (pair is not { Length: 2 }))
            {
                throw new CliUsageException("name one analysis: --metric NAME or --mediators A B");
            }

            if (parsed.GetValue(top) < 1)
            {
                throw new CliUsageException("--top must be at least 1");
            }

            var (firstYear, lastYear) = (parsed.GetValue(from), parsed.GetValue(to));
            if (firstYear > lastYear || firstYear < 1 || lastYear > 9999)
            {
                throw new CliUsageException($"--from/--to: The years must run forward within 1–9999, not {firstYear} to {lastYear}.");
            }

            var periods = Timeline.Periods(firstYear, lastYear, parsed.GetValue(step) == "month" ? PeriodKind.Month : PeriodKind.Year);

            INodeMetric? nodeMetric = null;
            if (metricName is not null)
            {
                var catalog = plugins.Catalog(parsed);
                if (!catalog.TryGet(metricName, out var descriptor) || descriptor.Kind != MetricKind.Node)
                {
                    throw new CliUsageException($"--metric: '{metricName}' is not a node metric in the catalogue (relgraph metric --list)");
                }

                var created = PluginOptions.Create(descriptor, new MetricParameters
                {
                    Ties = parsed.GetValue(ties) is { } t ? Enum.Parse<TieFilter>(t, ignoreCase: true) : null,
                    Length = EdgeLength.Parse(parsed.GetValue(length)!),
                    Extra = plugins.Extra(parsed, descriptor),
                });
                if (created is IBrokerageMetric)
                {
                    throw new CliUsageException($"--metric: {metricName} needs groups, which a timeline does not take; use relgraph metric per snapshot");
                }

                nodeMetric = (INodeMetric)created;
            }

            var network = input.ReadAll(parsed);
            var series = new List<(string Period, IReadOnlyDictionary<string, double> Values, IReadOnlyDictionary<string, int>? Ranks)>();
            string title;
            if (nodeMetric is not null)
            {
                foreach (var point in Timeline.Metric(network, periods, nodeMetric))
                {
                    series.Add((point.Period, point.Result.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal), null));
                }

                title = nodeMetric.Name;
            }
            else
            {
                var conflict = new Conflict([pair![0]], [pair[1]]);
                foreach (var point in Timeline.Mediators(input.NetworkAt(network), periods, conflict, new MediatorOptions { Permutations = 0, StabilityDraws = 0 }))
                {
                    series.Add((point.Period, point.Result.Candidates.ToDictionary(c => c.Id, c => c.Score, StringComparer.Ordinal), point.Result.Candidates.ToDictionary(c => c.Id, c => c.Rank, StringComparer.Ordinal)));
                }

                title = $"mediator score, {conflict.Name}";
            }

            var last = series[^1].Values;
            var followed = last.Where(kv => double.IsFinite(kv.Value)).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(parsed.GetValue(top)).Select(kv => kv.Key).ToList();
            if (parsed.GetValue(png) is { } file)
            {
                ChartOptions.CheckFile(file, "--png");
                Charts.Lines(title, [.. series.Select(s => s.Period)], followed.ToDictionary(id => id, id => series.Select(s => s.Values.TryGetValue(id, out var v) ? v : double.NaN).ToArray()), file, 900, 500);
            }

            var stdout = parsed.InvocationConfiguration.Output;
            output.Write(
                parsed,
                stdout,
                stream => Json(stream, title, periods, series, followed),
                text => Csv(text, series, followed),
                () =>
                {
                    var table = Tables.Create(["id", .. series.Select(s => s.Period)]);
                    foreach (var id in followed)
                    {
                        table.AddRow([Markup.Escape(id), .. series.Select(s => Cell(s.Values, s.Ranks, id))]);
                    }

                    return table;
                });
            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Cell(IReadOnlyDictionary<string, double> values, IReadOnlyDictionary<string, int>? ranks, string id)
    {
        if (!values.TryGetValue(id, out var v) || double.IsNaN(v))
        {
            return "-";
        }

        var text = v.ToString("0.###", CultureInfo.InvariantCulture);
        return ranks is not null && ranks.TryGetValue(id, out var r) ? $"{text} (#{r})" : text;
    }

    private static void Json(Stream stream, string title, IReadOnlyList<(string Period, DateOnly At)> periods, List<(string Period, IReadOnlyDictionary<string, double> Values, IReadOnlyDictionary<string, int>? Ranks)> series, List<string> followed)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("analysis", title);
        json.WriteStartArray("periods");
        foreach (var p in periods)
        {
            json.WriteStringValue(p.Period);
        }

        json.WriteEndArray();
        json.WriteStartArray("dates");
        foreach (var p in periods)
        {
            json.WriteStringValue(p.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteEndArray();
        json.WriteStartObject("series");
        foreach (var id in followed)
        {
            json.WriteStartArray(id);
            foreach (var s in series)
            {
                if (s.Values.TryGetValue(id, out var v) && double.IsFinite(v))
                {
                    json.WriteNumberValue(v);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        if (series[0].Ranks is not null)
        {
            json.WriteStartObject("ranks");
            foreach (var id in followed)
            {
                json.WriteStartArray(id);
                foreach (var s in series)
                {
                    if (s.Ranks!.TryGetValue(id, out var r))
                    {
                        json.WriteNumberValue(r);
                    }
                    else
                    {
                        json.WriteNullValue();
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Csv(TextWriter text, List<(string Period, IReadOnlyDictionary<string, double> Values, IReadOnlyDictionary<string, int>? Ranks)> series, List<string> followed)
    {
        var ranked = series[0].Ranks is not null;
        using var csv = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true }).To(text, leaveOpen: true);
        string[] header = ranked ? ["period", "id", "value", "rank"] : ["period", "id", "value"];
        csv.Header.Add(header);
        foreach (var s in series)
        {
            foreach (var id in followed)
            {
                using var row = csv.NewRow();
                row["period"].Set(s.Period);
                row["id"].Set(SpreadsheetText.Protect(id));
                row["value"].Set(s.Values.TryGetValue(id, out var v) && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
                if (ranked)
                {
                    row["rank"].Set(s.Ranks!.TryGetValue(id, out var r) ? r.ToString(CultureInfo.InvariantCulture) : string.Empty);
                }
            }
        }
    }
}
