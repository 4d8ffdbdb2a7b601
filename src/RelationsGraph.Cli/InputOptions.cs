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

    private readonly List<string> pendingNotes = [];

    private readonly Option<bool> quiet = new("--quiet") { Description = "Do not print notes (dropped self-loops, duplicate rows, merged edges) on stderr" };

    /// <summary>The embedded dataset commands read when no input is named.</summary>
    public const string DefaultDataset = "world";

    /// <summary>Creates the options; <paramref name="defaultDataset"/> is read when no input is named.</summary>
    public InputOptions(string? defaultDataset = null) => this.defaultDataset = defaultDataset;

    public void AddTo(Command command)
    {
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

    /// <summary>Reads the network named on the command line and keeps its notes.</summary>
    public RelationsNetwork ReadNetwork(ParseResult parsed) => ReadNetworkAt(parsed, null);

    /// <summary>
    /// Reads the network named on the command line for a date: an embedded dataset gives
    /// <see cref="RelationsGraph.Data.Dataset.NetworkAt(DateOnly)"/> (actor attributes such as gdp, population, cinc and
    /// idealpoint of that date); files are read as they are. Without a date, the dataset's network as stored.
    /// </summary>
    public RelationsNetwork ReadNetworkAt(ParseResult parsed, DateOnly? date)
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
            return date is { } d ? data.NetworkAt(d) : data.Network;
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

    /// <summary>Projects the network as the command line says (undirected unless --directed) and keeps the report's notes.</summary>
    public SignedGraph Project(ParseResult parsed, RelationsNetwork network)
    {
        var result = GraphProjection.Project(network, new ProjectionOptions
        {
            Direction = parsed.GetValue(directed) ? GraphDirection.Directed : GraphDirection.Undirected,
        });
        Notes(parsed, result.Report.Describe());
        return result.Graph;
    }
}
