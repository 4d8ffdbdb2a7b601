using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>The check both wide kernels' tests make: a batched search equals the one-source kernel, lane by lane.</summary>
internal static class BatchedKernelHarness
{
    /// <summary>
    /// Runs <paramref name="wide"/> over batches of up to seven sources spread over the graph (every other source
    /// seeing only some targets) and the one-source kernel over the same sources: the same node and slot dependencies
    /// to 1e-12.
    /// </summary>
    public static void AssertMatchesOneSource(IBatchedPathSearch wide, int lanes, PathAdjacency adjacency, bool directed, double cutoff, bool endpoints, int seed)
    {
        var n = adjacency.NodeCount;
        var slots = adjacency.Targets.Length;
        var single = new ShortestPathWorker(adjacency);

        // Target weights differ by lane: every other source sees only some targets.
        var random = new Random(seed);
        var all = new double[n];
        var some = new double[n];
        for (var t = 0; t < n; t++)
        {
            all[t] = directed ? 1 : 0.5;
            some[t] = random.Next(3) == 0 ? 1 : 0;
        }

        var expectedNodes = new double[n];
        var expectedSlots = new double[slots];
        var actualNodes = new double[n];
        var actualSlots = new double[slots];
        var weights = new double[lanes][];
        for (var start = 0; start < n; start += 7)
        {
            // Batches of 7 or fewer lanes, with sources spread over the graph (and a partial batch at the end).
            var count = Math.Min(7, n - start);
            var batch = new int[count];
            for (var j = 0; j < count; j++)
            {
                batch[j] = (start + (j * 17)) % n;
                weights[j] = (batch[j] & 1) == 0 ? all : some;
            }

            if (new HashSet<int>(batch).Count < count)
            {
                continue;
            }

            Assert.True(wide.Run(batch, cutoff));
            wide.Accumulate(weights.AsSpan(0, count), actualNodes, actualSlots, endpoints);
            for (var j = 0; j < count; j++)
            {
                single.Run(batch[j], cutoff);
                single.Accumulate(weights[j], expectedNodes, expectedSlots, endpoints);
            }
        }

        Assert.Contains(expectedNodes, v => v > 0);
        for (var v = 0; v < n; v++)
        {
            Assert.Equal(expectedNodes[v], actualNodes[v], 1e-12 * Math.Max(1, Math.Abs(expectedNodes[v])));
        }

        for (var k = 0; k < slots; k++)
        {
            Assert.Equal(expectedSlots[k], actualSlots[k], 1e-12 * Math.Max(1, Math.Abs(expectedSlots[k])));
        }
    }
}
