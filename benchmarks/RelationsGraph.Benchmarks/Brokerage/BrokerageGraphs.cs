using RelationsGraph.Graphs;
using RelationsGraph.IO;

namespace RelationsGraph.Benchmarks.Brokerage;

/// <summary>
/// The brokerage benchmark graphs: directed, every node with 5 distinct random out-neighbours (arcs = 5n), 10 groups
/// assigned at random, 30 % of arcs negative (seed 7). With <c>RELATIONSGRAPH_BROKERAGE_DATA=DIR</c> the graph of
/// <c>n</c> nodes is read from <c>DIR/edges-n.csv</c> and <c>DIR/nodes-n.csv</c> instead (<c>benchmarks/compare-sna.sh</c>
/// writes them, so that R sna and this library run on the same graphs).
/// </summary>
public static class BrokerageGraphs
{
    private static readonly bool Smoke = Environment.GetEnvironmentVariable("RELATIONSGRAPH_BENCHMARK_SMOKE") == "1";

    public static (SignedGraph Graph, NodeGroups Groups) Create(int nodes, int groups = 10)
    {
        if (Environment.GetEnvironmentVariable("RELATIONSGRAPH_BROKERAGE_DATA") is { Length: > 0 } dir)
        {
            var read = CsvNetworkReader.Read(Path.Combine(dir, $"edges-{nodes}.csv"), Path.Combine(dir, $"nodes-{nodes}.csv"), new NetworkReadOptions { DirectedByDefault = true });
            var graph = GraphProjection.Project(read.Network, new ProjectionOptions { Direction = GraphDirection.Directed }).Graph;
            return (graph, NodeGroups.FromAttribute(read.Network, "group"));
        }

        nodes = Smoke ? Math.Min(nodes, 1_000) : nodes;
        var random = new Random(7);
        var ids = GraphGenerators.Ids(nodes);
        var edges = new List<SignedEdge>(5 * nodes);
        var chosen = new HashSet<int>();
        for (var v = 0; v < nodes; v++)
        {
            chosen.Clear();
            while (chosen.Count < Math.Min(5, nodes - 1))
            {
                var t = random.Next(nodes - 1);
                t += t >= v ? 1 : 0;
                if (chosen.Add(t))
                {
                    edges.Add(new SignedEdge(ids[v], ids[t], random.NextDouble() < 0.3 ? -1 : 1));
                }
            }
        }

        var labels = ids.Select(id => KeyValuePair.Create(id, $"g{random.Next(groups)}")).ToArray();
        return (SignedGraph.Create(ids, edges, isDirected: true), NodeGroups.FromLabels(labels));
    }
}
