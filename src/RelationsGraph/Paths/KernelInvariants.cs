using System.Diagnostics;

namespace RelationsGraph.Paths;

/// <summary>
/// The invariants the path kernels' <c>Unsafe</c> accesses rely on, asserted in debug builds (the tests run them):
/// adjacency indices inside the node range, searches from distinct in-range sources no more than the lanes, weight and
/// accumulator arrays as long as the indices written into them, and aligned stores large enough past their offset.
/// The release build compiles the calls away.
/// </summary>
internal static class KernelInvariants
{
    /// <summary>CSR well formed: n + 1 non-decreasing offsets from 0 to the slot count, every target in [0, n), one length per slot.</summary>
    [Conditional("DEBUG")]
    public static void Adjacency(PathAdjacency adjacency, PathAdjacency? reverse = null)
    {
        var n = adjacency.NodeCount;
        var offsets = adjacency.Offsets;
        Debug.Assert(offsets.Length == n + 1 && offsets[0] == 0 && offsets[n] == adjacency.Targets.Length, "offsets span the slots");
        for (var v = 0; v < n; v++)
        {
            Debug.Assert(offsets[v] <= offsets[v + 1], "offsets are non-decreasing");
        }

        foreach (var t in adjacency.Targets)
        {
            Debug.Assert((uint)t < (uint)n, "every target is a node");
        }

        Debug.Assert(adjacency.Lengths is null || adjacency.Lengths.Length == adjacency.Targets.Length, "one length per slot");
        Debug.Assert(adjacency.PackedArcs is null || adjacency.PackedArcs.Length == adjacency.Targets.Length, "one packed arc per slot");
        if (reverse is not null)
        {
            Debug.Assert(reverse.NodeCount == n && reverse.Targets.Length == adjacency.Targets.Length, "the reverse has the same nodes and slots");
            Adjacency(reverse);
        }
    }

    /// <summary>A batch: between 1 and <paramref name="lanes"/> distinct sources, each a node.</summary>
    [Conditional("DEBUG")]
    public static void Batch(ReadOnlySpan<int> batch, int lanes, int n)
    {
        Debug.Assert(batch.Length >= 1 && batch.Length <= lanes, "one source per lane at most");
        for (var j = 0; j < batch.Length; j++)
        {
            Debug.Assert((uint)batch[j] < (uint)n, "every source is a node");
            for (var i = 0; i < j; i++)
            {
                Debug.Assert(batch[i] != batch[j], "the sources of a batch are distinct");
            }
        }
    }

    /// <summary>An accumulation: one weight array of n values per searched lane, a node accumulator of n, a slot accumulator empty or of one value per slot.</summary>
    [Conditional("DEBUG")]
    public static void Accumulation(ReadOnlySpan<double[]> targetWeights, int searched, int n, int nodeAcc, int slotAcc, int slots)
    {
        Debug.Assert(targetWeights.Length >= searched, "weights for every searched lane");
        for (var j = 0; j < searched; j++)
        {
            Debug.Assert(targetWeights[j] is not null && targetWeights[j].Length >= n, "a target weight per node");
        }

        Debug.Assert(nodeAcc >= n, "a node accumulator per node");
        Debug.Assert(slotAcc == 0 || slotAcc >= slots, "a slot accumulator per slot, or none");
    }

    /// <summary>An aligned store: <paramref name="needed"/> elements fit after the alignment offset.</summary>
    [Conditional("DEBUG")]
    public static void Store(Array store, int offset, long needed) =>
        Debug.Assert(offset >= 0 && offset + needed <= store.Length, "the aligned store holds every node's block past its offset");
}
