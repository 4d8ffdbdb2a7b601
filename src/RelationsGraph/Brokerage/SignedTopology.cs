using RelationsGraph.Graphs;

namespace RelationsGraph.Brokerage;

/// <summary>
/// A graph's ties with a tie id per adjacency slot, so signs can be permuted over the fixed topology: an undirected
/// tie has one id shared by its two slots; a directed arc's id is its out-slot, shared with its in-slot.
/// </summary>
internal sealed class SignedTopology
{
    private SignedTopology(SignedGraph graph)
    {
        NodeCount = graph.NodeCount;
        IsDirected = graph.IsDirected;
        OutOffsets = graph.OutOffsets;
        OutTargets = graph.OutTargets;
        OutTies = new int[OutTargets.Length];
        var weights = graph.OutWeights;
        if (IsDirected)
        {
            for (var k = 0; k < OutTies.Length; k++)
            {
                OutTies[k] = k;
            }

            InOffsets = graph.InOffsets;
            InSources = graph.InSources;
            InTies = new int[InSources.Length];
            for (var v = 0; v < NodeCount; v++)
            {
                for (var k = InOffsets[v]; k < InOffsets[v + 1]; k++)
                {
                    InTies[k] = Slot(InSources[k], v);
                }
            }

            TieCount = OutTies.Length;
            Signs = new sbyte[TieCount];
            for (var k = 0; k < TieCount; k++)
            {
                Signs[k] = (sbyte)Math.Sign(weights[k]);
            }
        }
        else
        {
            InOffsets = OutOffsets;
            InSources = OutTargets;
            InTies = OutTies;
            var signs = new List<sbyte>(OutTies.Length / 2);
            for (var u = 0; u < NodeCount; u++)
            {
                for (var k = OutOffsets[u]; k < OutOffsets[u + 1]; k++)
                {
                    var v = OutTargets[k];
                    if (u < v)
                    {
                        OutTies[k] = signs.Count;
                        signs.Add((sbyte)Math.Sign(weights[k]));
                    }
                    else
                    {
                        OutTies[k] = OutTies[Slot(v, u)];
                    }
                }
            }

            TieCount = signs.Count;
            Signs = [.. signs];
        }
    }

    public int NodeCount { get; }

    public bool IsDirected { get; }

    public int[] OutOffsets { get; }

    public int[] OutTargets { get; }

    public int[] OutTies { get; }

    public int[] InOffsets { get; }

    public int[] InSources { get; }

    public int[] InTies { get; }

    public int TieCount { get; }

    /// <summary>The observed sign (−1, 0, +1) of every tie, by tie id.</summary>
    public sbyte[] Signs { get; }

    public static SignedTopology Build(SignedGraph graph) => new(graph);

    private int Slot(int source, int target)
    {
        var start = OutOffsets[source];
        return start + OutTargets.AsSpan(start, OutOffsets[source + 1] - start).BinarySearch(target);
    }
}
