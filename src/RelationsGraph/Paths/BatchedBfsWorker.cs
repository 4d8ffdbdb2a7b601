using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RelationsGraph.Paths;

/// <summary>
/// Brandes' algorithm for hops, four sources at a time: each node holds its level, path count and accumulation
/// coefficient for the four sources in one <see cref="Vector256{T}"/> each, and the searches advance level by level
/// together, so every visit of a neighbour — a random memory access, the cost that bounds the one-source kernel —
/// serves four sources with a few vector instructions.
/// </summary>
/// <remarks>
/// A node joins the level list of every level at which any of the four sources reaches it; per lane, masks keep the
/// four searches exact and independent, so the results equal four runs of <see cref="ShortestPathWorker"/> up to
/// rounding. Lane sums are added in lane order, so results are deterministic. Memory: 100 bytes per node.
/// </remarks>
internal sealed class BatchedBfsWorker : IBatchedPathSearch
{
    public const int Lanes = 4;

    private readonly PathAdjacency adj;
    private readonly Vector256<double>[] level;
    private readonly Vector256<double>[] sigma;
    private readonly Vector256<double>[] coef;
    private readonly int[] listedAt;
    private readonly List<int> levelNodes = [];
    private readonly List<int> levelStart = [];
    private readonly int[] sources = new int[Lanes];
    private int sourceCount;

    public BatchedBfsWorker(PathAdjacency adjacency)
    {
        adj = adjacency;
        var n = adjacency.NodeCount;
        level = new Vector256<double>[n];
        sigma = new Vector256<double>[n];
        coef = new Vector256<double>[n];
        listedAt = new int[n];
        Array.Fill(level, Vector256.Create(double.PositiveInfinity));
        Array.Fill(listedAt, -1);
        KernelInvariants.Adjacency(adjacency);
    }

    /// <summary>
    /// Searches from up to four sources at once (lanes beyond <paramref name="batch"/>'s length stay empty). Always
    /// <see langword="true"/>: levels are doubles, with no depth limit.
    /// </summary>
    public bool Run(ReadOnlySpan<int> batch, double cutoff)
    {
        KernelInvariants.Batch(batch, Lanes, adj.NodeCount);
        Reset();
        sourceCount = batch.Length;
        batch.CopyTo(sources);
        levelStart.Add(0);
        for (var j = 0; j < batch.Length; j++)
        {
            var s = batch[j];
            level[s] = level[s].WithElement(j, 0);
            sigma[s] = sigma[s].WithElement(j, 1);
            if (listedAt[s] != 0)
            {
                listedAt[s] = 0;
                levelNodes.Add(s);
            }
        }

        var offsets = adj.Offsets;
        ref var target = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        ref var levels = ref MemoryMarshal.GetArrayDataReference(level);
        ref var sigmas = ref MemoryMarshal.GetArrayDataReference(sigma);
        var infinity = Vector256.Create(double.PositiveInfinity);
        for (var l = 0; ; l++)
        {
            var from = levelStart[l];
            var to = levelNodes.Count;
            if (from == to || !(l + 1 <= cutoff))
            {
                break;
            }

            levelStart.Add(to);
            var current = Vector256.Create((double)l);
            var next = Vector256.Create((double)(l + 1));
            for (var i = from; i < to; i++)
            {
                var v = levelNodes[i];
                var mask = Vector256.Equals(Unsafe.Add(ref levels, v), current);
                var sv = Unsafe.Add(ref sigmas, v) & mask;
                var end = offsets[v + 1];
                for (var k = offsets[v]; k < end; k++)
                {
                    var w = Unsafe.Add(ref target, k);
                    ref var lw = ref Unsafe.Add(ref levels, w);
                    var found = mask & Vector256.Equals(lw, infinity);
                    if (found != Vector256<double>.Zero)
                    {
                        lw = Vector256.ConditionalSelect(found, next, lw);
                        if (listedAt[w] != l + 1)
                        {
                            listedAt[w] = l + 1;
                            levelNodes.Add(w);
                        }
                    }

                    ref var sw = ref Unsafe.Add(ref sigmas, w);
                    sw += sv & Vector256.Equals(lw, next);
                }
            }
        }

        levelStart.Add(levelNodes.Count);
        return true;
    }

    /// <summary>
    /// The accumulation of <see cref="ShortestPathWorker.Accumulate"/> for the four searches, levels from the deepest
    /// up. <paramref name="targetWeights"/>[j] gives w(t) for lane j's source.
    /// </summary>
    public void Accumulate(ReadOnlySpan<double[]> targetWeights, Span<double> nodeAcc, Span<double> slotAcc, bool endpoints)
    {
        KernelInvariants.Accumulation(targetWeights, sourceCount, adj.NodeCount, nodeAcc.Length, slotAcc.Length, adj.Targets.Length);
        var offsets = adj.Offsets;
        var trackSlots = !slotAcc.IsEmpty;
        ref var target = ref MemoryMarshal.GetArrayDataReference(adj.Targets);
        ref var levels = ref MemoryMarshal.GetArrayDataReference(level);
        ref var sigmas = ref MemoryMarshal.GetArrayDataReference(sigma);
        ref var coefs = ref MemoryMarshal.GetArrayDataReference(coef);
        var lanes = sourceCount;
        Span<double> weights = stackalloc double[Lanes];
        for (var l = levelStart.Count - 2; l >= 0; l--)
        {
            var current = Vector256.Create((double)l);
            var next = Vector256.Create((double)(l + 1));
            for (var i = levelStart[l]; i < levelStart[l + 1]; i++)
            {
                var v = levelNodes[i];
                var mask = Vector256.Equals(Unsafe.Add(ref levels, v), current);
                var sv = Unsafe.Add(ref sigmas, v);
                var sum = Vector256<double>.Zero;
                var end = offsets[v + 1];
                for (var k = offsets[v]; k < end; k++)
                {
                    var w = Unsafe.Add(ref target, k);
                    var c = Unsafe.Add(ref coefs, w) & Vector256.Equals(Unsafe.Add(ref levels, w), next) & mask;
                    sum += c;
                    if (trackSlots)
                    {
                        var flow = sv * c;
                        slotAcc[k] += ((flow.GetElement(0) + flow.GetElement(1)) + flow.GetElement(2)) + flow.GetElement(3);
                    }
                }

                var dependency = (sv * sum) & mask;
                for (var j = 0; j < Lanes; j++)
                {
                    weights[j] = j < lanes ? targetWeights[j][v] : 0;
                }

                var tw = Vector256.Create(weights[0], weights[1], weights[2], weights[3]) & mask;
                var reached = mask.ExtractMostSignificantBits();
                for (var j = 0; j < lanes; j++)
                {
                    if ((reached & (1u << j)) == 0 || sources[j] == v)
                    {
                        continue;
                    }

                    nodeAcc[v] += dependency.GetElement(j);
                    if (endpoints && weights[j] != 0)
                    {
                        nodeAcc[v] += weights[j];
                        nodeAcc[sources[j]] += weights[j];
                    }
                }

                ref var cv = ref Unsafe.Add(ref coefs, v);
                cv = Vector256.ConditionalSelect(mask, (tw + dependency) / sv, cv);
            }
        }
    }

    private void Reset()
    {
        var infinity = Vector256.Create(double.PositiveInfinity);
        foreach (var v in levelNodes)
        {
            level[v] = infinity;
            sigma[v] = Vector256<double>.Zero;
            coef[v] = Vector256<double>.Zero;
            listedAt[v] = -1;
        }

        levelNodes.Clear();
        levelStart.Clear();
    }
}
