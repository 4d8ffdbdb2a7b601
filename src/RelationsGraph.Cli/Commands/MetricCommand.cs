using System.CommandLine;
using System.Runtime.Loader;
using Spectre.Console;
using RelationsGraph.Graphs;
using RelationsGraph.IO;
using RelationsGraph.Metrics;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph metric NAME</c>: runs any catalogued metric (built-in or from a <c>--plugin</c>) and prints its scores.</summary>
internal static class MetricCommand
{
    public static Command Create()
    {
        var input = new InputOptions();
        var output = new OutputOptions();
        var name = new Argument<string?>("NAME") { Description = "The metric (see --list)", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List the metrics in the catalogue and exit" };
        var plugins = new Option<FileInfo[]>("--plugin")
        {
            Description = "Load metrics from an assembly implementing RelationsGraph.Metrics.IMetricPlugin (repeatable)",
            HelpName = "DLL",
            DefaultValueFactory = _ => [],
        };
        var ties = Choice("--ties", "Which ties the metric sees: all, positive or negative", "all", "all", "positive", "negative");
        var mode = Choice("--mode", "Directed graphs: count all (in + out), out or in ties", "all", "all", "out", "in");
        var strength = Choice("--strength", "Strength-based metrics: abs (|w|) or unit (1 per tie)", "abs", "abs", "unit");
        var top = new Option<int?>("--top") { Description = "Table output: show only the K best (ranked, ties broken by id)", HelpName = "K" };
        var command = new Command("metric", "Compute a node or edge metric from the catalogue (relgraph metric --list)") { name, list, plugins, ties, mode, strength, top };
        input.AddTo(command);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var stdout = parsed.InvocationConfiguration.Output;
            var stderr = parsed.InvocationConfiguration.Error;
            var catalog = MetricCatalog.CreateDefault();
            foreach (var plugin in parsed.GetValue(plugins)!)
            {
                LoadPlugin(plugin, catalog);
            }

            if (parsed.GetValue(list))
            {
                var table = Tables.Create("metric", "kind", "description");
                foreach (var d in catalog.Descriptors)
                {
                    table.AddRow(Markup.Escape(d.Name), d.Kind.ToString().ToLowerInvariant(), Markup.Escape(d.Description));
                }

                Tables.Render(stdout, table);
                return ExitCodes.Success;
            }

            var metricName = parsed.GetValue(name) ?? throw new CliUsageException("name a metric (relgraph metric --list shows them)");
            if (!catalog.TryGet(metricName, out var descriptor))
            {
                throw new CliUsageException($"unknown metric '{metricName}'; known: {string.Join(", ", catalog.Names)}");
            }

            if (parsed.GetValue(top) is < 0)
            {
                throw new CliUsageException("--top must not be negative");
            }

            var parameters = new MetricParameters
            {
                Ties = Enum.Parse<TieFilter>(parsed.GetValue(ties)!, ignoreCase: true),
                Mode = Enum.Parse<NeighborMode>(parsed.GetValue(mode)!, ignoreCase: true),
                Strength = parsed.GetValue(strength) == "unit" ? TieStrength.Unit : TieStrength.Absolute,
            };
            var network = input.ReadNetwork(parsed, stderr);
            var graph = input.Project(parsed, network, stderr);
            var metric = descriptor.Create(parameters);
            switch (metric)
            {
                case INodeMetric node when descriptor.Kind == MetricKind.Node:
                    WriteNodeScores(parsed, output, stdout, node.Compute(graph), parsed.GetValue(top));
                    break;
                case IEdgeMetric edge when descriptor.Kind == MetricKind.Edge:
                    WriteEdgeScores(parsed, output, stdout, edge.Compute(graph), parsed.GetValue(top));
                    break;
                default:
                    throw new InvalidOperationException($"The catalogue entry '{descriptor.Name}' created a {metric.GetType().Name}, not a {descriptor.Kind.ToString().ToLowerInvariant()} metric.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> Choice(string name, string description, string fallback, params string[] values) =>
        new Option<string>(name) { Description = description, DefaultValueFactory = _ => fallback }.AcceptOnlyFromAmong(values);

    private static void WriteNodeScores(ParseResult parsed, OutputOptions output, TextWriter stdout, NodeScores scores, int? top) =>
        WriteScores(parsed, output, stdout, stream => ScoresFormat.WriteJson(scores, stream), text => ScoresFormat.WriteCsv(scores, text), () =>
        {
            var table = Tables.Create("rank", "id", scores.Metric);
            foreach (var r in top is { } k ? scores.Top(k) : scores.Ranking())
            {
                table.AddRow(Rank(r.Rank), Markup.Escape(r.Id), Tables.Number(r.Score));
            }

            return table;
        });

    private static void WriteEdgeScores(ParseResult parsed, OutputOptions output, TextWriter stdout, EdgeScores scores, int? top) =>
        WriteScores(parsed, output, stdout, stream => ScoresFormat.WriteJson(scores, stream), text => ScoresFormat.WriteCsv(scores, text), () =>
        {
            var table = Tables.Create("rank", "source", "target", scores.Metric);
            foreach (var r in top is { } k ? scores.Top(k) : scores.Ranking())
            {
                table.AddRow(Rank(r.Rank), Markup.Escape(r.Source), Markup.Escape(r.Target), Tables.Number(r.Value));
            }

            return table;
        });

    private static void WriteScores(ParseResult parsed, OutputOptions output, TextWriter stdout, Action<Stream> json, Action<TextWriter> csv, Func<Table> table)
    {
        output.Write(parsed, stdout, (stream, text) =>
        {
            switch (output.Format(parsed))
            {
                case "json":
                    json(stream);
                    stream.WriteByte((byte)'\n');
                    break;
                case "csv":
                    csv(text);
                    break;
                default:
                    text.Flush();
                    Tables.Render(text, table());
                    break;
            }
        });
    }

    private static string Rank(int rank) => rank.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void LoadPlugin(FileInfo file, MetricCatalog catalog)
    {
        if (!file.Exists)
        {
            throw new CliUsageException($"plugin '{file.FullName}' not found");
        }

        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(file.FullName);
        var found = 0;
        foreach (var type in assembly.GetExportedTypes())
        {
            if (type is { IsAbstract: false, IsClass: true } && typeof(IMetricPlugin).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is { } ctor)
            {
                ((IMetricPlugin)ctor.Invoke(null)).Register(catalog);
                found++;
            }
        }

        if (found == 0)
        {
            throw new CliUsageException($"plugin '{file.Name}' has no public IMetricPlugin with a parameterless constructor");
        }
    }
}
