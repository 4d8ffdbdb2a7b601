using RelationsGraph.Graphs;

namespace RelationsGraph.Paths;

/// <summary>
/// The arrays a path kernel walks: CSR rows with a length per slot (<see langword="null"/> for hops). Built once per
/// computation from a graph view and a direction; lengths are validated here so the kernels never see a bad one.
/// </summary>
internal sealed class PathAdjacency
{
    private PathAdjacency(int nodeCount, int[] offsets, int[] targets, double[]? lengths)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Lengths = lengths;
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary>Per-slot lengths; <see langword="null"/> when every tie counts 1. +∞ marks a tie that carries no path.</summary>
    public double[]? Lengths { get; }

    /// <summary>Out-going ties (all ties, when undirected).</summary>
    public static PathAdjacency Out(SignedGraph graph, EdgeLength length) =>
        new(graph.NodeCount, graph.OutOffsets, graph.OutTargets, ComputeLengths(graph, graph.OutOffsets, graph.OutTargets, graph.OutWeights, length, reversed: false));

    /// <summary>In-coming ties, walked backwards: distances from a node in this adjacency are distances to it in the graph.</summary>
    public static PathAdjacency In(SignedGraph graph, EdgeLength length) =>
        new(graph.NodeCount, graph.InOffsets, graph.InSources, ComputeLengths(graph, graph.InOffsets, graph.InSources, graph.InWeights, length, reversed: true));

    /// <summary>Ties in both directions (a directed graph read as undirected; arcs both ways become two parallel slots).</summary>
    public static PathAdjacency Both(SignedGraph graph, EdgeLength length)
    {
        if (!graph.IsDirected)
        {
            return Out(graph, length);
        }

        var outAdj = Out(graph, length);
        var inAdj = In(graph, length);
        var n = graph.NodeCount;
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] = offsets[v] + (outAdj.Offsets[v + 1] - outAdj.Offsets[v]) + (inAdj.Offsets[v + 1] - inAdj.Offsets[v]);
        }

        var targets = new int[offsets[n]];
        var lengths = length.IsHops ? null : new double[offsets[n]];
        PathAdjacency[] halves = [outAdj, inAdj];
        for (var v = 0; v < n; v++)
        {
            var k = offsets[v];
            foreach (var adj in halves)
            {
                for (var j = adj.Offsets[v]; j < adj.Offsets[v + 1]; j++, k++)
                {
                    targets[k] = adj.Targets[j];
                    if (lengths is not null)
                    {
                        lengths[k] = adj.Lengths![j];
                    }
                }
            }
        }

        return new PathAdjacency(n, offsets, targets, lengths);
    }

    /// <summary>The adjacency for <paramref name="mode"/>: out, in, or both directions (undirected graphs: always all ties).</summary>
    public static PathAdjacency For(SignedGraph graph, EdgeLength length, NeighborMode mode) =>
        !graph.IsDirected ? Out(graph, length)
        : mode switch
        {
            NeighborMode.Out => Out(graph, length),
            NeighborMode.In => In(graph, length),
            _ => Both(graph, length),
        };

    private static double[]? ComputeLengths(SignedGraph graph, int[] offsets, int[] targets, double[] weights, EdgeLength length, bool reversed)
    {
        if (length.IsHops)
        {
            return null;
        }

        var lengths = new double[weights.Length];
        for (var u = 0; u < graph.NodeCount; u++)
        {
            for (var k = offsets[u]; k < offsets[u + 1]; k++)
            {
                var l = length.Of(weights[k]);
                var builtInInfinite = double.IsPositiveInfinity(l) && length.Kind == EdgeLengthKind.InverseStrength;
                if (!builtInInfinite && !(l > 0 && double.IsFinite(l)))
                {
                    var (a, b) = reversed ? (targets[k], u) : (u, targets[k]);
                    throw new InvalidLengthException(graph.IdOf(a), graph.IdOf(b), weights[k], l, length.Name);
                }

                lengths[k] = l;
            }
        }

        return lengths;
    }
}
