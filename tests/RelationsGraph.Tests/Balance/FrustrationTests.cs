using RelationsGraph.Balance;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Balance;

/// <summary>The exact frustration index on graphs far deeper than the call stack would allow a recursive search.</summary>
public sealed class FrustrationTests
{
    [Fact]
    public void Exact_LongPathWithFrustratedTriangle_SolvedWithoutStackOverflow()
    {
        // A path of 100,000 positive ties whose last three nodes close a triangle with one negative tie: + + −, one
        // frustrated tie. The branch and bound goes 100,000 levels deep; its explicit stack holds them.
        const int n = 100_000;
        var names = TestGraphs.Names(n);
        var edges = new List<SignedEdge>(n);
        for (var i = 0; i + 1 < n; i++)
        {
            edges.Add(new SignedEdge(names[i], names[i + 1], 1));
        }

        edges.Add(new SignedEdge(names[n - 3], names[n - 1], -1));
        var graph = SignedGraph.Create(names, edges, isDirected: false);

        var result = Frustration.Compute(graph, new FrustrationOptions { Method = FrustrationMethod.Exact, Restarts = 1, Perturbations = 0 });

        Assert.True(result.IsExact);
        Assert.Equal(1, result.Index);
        Assert.Single(result.FrustratedEdges);
    }

    [Fact]
    public void Exact_SmallGraphs_SameAsBruteForce()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var graph = TestGraphs.Random(9, 20, seed, directed: false);

            var result = Frustration.Compute(graph, new FrustrationOptions { Method = FrustrationMethod.Exact, Strength = TieStrength.Absolute });

            Assert.Equal(BruteForce(graph), result.Index, 9);
        }
    }

    private static double BruteForce(SignedGraph graph)
    {
        var best = double.PositiveInfinity;
        for (var mask = 0; mask < 1 << graph.NodeCount; mask++)
        {
            double cost = 0;
            foreach (var e in graph.Edges())
            {
                var apart = ((mask >> e.Source) & 1) != ((mask >> e.Target) & 1);
                cost += (e.Weight < 0) != apart ? Math.Abs(e.Weight) : 0;
            }

            best = Math.Min(best, cost);
        }

        return best;
    }
}
