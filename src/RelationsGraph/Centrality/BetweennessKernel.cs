using System.Diagnostics;
using RelationsGraph.Paths;

namespace RelationsGraph.Centrality;

/// <summary>
/// How <see cref="BetweennessEngine"/> searches: one type per kernel, chosen by <see cref="Choose"/>. The batched
/// kernels search several sources at once on the nodes renumbered breadth-first; the one-source kernel
/// (<see cref="ShortestPathWorker"/>: breadth-first for hops, a bucket queue for small whole-number lengths, a 4-ary heap
/// otherwise) takes everything else, and also the sources a batched search cannot take (too deep).
/// </summary>
internal abstract class BetweennessKernel
{
    /// <summary>The one-source kernel: any lengths, adversary pairs, a single source.</summary>
    public static readonly BetweennessKernel OneSource = new OneSourceKernel();

    /// <summary>Four sources per search, hops, without AVX-512 (<see cref="BatchedBfsWorker"/>).</summary>
    public static readonly BetweennessKernel BatchedHops = new BatchedHopsKernel();

    /// <summary>Sixteen sources per search, hops, AVX-512 (<see cref="WideBfsWorker"/>).</summary>
    public static readonly BetweennessKernel WideHops = new WideHopsKernel();

    /// <summary>Eight sources per search, small whole-number lengths (Dial's algorithm), AVX-512 (<see cref="WideDialWorker"/>).</summary>
    public static readonly BetweennessKernel WideDial = new WideDialKernel();

    /// <summary>Eight sources per search, real-valued lengths in buckets, AVX-512 (<see cref="WideRealWorker"/>).</summary>
    public static readonly BetweennessKernel WideReal = new WideRealKernel();

    /// <summary>The kernel's identity (for working-memory estimates and tests).</summary>
    public abstract BetweennessEngine.KernelKind Kind { get; }

    /// <summary>Sources per search.</summary>
    public abstract int Lanes { get; }

    /// <summary>Whether it searches several sources at once (then on the nodes renumbered breadth-first).</summary>
    public bool IsBatched => Lanes > 1;

    /// <summary>Whether it needs the reverse adjacency of a directed graph (the wide kernels pull σ from in-neighbours).</summary>
    public virtual bool NeedsReverse => false;

    /// <summary>
    /// The one rule. A single source, adversary pairs or an empty graph take the one-source kernel (a batch of one
    /// gains nothing and the batched kernels have no per-source target weights); hops take sixteen lanes with AVX-512,
    /// else four; lengths that are small whole numbers of a quantum 1/L (<see cref="PathAdjacency.IntegralLengthBound"/>:
    /// 2^-k, or thirds, tenths, …) take Dial's eight lanes with AVX-512; other real lengths take the
    /// real-valued eight lanes with AVX-512 when their range and separation fit its buckets; anything else is searched
    /// one source at a time.
    /// </summary>
    /// <param name="adjacency">The ties with their lengths.</param>
    /// <param name="adversaries">Whether only adversary pairs count.</param>
    /// <param name="sourceCount">How many sources.</param>
    public static BetweennessKernel Choose(PathAdjacency adjacency, bool adversaries, int sourceCount)
    {
        if (adversaries || adjacency.NodeCount == 0 || sourceCount <= 1)
        {
            return OneSource;
        }

        if (adjacency.Lengths is null)
        {
            return WideBfsWorker.IsSupported ? WideHops : BatchedHops;
        }

        if (adjacency.IntegralLengthBound > 0 && WideDialWorker.IsSupported)
        {
            return WideDial;
        }

        return WideRealWorker.IsSupported && WideRealWorker.Applies(adjacency, out _, out _) ? WideReal : OneSource;
    }

    /// <summary>A batched kernel's search state on <paramref name="adjacency"/> (renumbered), for one worker.</summary>
    public abstract IBatchedPathSearch CreateSearch(PathAdjacency adjacency, PathAdjacency? reverse);

    private sealed class OneSourceKernel : BetweennessKernel
    {
        public override BetweennessEngine.KernelKind Kind => BetweennessEngine.KernelKind.OneSource;

        public override int Lanes => 1;

        public override IBatchedPathSearch CreateSearch(PathAdjacency adjacency, PathAdjacency? reverse) =>
            throw new UnreachableException("The one-source kernel is not batched.");
    }

    private sealed class BatchedHopsKernel : BetweennessKernel
    {
        public override BetweennessEngine.KernelKind Kind => BetweennessEngine.KernelKind.Batched;

        public override int Lanes => BatchedBfsWorker.Lanes;

        public override IBatchedPathSearch CreateSearch(PathAdjacency adjacency, PathAdjacency? reverse)
        {
            Debug.Assert(adjacency.Lengths is null, "hops only");
            return new BatchedBfsWorker(adjacency);
        }
    }

    private sealed class WideHopsKernel : BetweennessKernel
    {
        public override BetweennessEngine.KernelKind Kind => BetweennessEngine.KernelKind.Wide;

        public override int Lanes => WideBfsWorker.Lanes;

        public override bool NeedsReverse => true;

        public override IBatchedPathSearch CreateSearch(PathAdjacency adjacency, PathAdjacency? reverse)
        {
            Debug.Assert(adjacency.Lengths is null && WideBfsWorker.IsSupported, "hops, with AVX-512");
            return new WideBfsWorker(adjacency, reverse);
        }
    }

    private sealed class WideDialKernel : BetweennessKernel
    {
        public override BetweennessEngine.KernelKind Kind => BetweennessEngine.KernelKind.Dial;

        public override int Lanes => WideDialWorker.Lanes;

        public override bool NeedsReverse => true;

        public override IBatchedPathSearch CreateSearch(PathAdjacency adjacency, PathAdjacency? reverse)
        {
            Debug.Assert(adjacency.IntegralLengthBound > 0 && WideDialWorker.IsSupported, "small whole-number lengths, with AVX-512");
            return new WideDialWorker(adjacency, reverse);
        }
    }

    private sealed class WideRealKernel : BetweennessKernel
    {
        public override BetweennessEngine.KernelKind Kind => BetweennessEngine.KernelKind.Real;

        public override int Lanes => WideRealWorker.Lanes;

        public override bool NeedsReverse => true;

        public override IBatchedPathSearch CreateSearch(PathAdjacency adjacency, PathAdjacency? reverse)
        {
            Debug.Assert(WideRealWorker.IsSupported, "with AVX-512");
            return new WideRealWorker(adjacency, reverse);
        }
    }
}
