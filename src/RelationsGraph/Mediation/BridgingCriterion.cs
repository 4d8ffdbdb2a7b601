using System.Globalization;

namespace RelationsGraph.Mediation;

/// <summary>
/// Bridging: the share of the shortest friendly paths between the sides that run through the candidate — subset
/// betweenness from side A to side B over positive ties with lengths 1/strength in <see cref="MediationContext.Graph"/>,
/// divided by the number of cross-side pairs joined by a friendly path. The same scale in every conflict: 1 when every
/// shortest channel between the sides runs through the candidate (Böhmelt 2009).
/// </summary>
public sealed class BridgingCriterion : IMediatorCriterion
{
    /// <inheritdoc/>
    public string Name => "bridging";

    /// <inheritdoc/>
    public string Description => "share of the shortest friendly paths between the sides through the candidate (Böhmelt 2009)";

    /// <inheritdoc/>
    public IReadOnlyList<CriterionValue>? Evaluate(MediationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scores = context.BetweenCamps;
        var pairs = ConnectedPairs(context);
        return [.. context.Candidates.Select(c =>
        {
            var raw = scores.TryGetValue(c, out var s) && double.IsFinite(s) ? s : 0;
            if (pairs == 0)
            {
                return new CriterionValue(0, "no friendly path joins the sides");
            }

            var share = Math.Clamp(raw / pairs, 0, 1);
            return new CriterionValue(share, share > 0
                ? $"on {(100 * share).ToString("0.#", CultureInfo.InvariantCulture)}% of the shortest friendly paths between the sides"
                : "on no shortest friendly path between the sides");
        })];
    }

    /// <summary>Cross-side pairs (a, b) joined by a path over positive ties.</summary>
    private static int ConnectedPairs(MediationContext context)
    {
        var graph = context.Graph;
        var positive = graph.View(Graphs.TieFilter.Positive);
        var component = new int[graph.NodeCount];
        Array.Fill(component, -1);
        var label = 0;
        var stack = new Stack<int>();
        for (var s = 0; s < graph.NodeCount; s++)
        {
            if (component[s] >= 0)
            {
                continue;
            }

            component[s] = label;
            stack.Push(s);
            while (stack.Count > 0)
            {
                var u = stack.Pop();
                foreach (var v in positive.OutNeighbors(u))
                {
                    if (component[v] < 0)
                    {
                        component[v] = label;
                        stack.Push(v);
                    }
                }
            }

            label++;
        }

        var count = 0;
        foreach (var a in context.Conflict.SideA)
        {
            foreach (var b in context.Conflict.SideB)
            {
                if (graph.TryGetIndex(a, out var i) && graph.TryGetIndex(b, out var j) && component[i] == component[j])
                {
                    count++;
                }
            }
        }

        return count;
    }
}
