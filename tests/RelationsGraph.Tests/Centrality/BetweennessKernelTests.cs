using RelationsGraph.Centrality;
using RelationsGraph.Paths;
using Xunit;

namespace RelationsGraph.Tests.Centrality;

/// <summary>The one rule that picks a betweenness kernel (<see cref="BetweennessKernel.Choose"/>).</summary>
public sealed class BetweennessKernelTests
{
    private static readonly PathAdjacency HopsAdjacency = PathAdjacency.Out(TestGraphs.Random(40, 120, 1, directed: false), EdgeLength.Hops);

    [Fact]
    public void Choose_SingleSource_TakesTheOneSourceKernel()
    {
        Assert.Same(BetweennessKernel.OneSource, BetweennessKernel.Choose(HopsAdjacency, adversaries: false, sourceCount: 1));
        Assert.Same(BetweennessKernel.OneSource, BetweennessKernel.Choose(HopsAdjacency, adversaries: false, sourceCount: 0));
    }

    [Fact]
    public void Choose_AdversaryPairs_TakeTheOneSourceKernel() =>
        Assert.Same(BetweennessKernel.OneSource, BetweennessKernel.Choose(HopsAdjacency, adversaries: true, sourceCount: 40));

    [Fact]
    public void Choose_HopsFromManySources_TakeABatchedHopsKernel()
    {
        var kernel = BetweennessKernel.Choose(HopsAdjacency, adversaries: false, sourceCount: 40);

        Assert.Same(WideBfsWorker.IsSupported ? BetweennessKernel.WideHops : BetweennessKernel.BatchedHops, kernel);
        Assert.True(kernel.IsBatched);
    }

    [Fact]
    public void Choose_WholeNumberLengths_TakeDialWithAvx512ElseOneSource()
    {
        var graph = TestGraphs.Undirected(["a", "b", "c", "d"], ("a", "b", 1), ("b", "c", -2), ("c", "d", 3), ("a", "d", 1));
        var adjacency = PathAdjacency.Out(graph, EdgeLength.WeightAsDistance);
        var kernel = BetweennessKernel.Choose(adjacency, adversaries: false, sourceCount: 4);

        Assert.True(adjacency.IntegralLengthBound > 0);
        if (WideDialWorker.IsSupported)
        {
            Assert.Same(BetweennessKernel.WideDial, kernel);
        }
        else
        {
            Assert.True(kernel == BetweennessKernel.WideReal || kernel == BetweennessKernel.OneSource);
        }
    }
}
