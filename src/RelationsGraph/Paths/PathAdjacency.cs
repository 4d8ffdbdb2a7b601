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

    /// <summary>The finest quantum <see cref="IntegralLengthBound"/> looks for: 2^-10.</summary>
    private const int MaxQuantumScale = 10;

    internal PathAdjacency(int nodeCount, int[] offsets, int[] targets, double[]? lengths)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Lengths = lengths;
        LengthsSeparated = lengths is not null && Separated(nodeCount, lengths);
        var (bound, scale) = lengths is null ? (0, 0) : IntegralBound(nodeCount, lengths);
        if (bound > 0)
        {
            // Target and length (in quanta) in one int, so that a row costs a third of the memory traffic.
            var bits = 32 - BitOperations.LeadingZeroCount((uint)bound);
            if (((long)Math.Max(nodeCount, 1) << bits) <= int.MaxValue)
            {
                PackedLengthBits = bits;
                PackedArcs = new int[targets.Length];
                var quanta = Math.ScaleB(1.0, scale);
                for (var k = 0; k < targets.Length; k++)
                {
                    PackedArcs[k] = (targets[k] << bits) | (int)(lengths![k] * quanta);
                }

                IntegralLengthBound = bound;
                LengthQuantum = Math.ScaleB(1.0, -scale);
            }
        }
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary>Per-slot lengths; <see langword="null"/> when every tie counts 1. +∞ marks a tie that carries no path.</summary>
    public double[]? Lengths { get; }

    /// <summary>
    /// The largest length, in units of <see cref="LengthQuantum"/>, when every length is a whole multiple of that
    /// quantum (1 or a power of two below it, 2^-k, k ≤ 10) between 1 and <see cref="MaxIntegralLength"/> quanta, and
    /// the graph is small enough that distinct path lengths never fall within <see cref="PathTolerance"/> of each
    /// other; 0 otherwise (hops, other real or infinite lengths).
    /// </summary>
    /// <remarks>
    /// Then every distance is a whole number of quanta below n·C (C the bound) — exact in doubles, since a power of two
    /// times a whole number below 2^53 is — and two distinct ones differ by at least one quantum q while 1e-10·(a + b)
    /// &lt; 2e-10·n·C·q &lt; q: equal within the tolerance means bitwise equal, and Dijkstra can run on a bucket queue
    /// (one bucket per distance). Weights in steps of 0.25 give |w| lengths in quanta of 0.25, for instance. Also 0
    /// when targets and lengths do not fit together in <see cref="PackedArcs"/>.
    /// </remarks>
    public int IntegralLengthBound { get; }

    /// <summary>The quantum of <see cref="IntegralLengthBound"/> and <see cref="PackedArcs"/>: 1, or 2^-k; 0 when there is none.</summary>
    public double LengthQuantum { get; }

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

    /// <summary>The bound of <see cref="IntegralLengthBound"/> and k with the quantum 2^-k, or (0, 0).</summary>
    private static (int Bound, int Scale) IntegralBound(int nodeCount, double[] lengths)
    {
        // The coarsest quantum 2^-k that every length is a whole multiple of: k from the lowest set bit of each length.
        double min = double.PositiveInfinity, max = 0;
        var scale = 0;
        foreach (var l in lengths)
        {
            if (!(l > 0 && l <= MaxIntegralLength))
            {
                return (0, 0);
            }

            min = Math.Min(min, l);
            max = Math.Max(max, l);
            while (scale <= MaxQuantumScale && Math.ScaleB(l, scale) != Math.Floor(Math.ScaleB(l, scale)))
            {
                scale++;
            }

            if (scale > MaxQuantumScale)
            {
                return (0, 0);
            }
        }

        // The shortest length is at least one quantum, the longest at most MaxIntegralLength quanta.
        var bound = Math.ScaleB(max, scale);
        if (lengths.Length == 0 || Math.ScaleB(min, scale) < 1 || bound > MaxIntegralLength)
        {
            return (0, 0);
        }

        return (double)Math.Max(nodeCount, 1) * bound * 2 * PathTolerance.Epsilon < 0.5 ? ((int)bound, scale) : (0, 0);
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
