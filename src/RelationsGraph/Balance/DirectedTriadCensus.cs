using RelationsGraph.Graphs;

namespace RelationsGraph.Balance;

/// <summary>
/// The directed signed triad census: every directed tie A → B (weight ≠ 0) with every common neighbour X, classified by
/// the direction and sign of one tie between A and X and one between X and B — 16 types — and counted by the sign of
/// A → B (Leskovec, Huttenlocher &amp; Kleinberg 2010, "contextualized links"). Reciprocal ties between A and X (or X and
/// B) give one context each. With each type come the predictions of balance (sign(AX)·sign(XB)) and of status theory
/// (A → X positive says X ranks above A; if the two ties chain A &lt; X &lt; B, A → B should be positive; A &gt; X &gt; B,
/// negative; otherwise no prediction), and <see cref="BalanceAgreement"/> and <see cref="StatusAgreement"/> count how
/// often the closing tie agrees. Directed graphs only. Cost O(Σ over ties of the common neighbours).
/// </summary>
public sealed class DirectedTriadCensus
{
    private DirectedTriadCensus(IReadOnlyList<DirectedTriadType> types)
    {
        Types = types;
        long balanceHits = 0, balanceAll = 0, statusHits = 0, statusAll = 0;
        foreach (var t in types)
        {
            balanceAll += t.Total;
            balanceHits += t.BalancePrediction > 0 ? t.Positive : t.Negative;
            if (t.StatusPrediction != 0)
            {
                statusAll += t.Total;
                statusHits += t.StatusPrediction > 0 ? t.Positive : t.Negative;
            }
        }

        BalanceAgreement = balanceAll == 0 ? double.NaN : (double)balanceHits / balanceAll;
        StatusAgreement = statusAll == 0 ? double.NaN : (double)statusHits / statusAll;
    }

    /// <summary>The 16 types, in a fixed order: A–X tie (A→X+, A→X−, A←X+, A←X−) by X–B tie (X→B+, X→B−, X←B+, X←B−).</summary>
    public IReadOnlyList<DirectedTriadType> Types { get; }

    /// <summary>The share of contexts whose closing tie has the sign balance predicts; NaN without contexts.</summary>
    public double BalanceAgreement { get; }

    /// <summary>The share of contexts with a status prediction whose closing tie agrees; NaN without such contexts.</summary>
    public double StatusAgreement { get; }

    /// <summary>Counts the contexts.</summary>
    /// <param name="graph">A directed graph.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The census.</returns>
    /// <exception cref="UnsupportedGraphException">The graph is undirected.</exception>
    public static DirectedTriadCensus Count(SignedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected)
        {
            throw new UnsupportedGraphException("The directed signed triad census needs directed ties; project the network as directed (relgraph: --directed).");
        }

        var n = graph.NodeCount;
        var positive = new long[16];
        var negative = new long[16];

        // For node A: the signs of its ties to each X, out (A→X) and in (X→A), stamped per A.
        var stamp = new int[n];
        var outSign = new sbyte[n];
        var inSign = new sbyte[n];
        for (var a = 0; a < n; a++)
        {
            if ((a & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var aOut = graph.OutNeighbors(a);
            var aOutW = graph.OutWeightsOf(a);
            for (var i = 0; i < aOut.Length; i++)
            {
                if (aOutW[i] != 0)
                {
                    Stamp(aOut[i], a + 1);
                    outSign[aOut[i]] = (sbyte)Math.Sign(aOutW[i]);
                }
            }

            var aIn = graph.InNeighbors(a);
            var aInW = graph.InWeightsOf(a);
            for (var i = 0; i < aIn.Length; i++)
            {
                if (aInW[i] != 0)
                {
                    Stamp(aIn[i], a + 1);
                    inSign[aIn[i]] = (sbyte)Math.Sign(aInW[i]);
                }
            }

            for (var k = 0; k < aOut.Length; k++)
            {
                if (aOutW[k] == 0)
                {
                    continue;
                }

                var b = aOut[k];
                var counts = aOutW[k] > 0 ? positive : negative;

                // X among B's neighbours (either direction) that A also touches; each tie X–B with each tie A–X.
                var bIn = graph.InNeighbors(b);
                var bInW = graph.InWeightsOf(b);
                for (var i = 0; i < bIn.Length; i++)
                {
                    if (bInW[i] != 0)
                    {
                        Add(counts, a, bIn[i], xb: bInW[i] > 0 ? 0 : 1);
                    }
                }

                var bOut = graph.OutNeighbors(b);
                var bOutW = graph.OutWeightsOf(b);
                for (var i = 0; i < bOut.Length; i++)
                {
                    if (bOutW[i] != 0)
                    {
                        Add(counts, a, bOut[i], xb: bOutW[i] > 0 ? 2 : 3);
                    }
                }
            }
        }

        string[] ax = ["A→X+", "A→X−", "A←X+", "A←X−"];
        string[] xb = ["X→B+", "X→B−", "X←B+", "X←B−"];
        var types = new DirectedTriadType[16];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                var signAx = i % 2 == 0 ? 1 : -1;
                var signXb = j % 2 == 0 ? 1 : -1;

                // Status: A→X+ or A←X− put X above A (+1); X→B+ or X←B− put B above X (+1).
                var xAboveA = (i < 2 ? 1 : -1) * signAx;
                var bAboveX = (j < 2 ? 1 : -1) * signXb;
                var status = xAboveA == bAboveX ? xAboveA : 0;
                types[(i * 4) + j] = new DirectedTriadType($"{ax[i]} {xb[j]}", positive[(i * 4) + j], negative[(i * 4) + j], signAx * signXb, status);
            }
        }

        return new DirectedTriadCensus(types);

        void Stamp(int x, int value)
        {
            if (stamp[x] != value)
            {
                stamp[x] = value;
                outSign[x] = 0;
                inSign[x] = 0;
            }
        }

        void Add(long[] counts, int a, int x, int xb)
        {
            if (x == a || stamp[x] != a + 1)
            {
                return;
            }

            if (outSign[x] != 0)
            {
                counts[((outSign[x] > 0 ? 0 : 1) * 4) + xb]++;
            }

            if (inSign[x] != 0)
            {
                counts[((inSign[x] > 0 ? 2 : 3) * 4) + xb]++;
            }
        }
    }
}
