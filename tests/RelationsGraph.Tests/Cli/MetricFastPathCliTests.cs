using Xunit;
using static RelationsGraph.Tests.Cli.CliFixture;

namespace RelationsGraph.Tests.Cli;

/// <summary>
/// <c>relgraph metric</c> reads plain edges and nodes files straight into the graph (and the groups); its output, notes
/// and errors are the long road's, byte for byte. (<c>--aggregate sum</c>, the default rule given explicitly, forces
/// the long road.)
/// </summary>
[Collection("relgraph CLI")]
public sealed class MetricFastPathCliTests : IDisposable
{
    private const string Nodes = "id,name,group,region\nA,Alpha,g1,north\nB,,g2,south\nC,Gamma,g1,\nD,Delta,'=g3,east\nE,Côte,g2,west\nF,Lone,g3,east\n";
    private const string Edges = "source,target,weight\nA,B,1\nB,C,-0.5\nC,D,0.25\nD,E,-1\nE,A,0.75\nB,D,2.5e-1\nC,E,0\n";

    private readonly CliFixture files = new();

    public void Dispose() => files.Dispose();

    public static TheoryData<string, string?, string[]> Cases() => new()
    {
        // Plain files: the short road.
        { Edges, Nodes, ["brokerage", "--group-column", "group", "--directed"] },
        { Edges, Nodes, ["brokerage", "--group-column", "group"] },
        { Edges, Nodes, ["brokerage", "--group-column", "region", "--directed"] }, // an empty cell: the long road says so
        { Edges, Nodes, ["signed-brokerage", "--group-column", "group", "--permutations", "20", "--directed"] },
        { Edges, Nodes, ["betweenness", "--length", "inverse", "--ties", "positive"] },
        { Edges, null, ["betweenness", "--length", "distance", "--directed", "--normalized"] },
        { Edges, null, ["degree"] },
        { Edges, null, ["edge-betweenness"] },
        { "source,target\nA,B\nB,C\n", "id,group\nC,x\nB,y\nA,x\nZ,y\n", ["brokerage", "--group-column", "group", "--directed"] },
        { "\uFEFFsource,target,weight\r\nA,B,1\r\n\r\nB,C,2\r\n", "\uFEFFid,group\r\nA,x\r\nB,y\r\nC,x\r\n", ["brokerage", "--group-column", "group"] },

        // Not plain, or bad: the long road reads, notes or rejects them, the same on both command lines.
        { "source,target,weight\nA,B,1\nB,A,2\n", null, ["degree"] }, // a repeated pair (noted, merged)
        { "source,target,weight\nA,B,1\nB,X,2\n", Nodes, ["degree"] }, // an endpoint not in the nodes file
        { Edges, "id,group\nA,g1\nA,g2\nB,g1\nC,g1\nD,g1\nE,g1\n", ["degree"] }, // a repeated id
        { Edges, Nodes, ["brokerage", "--group-column", "colour"] }, // no such column
        { Edges, Nodes, ["brokerage", "--group-column", "name"] }, // not an attribute
        { Edges, Nodes.Replace("id,name,group,region", "id,name,group,kind", StringComparison.Ordinal), ["degree"] }, // kinds to parse
        { Edges, Nodes.Replace("B,,g2", "B,,g2,x", StringComparison.Ordinal), ["degree"] }, // a field too many
        { Edges, Nodes.Replace("C,Gamma", " C,Gamma", StringComparison.Ordinal), ["degree"] }, // an id padded with white space
        { "source,target,weight\nA,B,heavy\n", null, ["degree"] }, // a weight that is not a number
        { "source,target,weight\nA,B,1\nB,C\n", null, ["degree"] }, // a field missing
        { "source,target,weight\nA,A,1\n", null, ["degree"] }, // a self-loop
        { "source,target,weight\n\"A\",B,1\n", null, ["degree"] }, // quoted
        { "source,target,weight,kind\nA,B,1,war\n", null, ["degree"] }, // a kind column
        { "source,target\n'=A,B\n", null, ["degree"] }, // a protected id
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SameOutputNotesAndErrorsAsTheLongRoad(string edges, string? nodes, string[] metric)
    {
        var edgesFile = files.File("edges.csv", edges);
        string[] input = nodes is null ? ["--edges", edgesFile] : ["--edges", edgesFile, "--nodes", files.File("nodes.csv", nodes)];
        foreach (var format in new[] { "json", "csv", "table" })
        {
            string[] args = ["metric", .. metric, .. input, "--format", format];
            var fast = Run(args);
            var slow = Run([.. args, "--aggregate", "sum"]);

            Assert.Equal(slow.Exit, fast.Exit);
            Assert.Equal(slow.Stdout, fast.Stdout);
            Assert.Equal(slow.Stderr, fast.Stderr);
        }
    }

    [Fact]
    public void BadInput_RejectedNamingFileLineAndField()
    {
        var edges = files.File("edges.csv", "source,target,weight\nA,B,1\nB,C,heavy\n");
        var nodes = files.File("nodes.csv", "id,group\nA,x\nB,y\nC,x\n");

        var line = AssertBadInput(Run("metric", "brokerage", "--group-column", "group", "--edges", edges, "--nodes", nodes, "--format", "json"), "edges.csv", "3", "weight", "heavy");

        Assert.Equal(line, Assert.Single(Run("metric", "brokerage", "--group-column", "group", "--edges", edges, "--nodes", nodes, "--format", "json", "--aggregate", "sum").ErrorLines));
    }

    [Fact]
    public void PlainFiles_TakeTheShortRoad()
    {
        var edges = files.File("edges.csv", Edges);
        var nodes = files.File("nodes.csv", Nodes);
        var input = new RelationsGraph.Cli.InputOptions();
        var command = new System.CommandLine.Command("metric");
        input.AddTo(command);

        var parsed = command.Parse(["--edges", edges, "--nodes", nodes, "--directed"]);
        var graph = input.TryReadPlainGraph(parsed, "group", out var groups);

        Assert.NotNull(graph);
        Assert.NotNull(groups);
        Assert.Equal(["A", "B", "C", "D", "E", "F"], graph.NodeIds);
        Assert.Equal("=g3", groups["D"]);
        Assert.Equal("attribute group", groups.Description);
    }
}
