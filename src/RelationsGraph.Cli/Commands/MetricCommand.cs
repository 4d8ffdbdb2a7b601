using System.CommandLine;
using Spectre.Console;
using RelationsGraph.Brokerage;
using RelationsGraph.Centrality;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;
using RelationsGraph.Metrics;
using RelationsGraph.Catalog;
using RelationsGraph.Reporting;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph metric NAME</c>: runs any catalogued metric (built-in or from a <c>--plugin</c>) and prints its scores.</summary>
internal static class MetricCommand
{
    public static Command Create(bool plot = false)
    {
        var input = new InputOptions();
        var output = new OutputOptions();
        var chart = new ChartOptions();
        var name = new Argument<string?>("NAME") { Description = "The metric (see --list)", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List the metrics in the catalogue and exit" };
        var plugins = new PluginOptions();
        var ties = Choice("--ties", "Which ties the metric sees: all, positive or negative [default: all; positive with --adversaries]", null, "all", "positive", "negative");
        var mode = Choice("--mode", "Directed graphs: all (in + out), out or in [default: all for degree/strength, in for closeness/harmonic]", null, "all", "out", "in");
        var strength = Choice("--strength", "Strength-based metrics: abs (|w|) or unit (1 per tie) [default: abs; unit for frustration]", null, "abs", "unit");
        var length = Choice("--length", "Path metrics: hops (1 per tie), inverse (1/|w|: stronger is shorter) or distance (|w|, igraph/networkx weights)", new BetweennessOptions().Length.Name, "hops", "inverse", "distance");
        var normalized = new Option<bool>("--normalized") { Description = "Normalize (betweenness: networkx's factors; harmonic: divide by n-1)" };
        var endpoints = new Option<bool>("--endpoints") { Description = "Betweenness: count path endpoints (networkx's endpoints)" };
        var cutoff = new Option<double?>("--cutoff") { Description = "Path metrics: only paths of length at most X (inclusive, igraph's cutoff)", HelpName = "X" };
        var sources = new Option<string?>("--sources") { Description = "Betweenness: only paths from these actors (comma-separated ids)", HelpName = "IDS" };
        var targets = new Option<string?>("--targets") { Description = "Betweenness: only paths to these actors (comma-separated ids)", HelpName = "IDS" };
        var adversaries = new Option<bool>("--adversaries") { Description = "Betweenness: only pairs joined by a negative tie; paths over positive ties unless --ties says otherwise" };
        var approx = new Option<double?>("--approx") { Description = "Betweenness: estimate by sampling, every score within EPS (normalized by n(n-1)) with probability 1-D", HelpName = "EPS" };
        var delta = new Option<double>("--delta") { Description = "With --approx: failure probability D", HelpName = "D", DefaultValueFactory = _ => new BetweennessApproximation(Epsilon: 0.5).Delta };
        var seed = new Option<int>("--seed") { Description = "Random seed of --approx and of signed-brokerage's permutations (same seed, same result)", HelpName = "S", DefaultValueFactory = _ => 0 };
        var groupColumn = new Option<string?>("--group-column") { Description = "Brokerage: the nodes-file column (or GraphML node data) holding each node's group", HelpName = "COL" };
        var permutations = new Option<int>("--permutations") { Description = "signed-brokerage: sign permutations of the null model (0: raw counts only)", HelpName = "R", DefaultValueFactory = _ => new SignedBrokerageOptions().Permutations };
        var convention = Choice("--convention", "Closeness: networkx (Wasserman-Faust) or igraph (reachable nodes only)", "networkx", "networkx", "igraph");
        var force = new Option<bool>("--force") { Description = "Path metrics: run an exact computation even when its estimated time is absurd (over 6 hours)" };
        var top = new Option<int?>("--top") { Description = "Table output: show only the K best (ranked, ties broken by id)", HelpName = "K" };
        var command = new Command("metric", plot
            ? "PNG: bars of a node metric's best scores (--top, default 20)"
            : "Compute a node or edge metric from the catalogue (relgraph metric --list)")
        {
            name, list, ties, mode, strength, length, normalized, endpoints, cutoff, sources, targets, adversaries, approx, delta, seed, groupColumn, permutations, convention, force, top,
        };
        plugins.AddTo(command);
        input.AddTo(command);
        if (plot)
        {
            chart.AddTo(command);
        }
        else
        {
            output.AddTo(command);
        }

        command.SetAction(parsed =>
        {
            var stdout = parsed.InvocationConfiguration.Output;
            var catalog = plugins.Catalog(parsed);

            if (parsed.GetValue(list))
            {
                var table = Tables.Create("metric", "kind", "description");
                foreach (var d in catalog.Descriptors)
                {
                    table.AddRow(Markup.Escape(d.Name), d.Kind.ToString().ToLowerInvariant(), Markup.Escape(PluginOptions.Describe(d)));
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

            if (parsed.GetValue(cutoff) is { } c && !(c >= 0))
            {
                throw new CliUsageException($"--cutoff must be a length of zero or more, not {c}");
            }

            BetweennessApproximation? approximation = null;
            if (parsed.GetValue(approx) is { } epsilon)
            {
                var d = parsed.GetValue(delta);
                if (!(epsilon > 0 && epsilon < 1) || !(d > 0 && d < 1))
                {
                    throw new CliUsageException($"--approx and --delta must be in (0, 1), not {epsilon} and {d}");
                }

                approximation = new BetweennessApproximation(epsilon, d, parsed.GetValue(seed));
            }

            if (parsed.GetValue(permutations) < 0)
            {
                throw new CliUsageException("--permutations must not be negative");
            }

            var parameters = new MetricParameters
            {
                Ties = parsed.GetValue(ties) is { } t ? Enum.Parse<TieFilter>(t, ignoreCase: true) : null,
                Mode = parsed.GetValue(mode) is { } m ? Enum.Parse<NeighborMode>(m, ignoreCase: true) : null,
                Strength = parsed.GetValue(strength) switch { "unit" => TieStrength.Unit, "abs" => TieStrength.Absolute, _ => null },
                Length = EdgeLength.Parse(parsed.GetValue(length)!),
                Cutoff = parsed.GetValue(cutoff),
                Normalized = parsed.GetValue(normalized),
                Endpoints = parsed.GetValue(endpoints),
                Sources = Ids(parsed.GetValue(sources), "--sources"),
                Targets = Ids(parsed.GetValue(targets), "--targets"),
                Adversaries = parsed.GetValue(adversaries),
                Approximation = approximation,
                Convention = parsed.GetValue(convention) == "igraph" ? ClosenessConvention.IGraph : ClosenessConvention.NetworkX,
                Permutations = parsed.GetValue(permutations),
                Seed = parsed.GetValue(seed),
                Force = parsed.GetValue(force),
                Extra = plugins.Extra(parsed, descriptor),
            };
            var metric = PluginOptions.Create(descriptor, parameters);
            var column = parsed.GetValue(groupColumn);
            if (column is null && metric is IBrokerageMetric)
            {
                throw new CliUsageException($"{metricName} needs --group-column COL: the nodes-file column with each node's group");
            }

            // Plain CSV files (nothing dated, attributed beyond a group column, or worth a note) go straight into the
            // graph; anything else takes the long road through the relations model, which says what is wrong.
            var graph = input.TryReadPlainGraph(parsed, column, out var plainGroups);
            if (graph is not null && plainGroups is not null)
            {
                metric = PluginOptions.Create(descriptor, parameters with { Groups = plainGroups });
            }
            else if (graph is null)
            {
                var network = input.ReadNetwork(parsed);
                if (column is not null)
                {
                    if (!input.HasNodeAttributes(parsed))
                    {
                        throw new CliUsageException("--group-column reads a column of the nodes file: give --nodes FILE (or GraphML with node data)");
                    }

                    metric = PluginOptions.Create(descriptor, parameters with { Groups = NodeGroups.FromAttribute(network, column, input.NodesSource(parsed)) });
                }

                graph = input.Project(parsed, network);
            }
            if (plot)
            {
                var scores = metric switch
                {
                    IBrokerageMetric b => b.Analyze(graph).ToNodeScores(),
                    INodeMetric n when descriptor.Kind == MetricKind.Node => n.Compute(graph),
                    _ => throw new CliUsageException($"plot metric draws node metrics; '{metricName}' is an edge metric"),
                };
                input.Notes(parsed, scores.Notes);
                chart.Write(parsed, file => Charts.Scores(scores, parsed.GetValue(top) ?? 20, file, chart.Width(parsed), chart.Height(parsed)));
                input.FlushNotes(parsed.InvocationConfiguration.Error);
                return ExitCodes.Success;
            }

            switch (metric)
            {
                case IBrokerageMetric brokerage when descriptor.Kind == MetricKind.Node:
                    var roles = brokerage.Analyze(graph);
                    input.Notes(parsed, roles.Notes);
                    WriteBrokerage(parsed, output, stdout, roles, parsed.GetValue(top));
                    break;
                case INodeMetric node when descriptor.Kind == MetricKind.Node:
                    var nodeScores = node.Compute(graph);
                    input.Notes(parsed, nodeScores.Notes);
                    WriteNodeScores(parsed, output, stdout, nodeScores, parsed.GetValue(top));
                    break;
                case IEdgeMetric edge when descriptor.Kind == MetricKind.Edge:
                    var edgeScores = edge.Compute(graph);
                    input.Notes(parsed, edgeScores.Notes);
                    WriteEdgeScores(parsed, output, stdout, edgeScores, parsed.GetValue(top));
                    break;
                default:
                    throw new InvalidOperationException($"The catalogue entry '{descriptor.Name}' created a {metric.GetType().Name}, not a {descriptor.Kind.ToString().ToLowerInvariant()} metric.");
            }

            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteBrokerage(ParseResult parsed, OutputOptions output, TextWriter stdout, BrokerageResult result, int? top) =>
        output.WriteStreamed(parsed, stdout, stream => ScoresFormat.WriteJson(result, stream), text => ScoresFormat.WriteCsv(result, text), () =>
        {
            var columns = new List<string> { "rank", "id", "group" };
            columns.AddRange(Enum.GetValues<BrokerageRole>().Select(r => r.ToString().ToLowerInvariant()));
            columns.Add("total z");
            if (result.HasPValues)
            {
                columns.Add("total p");
            }

            var table = Tables.Create([.. columns]);
            var ranking = result.ToNodeScores();
            foreach (var r in top is { } k ? ranking.Top(k) : ranking.Ranking())
            {
                var cells = new List<string> { Rank(r.Rank), Markup.Escape(r.Id), Markup.Escape(result.GroupOf(r.Id)) };
                cells.AddRange(Enum.GetValues<BrokerageRole>().Select(role => Tables.Number(result[r.Id, role].Raw)));
                cells.Add(Tables.Number(result[r.Id, BrokerageRole.Total].Z));
                if (result.HasPValues)
                {
                    cells.Add(Tables.Number(result[r.Id, BrokerageRole.Total].PValue));
                }

                table.AddRow([.. cells]);
            }

            return table;
        });

    private static Option<string?> Choice(string name, string description, string? fallback, params string[] values)
    {
        var option = new Option<string?>(name) { Description = description };
        if (fallback is not null)
        {
            option.DefaultValueFactory = _ => fallback;
        }

        return option.AcceptOnlyFromAmong(values);
    }

    private static string[]? Ids(string? list, string option)
    {
        if (list is null)
        {
            return null;
        }

        var ids = list.Split(',');
        if (ids.Any(id => id.Length == 0))
        {
            throw new CliUsageException($"{option}: empty id in '{list}' (comma-separated ids, no spaces)");
        }

        return ids;
    }

    private static void WriteNodeScores(ParseResult parsed, OutputOptions output, TextWriter stdout, NodeScores scores, int? top) =>
        output.WriteStreamed(parsed, stdout, stream => ScoresFormat.WriteJson(scores, stream), text => ScoresFormat.WriteCsv(scores, text), () =>
        {
            var table = Tables.Create("rank", "id", scores.Metric);
            foreach (var r in top is { } k ? scores.Top(k) : scores.Ranking())
            {
                table.AddRow(Rank(r.Rank), Markup.Escape(r.Id), Tables.Number(r.Score));
            }

            return table;
        });

    private static void WriteEdgeScores(ParseResult parsed, OutputOptions output, TextWriter stdout, EdgeScores scores, int? top) =>
        output.WriteStreamed(parsed, stdout, stream => ScoresFormat.WriteJson(scores, stream), text => ScoresFormat.WriteCsv(scores, text), () =>
        {
            var table = Tables.Create("rank", "source", "target", scores.Metric);
            foreach (var r in top is { } k ? scores.Top(k) : scores.Ranking())
            {
                table.AddRow(Rank(r.Rank), Markup.Escape(r.Source), Markup.Escape(r.Target), Tables.Number(r.Value));
            }

            return table;
        });

    private static string Rank(int rank) => rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
