using System.Numerics;
using RelationsGraph.Graphs;

namespace RelationsGraph.Paths;

/// <summary>
/// The arrays a path kernel walks: CSR rows with a length per slot (<see langword="null"/> for hops). Built once per
/// computation from a graph view and a direction; lengths are validated here so the kernels never see a bad one.
/// </summary>
internal sealed class PathAdjacency
{
    /// <summary>The largest length <see cref="IntegralLengthBound"/> admits: bucket queues beyond it scan too many empty buckets.</summary>
    public const int MaxIntegralLength = 4095;

    internal PathAdjacency(int nodeCount, int[] offsets, int[] targets, double[]? lengths)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Lengths = lengths;
        LengthsSeparated = lengths is not null && Separated(nodeCount, lengths);
        var bound = lengths is null ? 0 : IntegralBound(nodeCount, lengths);
        if (bound > 0)
        {
            // Target and length in one int, so that a row costs a third of the memory traffic.
            var bits = 32 - BitOperations.LeadingZeroCount((uint)bound);
            if (((long)Math.Max(nodeCount, 1) << bits) <= int.MaxValue)
            {
                PackedLengthBits = bits;
                PackedArcs = new int[targets.Length];
                for (var k = 0; k < targets.Length; k++)
                {
                    PackedArcs[k] = (targets[k] << bits) | (int)lengths![k];
                }

                IntegralLengthBound = bound;
            }
        }
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary>Per-slot lengths; <see langword="null"/> when every tie counts 1. +∞ marks a tie that carries no path.</summary>
    public double[]? Lengths { get; }

    /// <summary>
    /// The largest length when every length is a whole number in 1..<see cref="MaxIntegralLength"/> and the graph is
    /// small enough that distinct path lengths never fall within <see cref="PathTolerance"/> of each other; 0 otherwise
    /// (hops, real or infinite lengths).
    /// </summary>
    /// <remarks>
    /// Then every distance is a whole number below n·C (C the bound), summed exactly in doubles, and two distinct ones
    /// differ by at least 1 while 1e-10·(a + b) &lt; 2e-10·n·C &lt; 1: equal within the tolerance means bitwise equal,
    /// and Dijkstra can run on a bucket queue (one bucket per distance). Also 0 when targets and lengths do not fit
    /// together in <see cref="PackedArcs"/>.
    /// </remarks>
    public int IntegralLengthBound { get; }

    /// <summary>
    /// Whether every (finite) length exceeds 4·1e-10·n times the largest one. Then a path one tie longer than another
    /// is never within <see cref="PathTolerance"/> of it (both are below n times the largest length): a node within
    /// the tolerance of d(v) + l is farther than v beyond doubt, and a settled node is never reached again at its own
    /// distance — the kernels can skip the settle-order checks that only tiny lengths need.
    /// </summary>
    public bool LengthsSeparated { get; }

    /// <summary>
    /// With <see cref="IntegralLengthBound"/> &gt; 0: each slot's target shifted left by <see cref="PackedLengthBits"/>,
    /// or-ed with its whole-number length; otherwise <see langword="null"/>.
    /// </summary>
    public int[]? PackedArcs { get; }

    /// <summary>The low bits of a <see cref="PackedArcs"/> entry that hold the length.</summary>
    public int PackedLengthBits { get; }

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

    private static bool Separated(int nodeCount, double[] lengths)
    {
        double min = double.PositiveInfinity, max = 0;
        foreach (var l in lengths)
        {
            if (double.IsFinite(l))
            {
                min = Math.Min(min, l);
                max = Math.Max(max, l);
            }
        }

        return min > 4 * PathTolerance.Epsilon * Math.Max(nodeCount, 1) * max;
    }

    private static int IntegralBound(int nodeCount, double[] lengths)
    {
        double max = 0;
        foreach (var l in lengths)
        {
            if (!(l >= 1 && l <= MaxIntegralLength) || l != Math.Floor(l))
            {
                return 0;
            }

            max = Math.Max(max, l);
        }

        return (double)Math.Max(nodeCount, 1) * max * 2 * PathTolerance.Epsilon < 0.5 ? (int)max : 0;
    }

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
