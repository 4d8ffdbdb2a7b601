using RelationsGraph.Model;

namespace RelationsGraph.Graphs;

/// <summary>
/// Projects a <see cref="RelationsNetwork"/> to a <see cref="SignedGraph"/>, with every choice stated in
/// <see cref="ProjectionOptions"/> and every consequence counted in <see cref="ProjectionReport"/>.
/// </summary>
/// <remarks>
/// Steps, in order: keep relations of the selected kinds and window; apply the bloc handling; map relations to
/// arcs (undirected graph: a→b and {a, b} both become {a, b}; directed graph: a→b stays, {a, b} becomes a→b and
/// b→a); aggregate parallel arcs in input order. An aggregate that overflows to an infinity is rejected with an
/// <see cref="InvalidValueException"/> naming the pair. Every actor becomes a node, in network order, isolated or not.
/// Cost: O(n + m).
/// </remarks>
public static class GraphProjection
{
    /// <summary>Projects <paramref name="network"/> with <paramref name="options"/>.</summary>
    /// <param name="network">The relations network.</param>
    /// <param name="options">The projection's choices; defaults when omitted.</param>
    /// <returns>The graph and the report.</returns>
    public static ProjectionResult Project(RelationsNetwork network, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new ProjectionOptions();
        var relationsIn = network.Relations.Length;
        var filtered = network;
        if (options.Kinds is not null || options.Window is not null)
        {
            filtered = network.Where(r =>
                (options.Kinds is null || options.Kinds.Contains(r.Kind))
                && (options.Window is not { } w || Overlaps(r.Period, w)));
        }

        var filteredOut = relationsIn - filtered.Relations.Length;
        int blocDropped = 0, selfPairs = 0, unmapped = 0, duplicateMemberships = 0;
        switch (options.Blocs)
        {
            case BlocHandling.Keep:
                break;
            case BlocHandling.Drop:
                var blocs = filtered.Actors.Where(a => a.Kind == ActorKind.Bloc).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                var kept = filtered.Where(r => !blocs.Contains(r.Source) && !blocs.Contains(r.Target));
                blocDropped = filtered.Relations.Length - kept.Relations.Length;
                filtered = new RelationsNetwork(kept.Actors.RemoveAll(a => a.Kind == ActorKind.Bloc), kept.Relations);
                break;
            case BlocHandling.ProjectToMembers:
                (filtered, selfPairs, unmapped, duplicateMemberships) = BlocProjection.Project(filtered);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Blocs, "Unknown bloc handling.");
        }

        var ids = filtered.Actors.Select(a => a.Id).ToArray();
        var index = SignedGraph.BuildIndex(ids);
        var directed = options.Direction == GraphDirection.Directed;
        var capacity = filtered.Relations.Length * (directed ? 2 : 1);
        var src = new List<int>(capacity);
        var dst = new List<int>(capacity);
        var weights = new List<double>(capacity);
        foreach (var r in filtered.Relations)
        {
            var (s, t) = (index[r.Source], index[r.Target]);
            src.Add(s);
            dst.Add(t);
            weights.Add(r.Weight);
            if (directed && !r.IsDirected)
            {
                src.Add(t);
                dst.Add(s);
                weights.Add(r.Weight);
            }
        }

        SignedGraph graph;
        int merged;
        try
        {
            graph = SignedGraph.FromArcs(ids, index, directed, [.. src], [.. dst], [.. weights], options.Aggregation, out merged);
        }
        catch (ArgumentException e)
        {
            throw new InvalidValueException(new InputLocation("projection", null, "weight"), e.Message, e);
        }

        var report = new ProjectionReport
        {
            Options = options,
            RelationsIn = relationsIn,
            RelationsFilteredOut = filteredOut,
            BlocRelationsDropped = blocDropped,
            BlocSelfPairsDropped = selfPairs,
            BlocRelationsUnmapped = unmapped,
            DuplicateMembershipsIgnored = duplicateMemberships,
            ParallelMerged = merged,
            ZeroWeightEdges = graph.EdgeCount - graph.PositiveEdgeCount - graph.NegativeEdgeCount,
        };
        return new ProjectionResult(graph, report);
    }

    /// <summary>Projects <paramref name="network"/> and returns the graph alone.</summary>
    /// <param name="network">The relations network.</param>
    /// <param name="options">The projection's choices; defaults when omitted.</param>
    /// <returns>The graph.</returns>
    public static SignedGraph ToSignedGraph(this RelationsNetwork network, ProjectionOptions? options = null) => Project(network, options).Graph;

    private static bool Overlaps(ValidityPeriod period, ValidityPeriod window) =>
        (period.Start is null || window.End is null || period.Start <= window.End)
        && (period.End is null || window.Start is null || window.Start <= period.End);
}
