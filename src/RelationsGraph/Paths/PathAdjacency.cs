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

    /// <summary>The finest quantum <see cref="IntegralLengthBound"/> looks for: 1/1024 (2^-10, or 1/L for any L up to it).</summary>
    private const int MaxDenominator = 1024;

    /// <summary>
    /// The largest denominator that is not a power of two: 1/|w| on a few decimal weight levels (thirds, sixths, twelfths);
    /// finer ones (1/|w| on steps of 0.1 needs 1/252) spread the distances over thousands of mostly empty buckets.
    /// </summary>
    private const int MaxOddDenominator = 64;

    /// <summary>
    /// How far (relative) a length times the denominator may be from a whole number and still count as one: a few
    /// hundred rounding steps (1/0.75·3 or 0.1·3·10 are a rounding step or two off), and a thousand times below
    /// <see cref="PathTolerance.Epsilon"/>, so that a path's double sum stays far within the tolerance of its exact length.
    /// </summary>
    private const double QuantumSlack = 1e-13;

    internal PathAdjacency(int nodeCount, int[] offsets, int[] targets, double[]? lengths)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Lengths = lengths;
        LengthsSeparated = lengths is not null && Separated(nodeCount, lengths);
        var (bound, denominator) = lengths is null ? (0, 0) : IntegralBound(nodeCount, lengths);
        if (bound > 0)
        {
            // Target and length (in quanta) in one int, so that a row costs a third of the memory traffic.
            var bits = 32 - BitOperations.LeadingZeroCount((uint)bound);
            if (((long)Math.Max(nodeCount, 1) << bits) <= int.MaxValue)
            {
                PackedLengthBits = bits;
                PackedArcs = new int[targets.Length];
                for (var k = 0; k < targets.Length; k++)
                {
                    PackedArcs[k] = (targets[k] << bits) | (int)Math.Round(lengths![k] * denominator);
                }

                IntegralLengthBound = bound;
                LengthDenominator = denominator;
                LengthQuantum = 1.0 / denominator;
            }
        }
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary>Per-slot lengths; <see langword="null"/> when every tie counts 1. +∞ marks a tie that carries no path.</summary>
    public double[]? Lengths { get; }

    /// <summary>
    /// The largest length, in quanta 1/<see cref="LengthDenominator"/>, when every length is (within a rounding step
    /// or so, see below) a whole number of quanta between 1 and <see cref="MaxIntegralLength"/>, for a whole
    /// denominator L (2^k ≤ 1024, or any other L ≤ 64), and the graph is small enough that distinct path lengths never fall within
    /// <see cref="PathTolerance"/> of each other; 0 otherwise (hops, other real or infinite lengths).
    /// </summary>
    /// <remarks>
    /// <para>Then every distance is a whole number of quanta below n·C (C the bound), and two distinct ones differ by at
    /// least one quantum q while 1e-10·(a + b) &lt; 2e-10·n·C·q &lt; q: equal within the tolerance means equal as whole
    /// numbers of quanta, and Dijkstra can run on a bucket queue (one bucket per distance) with exact integer distances.
    /// Weights in steps of 0.25 give |w| lengths in quanta of 1/4, and 1/|w| lengths 4, 2, 4/3, 1 in quanta of 1/3;
    /// steps of 0.1 give |w| in quanta of 1/10.</para>
    /// <para>When L is a power of two (<see cref="ExactQuantum"/>), the quantum and its whole multiples are exact
    /// doubles. Otherwise each length is within 1e-13 (relative) of its multiple of 1/L
    /// (4/3 is not a double): a path's double sum is then within n·2^-53 + 1e-13 of its exact length, far inside the
    /// tolerance, so paths the one-source kernel counts as equally short within the tolerance are exactly those whose
    /// whole numbers of quanta are equal — the integer kernel finds the same shortest paths. Also 0 when targets and
    /// lengths do not fit together in <see cref="PackedArcs"/>.</para>
    /// </remarks>
    public int IntegralLengthBound { get; }

    /// <summary>L, where the quantum of <see cref="IntegralLengthBound"/> and <see cref="PackedArcs"/> is 1/L; 0 when there is none.</summary>
    public int LengthDenominator { get; }

    /// <summary>The quantum 1/<see cref="LengthDenominator"/> (rounded, unless <see cref="ExactQuantum"/>); 0 when there is none.</summary>
    public double LengthQuantum { get; }

    /// <summary>
    /// Whether the quantum is 1 or 2^-k, so that whole numbers of it (below 2^53) are exact doubles: the one-source
    /// bucket queue, which keeps its distances in doubles, runs only then.
    /// </summary>
    public bool ExactQuantum => LengthDenominator > 0 && BitOperations.IsPow2(LengthDenominator);

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

    /// <summary>The bound of <see cref="IntegralLengthBound"/> and its denominator L (quantum 1/L), or (0, 0).</summary>
    private static (int Bound, int Denominator) IntegralBound(int nodeCount, double[] lengths)
    {
        // The least common multiple of each length's least denominator; the last length seen is remembered, as
        // lengths repeat (a few weight levels), so most lengths cost one comparison.
        double min = double.PositiveInfinity, max = 0, last = double.NaN;
        long denominator = 1;
        foreach (var l in lengths)
        {
            if (l == last)
            {
                continue;
            }

            if (!(l > 0 && l <= MaxIntegralLength))
            {
                return (0, 0);
            }

            last = l;
            min = Math.Min(min, l);
            max = Math.Max(max, l);
            if (!IsWhole(l * denominator))
            {
                var own = LeastDenominator(l);
                if (own == 0)
                {
                    return (0, 0);
                }

                denominator = denominator / (long)Gcd(denominator, own) * own;
                if (denominator > MaxDenominator)
                {
                    return (0, 0);
                }
            }
        }

        // The shortest length is at least one quantum, the longest at most MaxIntegralLength quanta.
        var bound = Math.Round(max * denominator);
        if (lengths.Length == 0 || (denominator > MaxOddDenominator && !BitOperations.IsPow2(denominator)) || Math.Round(min * denominator) < 1 || bound > MaxIntegralLength)
        {
            return (0, 0);
        }

        return (double)Math.Max(nodeCount, 1) * bound * 2 * PathTolerance.Epsilon < 0.5 ? ((int)bound, (int)denominator) : (0, 0);
    }

    /// <summary>The least L ≤ <see cref="MaxDenominator"/> with <paramref name="length"/>·L a whole number (within the slack), or 0.</summary>
    internal static int LeastDenominator(double length)
    {
        for (var q = 1; q <= MaxDenominator; q++)
        {
            if (IsWhole(length * q))
            {
                return q;
            }
        }

        return 0;
    }

    private static bool IsWhole(double x)
    {
        var whole = Math.Round(x);
        return whole >= 1 && Math.Abs(x - whole) <= QuantumSlack * whole;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
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
