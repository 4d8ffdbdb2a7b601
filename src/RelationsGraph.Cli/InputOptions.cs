using System.CommandLine;
using RelationsGraph.Graphs;
using RelationsGraph.IO;
using RelationsGraph.Model;

namespace RelationsGraph.Cli;

/// <summary>The options of every command that reads a graph (<c>--dataset</c>, <c>--edges</c>, <c>--nodes</c>, <c>--graphml</c>, <c>--directed</c>, <c>--self-loops</c>).</summary>
internal sealed class InputOptions
{
    private readonly Option<string?> edges = new("--edges") { Description = "Edges CSV: source,target[,weight,kind,start,end,directed,ref,...]", HelpName = "FILE" };
    private readonly Option<string?> nodes = new("--nodes") { Description = "Nodes CSV: id[,name,kind,ccode,...]; every edge endpoint must be listed", HelpName = "FILE" };
    private readonly Option<string?> graphml = new("--graphml") { Description = "GraphML file instead of CSV (DTDs and external entities are never resolved)", HelpName = "FILE" };
    private readonly Option<string?> dataset = new("--dataset") { Description = "An embedded dataset instead of files (world, world-2023)", HelpName = "NAME" };
    private readonly string? defaultDataset;
    private readonly Option<bool> directed = new("--directed") { Description = "Treat edges as directed (default undirected)" };
    private readonly Option<string> selfLoops = new Option<string>("--self-loops")
    {
        Description = "Self-loops: reject (exit code 2) or drop them with a note on stderr",
        DefaultValueFactory = _ => "reject",
    }.AcceptOnlyFromAmong("reject", "drop");

    private readonly Option<string?> at = new("--at")
    {
        Description = "Analysis date yyyy-MM-dd: the relations valid on that day (default: the data's last date, said in a note; 'all' sums every year)",
        HelpName = "DATE",
    };

    private readonly Option<string> aggregate = new Option<string>("--aggregate")
    {
        Description = "Parallel relations between two actors: sum, mean, min, max, or hostility (any hostile relation makes the tie negative)",
        HelpName = "RULE",
        DefaultValueFactory = _ => "sum",
    }.AcceptOnlyFromAmong("sum", "mean", "min", "max", "hostility");

    private readonly List<string> pendingNotes = [];

    /// <summary>The embedded dataset read last, if the input was one (its attributes have a time dimension).</summary>
    private RelationsGraph.Data.Dataset? loaded;

    private readonly Option<bool> quiet = new("--quiet") { Description = "Do not print notes (dropped self-loops, duplicate rows, merged edges) on stderr" };

    /// <summary>The embedded dataset commands read when no input is named.</summary>
    public const string DefaultDataset = "world";

    /// <summary>Creates the options; <paramref name="defaultDataset"/> is read when no input is named.</summary>
    public InputOptions(string? defaultDataset = null) => this.defaultDataset = defaultDataset;

    /// <summary>Adds the options to a command; <paramref name="dated"/>: also <c>--at</c> and <c>--aggregate</c>.</summary>
    public void AddTo(Command command, bool dated = true)
    {
        if (dated)
        {
            command.Add(at);
            command.Add(aggregate);
        }

        command.Add(dataset);
        command.Add(edges);
        command.Add(nodes);
        command.Add(graphml);
        command.Add(directed);
        command.Add(selfLoops);
        command.Add(quiet);
    }

    /// <summary>Keeps notes for <see cref="FlushNotes"/> unless --quiet.</summary>
    public void Notes(ParseResult parsed, IEnumerable<string> notes)
    {
        if (!parsed.GetValue(quiet))
        {
            pendingNotes.AddRange(notes);
        }
    }

    /// <summary>
    /// Prints the notes kept so far (at most five, then a count) on stderr. Commands call it once they have
    /// succeeded, so a failing command prints its one error line and nothing else.
    /// </summary>
    public void FlushNotes(TextWriter stderr)
    {
        const int Shown = 5;
        for (var i = 0; i < Math.Min(Shown, pendingNotes.Count); i++)
        {
            stderr.WriteLine($"note: {pendingNotes[i]}");
        }

        if (pendingNotes.Count > Shown)
        {
            stderr.WriteLine($"note: ... and {pendingNotes.Count - Shown} more");
        }

        pendingNotes.Clear();
    }

    /// <summary>Whether the input can carry node attributes (a nodes file or GraphML).</summary>
    public bool HasNodeAttributes(ParseResult parsed) => parsed.GetValue(nodes) is not null || parsed.GetValue(graphml) is not null || parsed.GetValue(dataset) is not null;

    /// <summary>The file node attributes come from (the nodes file or the GraphML file), for messages.</summary>
    public string? NodesSource(ParseResult parsed) => parsed.GetValue(nodes) ?? parsed.GetValue(graphml) ?? parsed.GetValue(dataset);

    /// <summary>
    /// Reads the network named on the command line at the analysis date: <c>--at DATE</c>, or the data's last date when
    /// the data are dated (with a note), or every relation with <c>--at all</c> or undated data.
    /// </summary>
    public RelationsNetwork ReadNetwork(ParseResult parsed)
    {
        var (network, date) = ReadDated(parsed);
        return date is { } d ? network.At(d) : network;
    }

    /// <summary>
    /// Reads the whole network and resolves the analysis date (null: every relation, undated data or <c>--at all</c>).
    /// A date before the data, or after their end when no dated relation is still open, is bad input.
    /// </summary>
    public (RelationsNetwork Network, DateOnly? Date) ReadDated(ParseResult parsed)
    {
        var network = ReadAll(parsed);
        var text = parsed.GetResult(at) is null ? null : parsed.GetValue(at);
        var (first, last, open) = network.DateSpan();
        if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
        {
            if (last is not null)
            {
                Notes(parsed, [$"--at all: every relation from {first:yyyy-MM-dd} to {last:yyyy-MM-dd} is used at once (relations of different years are summed)"]);
            }

            return (network, null);
        }

        if (text is null)
        {
            if (last is null)
            {
                return (network, null);
            }

            Notes(parsed, [$"no --at: the data are taken at their last date, {last:yyyy-MM-dd} (give --at DATE for another day, --at all for every year at once)"]);
            return (loaded?.NetworkAt(last.Value) ?? network, last);
        }

        var date = ParseDate(text, "--at");
        if (first is { } f && last is { } l && (date < f || (!open && date > l)))
        {
            throw new CliUsageException($"--at {date:yyyy-MM-dd} is outside the data, whose dates run from {f:yyyy-MM-dd} to {(open ? "now (relations still open)" : l.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}");
        }

        return (loaded?.NetworkAt(date) ?? network, date);
    }

    /// <summary>
    /// The network as of a date, for commands that rank at several dates: an embedded dataset's network with the actor
    /// attributes of that date when the dataset has them, otherwise the network read (relations are sliced by the caller).
    /// </summary>
    public Func<DateOnly, RelationsNetwork> NetworkAt(RelationsNetwork network) =>
        loaded is { } data && ReferenceEquals(data.Network, network) ? data.NetworkAt : _ => network;

    /// <summary>Parses a yyyy-MM-dd date given to an option.</summary>
    public static DateOnly ParseDate(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d
            : throw new CliUsageException($"{option}: '{text}' is not a date yyyy-MM-dd (or 'all')");

    /// <summary>The aggregation of parallel relations chosen with <c>--aggregate</c>.</summary>
    public EdgeAggregation Aggregation(ParseResult parsed) => parsed.GetResult(aggregate) is null ? EdgeAggregation.Sum : parsed.GetValue(aggregate) switch
    {
        "mean" => EdgeAggregation.Mean,
        "min" => EdgeAggregation.Min,
        "max" => EdgeAggregation.Max,
        "hostility" => EdgeAggregation.HostilityDominates,
        _ => EdgeAggregation.Sum,
    };

    /// <summary>Reads the network named on the command line, every relation whatever its date, and keeps its notes.</summary>
    public RelationsNetwork ReadAll(ParseResult parsed)
    {
        var edgesFile = parsed.GetValue(edges);
        var nodesFile = parsed.GetValue(nodes);
        var graphmlFile = parsed.GetValue(graphml);
        var datasetName = parsed.GetValue(dataset);
        var given = (edgesFile is null ? 0 : 1) + (graphmlFile is null ? 0 : 1) + (datasetName is null ? 0 : 1);
        if (given == 0 && defaultDataset is not null)
        {
            datasetName = defaultDataset;
            given = 1;
        }

        if (given != 1)
        {
            throw new CliUsageException("give exactly one input: --edges FILE, --graphml FILE or --dataset NAME");
        }

        if (datasetName is not null)
        {
            if (parsed.GetValue(nodes) is not null)
            {
                throw new CliUsageException("--nodes goes with --edges, not --dataset");
            }

            if (!RelationsGraph.Data.Datasets.Names.Contains(datasetName, StringComparer.Ordinal))
            {
                throw new CliUsageException($"unknown dataset '{datasetName}'; embedded: {string.Join(", ", RelationsGraph.Data.Datasets.Names)}");
            }

            var data = RelationsGraph.Data.Datasets.Load(datasetName);
            Notes(parsed, data.Notes);
            loaded = data;
            return data.Network;
        }

        if (nodesFile is not null && edgesFile is null)
        {
            throw new CliUsageException("--nodes goes with --edges, not --graphml");
        }

        foreach (var file in new[] { edgesFile, nodesFile, graphmlFile })
        {
            if (file is not null && !File.Exists(file))
            {
                throw new CliUsageException($"cannot read '{file}': file not found");
            }
        }

        var options = new NetworkReadOptions
        {
            DirectedByDefault = parsed.GetValue(directed),
            SelfLoops = parsed.GetValue(selfLoops) == "drop" ? SelfLoopPolicy.Drop : SelfLoopPolicy.Reject,
        };
        var result = edgesFile is not null
            ? CsvNetworkReader.Read(edgesFile, nodesFile, options)
            : GraphMLFormat.Read(graphmlFile!, options);
        Notes(parsed, result.Notes.Select(n => n.ToString()));
        return result.Network;
    }

    /// <summary>
    /// The graph of a plain edges file (<see cref="CsvNetworkReader.TryReadPlainGraph"/>), and perhaps a plain nodes file,
    /// when the command line names only <c>--edges</c> and <c>--nodes</c> (and perhaps <c>--directed</c>,
    /// <c>--self-loops</c>, <c>--quiet</c>): no date, no aggregation rule. Null otherwise, or when a file is not plain:
    /// then read it the long way.
    /// </summary>
    public SignedGraph? TryReadPlainGraph(ParseResult parsed) => TryReadPlainGraph(parsed, null, out _);

    /// <summary>
    /// As <see cref="TryReadPlainGraph(ParseResult)"/>, and the groups of the nodes-file column <paramref name="groupColumn"/>
    /// when one is named (<see cref="NodeGroups.FromAttribute"/> on the long road). The graph is the one
    /// <see cref="ReadNetwork"/> and <see cref="Project"/> give, with the same notes (a plain file has none but edges of
    /// weight 0); null when the long road might read, note or reject anything differently.
    /// </summary>
    public SignedGraph? TryReadPlainGraph(ParseResult parsed, string? groupColumn, out NodeGroups? groups)
    {
        groups = null;
        var edgesFile = parsed.GetValue(edges);
        var nodesFile = parsed.GetValue(nodes);
        if (edgesFile is null || parsed.GetValue(graphml) is not null || parsed.GetValue(dataset) is not null
            || parsed.GetResult(at) is not null || parsed.GetResult(aggregate) is { Implicit: false } || !File.Exists(edgesFile)
            || (nodesFile is not null && !File.Exists(nodesFile)) || (groupColumn is not null && nodesFile is null))
        {
            return null;
        }

        var graph = RelationsGraph.IO.CsvGraphReader.TryRead(edgesFile, nodesFile, parsed.GetValue(directed), groupColumn, out groups);
        if (graph is not null)
        {
            // The projection's one possible note on a plain file.
            Notes(parsed, new ProjectionReport
            {
                Options = new ProjectionOptions { Direction = graph.IsDirected ? GraphDirection.Directed : GraphDirection.Undirected },
                ZeroWeightEdges = graph.EdgeCount - graph.PositiveEdgeCount - graph.NegativeEdgeCount,
            }.Describe());
        }

        return graph;
    }

    /// <summary>Projects the network as the command line says (undirected unless --directed) and keeps the report's notes.</summary>
    public SignedGraph Project(ParseResult parsed, RelationsNetwork network)
    {
        var result = GraphProjection.Project(network, new ProjectionOptions
        {
            Direction = parsed.GetValue(directed) ? GraphDirection.Directed : GraphDirection.Undirected,
            Aggregation = Aggregation(parsed),
        });
        Notes(parsed, result.Report.Describe());
        return result.Graph;
    }
}
