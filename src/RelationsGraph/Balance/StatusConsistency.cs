using RelationsGraph.Graphs;
using RelationsGraph.Metrics;

namespace RelationsGraph.Balance;

/// <summary>
/// Status theory (Leskovec, Huttenlocher &amp; Kleinberg 2010, CHI): a positive arc u → v says v has higher status than
/// u, a negative one lower. A triad — three nodes joined pairwise by at least one arc — is consistent when all its
/// arcs (reciprocal ones included; weight 0 says nothing) admit one strict status order, i.e. their inequalities have
/// no cycle. The metric scores each node by the share of its triads that are consistent (NaN without triads);
/// <see cref="Count"/> gives the graph's share as well. Directed graphs only. Cost O(m^1.5) over the undirected
/// skeleton.
/// </summary>
public sealed class StatusConsistency : NodeMetric<SignedMetricOptions>
{
    /// <summary>The catalogue name.</summary>
    public const string MetricName = "status";

    /// <summary>Creates the metric.</summary>
    /// <param name="options">The options (ties must stay all).</param>
    public StatusConsistency(SignedMetricOptions? options = null)
        : base(MetricName, (options ?? new SignedMetricOptions()).Validate(MetricName))
    {
    }

    /// <summary>Counts consistent triads for the graph and per node.</summary>
    /// <param name="graph">A directed graph.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The census.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is undirected (status needs directions).</exception>
    public static StatusResult Count(SignedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected)
        {
            throw new UnsupportedGraphException("Status theory needs directed ties; project the network as directed (relgraph: --directed).");
        }

        var n = graph.NodeCount;

        // Undirected skeleton: sorted union of out- and in-neighbours.
        var skeleton = new int[n][];
        for (var v = 0; v < n; v++)
        {
            skeleton[v] = [.. graph.OutNeighbors(v).ToArray().Union(graph.InNeighbors(v).ToArray()).Order()];
        }

        var rank = new int[n];
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => skeleton[a].Length.CompareTo(skeleton[b].Length) is var c && c != 0 ? c : a.CompareTo(b));
        for (var i = 0; i < n; i++)
        {
            rank[order[i]] = i;
        }

        var mark = new int[n];
        var consistent = new long[n];
        var triads = new long[n];
        long totalConsistent = 0, total = 0;
        for (var u = 0; u < n; u++)
        {
            if ((u & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var x in skeleton[u])
            {
                mark[x] = u + 1;
            }

            foreach (var v in skeleton[u])
            {
                if (rank[v] <= rank[u])
                {
                    continue;
                }

                foreach (var w in skeleton[v])
                {
                    if (rank[w] <= rank[v] || mark[w] != u + 1)
                    {
                        continue;
                    }

                    var ok = Consistent(graph, u, v, w) ? 1 : 0;
                    total++;
                    totalConsistent += ok;
                    triads[u]++;
                    triads[v]++;
                    triads[w]++;
                    consistent[u] += ok;
                    consistent[v] += ok;
                    consistent[w] += ok;
                }
            }
        }

        var perNode = new StatusCensus[n];
        for (var v = 0; v < n; v++)
        {
            perNode[v] = new StatusCensus(consistent[v], triads[v]);
        }

        return new StatusResult(graph, new StatusCensus(totalConsistent, total), perNode);
    }

    /// <inheritdoc/>
    protected override double[] Score(SignedGraph graph, IProgress<MetricProgress>? progress, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var result = Count(graph, cancellationToken);
        var scores = new double[graph.NodeCount];
        for (var v = 0; v < scores.Length; v++)
        {
            scores[v] = result.Node(v).Consistency;
        }

        notes.Add($"{MetricName}: {result.Graph.Consistent} of {result.Graph.Triads} triads status-consistent ({result.Graph.Consistency:0.####})");
        progress?.Report(new MetricProgress(scores.Length, scores.Length));
        return scores;
    }

    /// <summary>Whether the status inequalities of the arcs among a, b, c have no cycle.</summary>
    private static bool Consistent(SignedGraph graph, int a, int b, int c)
    {
        // lower[i, j]: status(i) < status(j) is required.
        Span<int> nodes = [a, b, c];
        Span<bool> lower = stackalloc bool[9];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                if (i != j && graph.TryGetWeight(nodes[i], nodes[j], out var w) && w != 0)
                {
                    if (w > 0)
                    {
                        lower[(i * 3) + j] = true;
                    }
                    else
                    {
                        lower[(j * 3) + i] = true;
                    }
                }
            }
        }

        for (var i = 0; i < 3; i++)
        {
            for (var j = i + 1; j < 3; j++)
            {
                if (lower[(i * 3) + j] && lower[(j * 3) + i])
                {
                    return false;
                }
            }
        }

        return !(lower[1] && lower[5] && lower[6]) && !(lower[2] && lower[7] && lower[3]);
    }
}
