using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RelationsGraph.Balance;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Balance;

/// <summary>The directed signed triad census against enumeration of every (A, B, X) and every pair of ties.</summary>
public class DirectedTriadCensusTests
{
    [Property(MaxTest = 150)]
    public void Census_EqualsBruteForce(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var n = random.Next(0, 9);
        var arcs = new List<SignedEdge>();
        for (var u = 0; u < n; u++)
        {
            for (var v = 0; v < n; v++)
            {
                if (u != v && random.NextDouble() < 0.45)
                {
                    arcs.Add(new SignedEdge($"n{u}", $"n{v}", random.Next(5) switch { 0 => 0, 1 or 2 => -1, _ => 1 }));
                }
            }
        }

        var g = SignedGraph.Create(Enumerable.Range(0, n).Select(i => $"n{i}"), arcs, isDirected: true);
        var positive = new long[16];
        var negative = new long[16];
        int Sign(int u, int v) => g.TryGetWeight(u, v, out var w) ? Math.Sign(w) : 0;
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                var ab = a == b ? 0 : Sign(a, b);
                if (ab == 0)
                {
                    continue;
                }

                for (var x = 0; x < n; x++)
                {
                    if (x == a || x == b)
                    {
                        continue;
                    }

                    // A–X ties: A→X (0 +, 1 −), X→A (2 +, 3 −); X–B ties: X→B (0, 1), B→X (2, 3).
                    var axTypes = new List<int>();
                    if (Sign(a, x) != 0)
                    {
                        axTypes.Add(Sign(a, x) > 0 ? 0 : 1);
                    }

                    if (Sign(x, a) != 0)
                    {
                        axTypes.Add(Sign(x, a) > 0 ? 2 : 3);
                    }

                    var xbTypes = new List<int>();
                    if (Sign(x, b) != 0)
                    {
                        xbTypes.Add(Sign(x, b) > 0 ? 0 : 1);
                    }

                    if (Sign(b, x) != 0)
                    {
                        xbTypes.Add(Sign(b, x) > 0 ? 2 : 3);
                    }

                    foreach (var i in axTypes)
                    {
                        foreach (var j in xbTypes)
                        {
                            (ab > 0 ? positive : negative)[(i * 4) + j]++;
                        }
                    }
                }
            }
        }

        var census = DirectedTriadCensus.Count(g);

        for (var t = 0; t < 16; t++)
        {
            Assert.Equal(positive[t], census.Types[t].Positive);
            Assert.Equal(negative[t], census.Types[t].Negative);
        }
    }

    [Fact]
    public void Predictions_FollowBalanceAndStatus()
    {
        var census = DirectedTriadCensus.Count(TestGraphs.Directed(["a", "b"], ("a", "b", 1)));
        var byLabel = census.Types.ToDictionary(t => t.Label);

        // A→X+ X→B+: friends of friends (balance +); A below X below B (status +).
        Assert.Equal((1, 1), (byLabel["A→X+ X→B+"].BalancePrediction, byLabel["A→X+ X→B+"].StatusPrediction));

        // A→X− X→B−: enemy of an enemy (balance +); A above X above B (status −): the theories disagree.
        Assert.Equal((1, -1), (byLabel["A→X− X→B−"].BalancePrediction, byLabel["A→X− X→B−"].StatusPrediction));

        // A→X+ X←B+: X above A and above B — status says nothing about A and B.
        Assert.Equal(0, byLabel["A→X+ X←B+"].StatusPrediction);
        Assert.True(double.IsNaN(census.BalanceAgreement));
        Assert.Throws<UnsupportedGraphException>(() => DirectedTriadCensus.Count(TestGraphs.Undirected(["a", "b"], ("a", "b", 1))));
    }

    [Fact]
    public void Agreement_CountsClosingTiesThatMatchThePrediction()
    {
        // a→x+, x→b+, a→b+: balance and status both predict +, and the tie is +.
        var g = TestGraphs.Directed(["a", "x", "b"], ("a", "x", 1), ("x", "b", 1), ("a", "b", 1));

        var census = DirectedTriadCensus.Count(g);

        Assert.Equal(1, census.Types.Single(t => t.Label == "A→X+ X→B+").Positive);
        Assert.Equal(3, census.Types.Sum(t => t.Total)); // three closing ties, each with the third node as X
        Assert.Equal(1, census.BalanceAgreement);
    }
}
