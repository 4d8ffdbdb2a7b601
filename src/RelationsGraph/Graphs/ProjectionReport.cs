namespace RelationsGraph.Graphs;

/// <summary>What the projection did: nothing is dropped or merged without being counted here.</summary>
public sealed record ProjectionReport
{
    /// <summary>The options the projection used.</summary>
    public required ProjectionOptions Options { get; init; }

    /// <summary>The relations in the input network.</summary>
    public int RelationsIn { get; init; }

    /// <summary>Relations left out because of <see cref="ProjectionOptions.Kinds"/> or <see cref="ProjectionOptions.Window"/>.</summary>
    public int RelationsFilteredOut { get; init; }

    /// <summary>Relations left out because they touch a bloc and blocs are dropped.</summary>
    public int BlocRelationsDropped { get; init; }

    /// <summary>Bloc relations not redrawn between members because both ends were the same actor.</summary>
    public int BlocSelfPairsDropped { get; init; }

    /// <summary>Bloc relations left out because they mapped to no member (a bloc without members, or none over the relation's period).</summary>
    public int BlocRelationsUnmapped { get; init; }

    /// <summary>Memberships ignored because they repeat an earlier membership of the same member in the same bloc over an overlapping period.</summary>
    public int DuplicateMembershipsIgnored { get; init; }

    /// <summary>Arcs merged into an edge that another relation had already created (aggregated by <see cref="ProjectionOptions.Aggregation"/>).</summary>
    public int ParallelMerged { get; init; }

    /// <summary>Edges of the result whose aggregated weight is exactly zero (kept: a tie of no polarity).</summary>
    public int ZeroWeightEdges { get; init; }

    /// <summary>The report as short lines for a log or the CLI's stderr; empty when nothing needs saying.</summary>
    /// <returns>One line per fact worth a note.</returns>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>();
        if (RelationsFilteredOut > 0)
        {
            lines.Add($"{RelationsFilteredOut} relation(s) outside the selected kinds or window left out");
        }

        if (BlocRelationsDropped > 0)
        {
            lines.Add($"{BlocRelationsDropped} relation(s) touching blocs left out (blocs dropped)");
        }

        if (BlocSelfPairsDropped > 0)
        {
            lines.Add($"{BlocSelfPairsDropped} bloc relation(s) not redrawn where both ends were the same member");
        }

        if (BlocRelationsUnmapped > 0)
        {
            lines.Add($"{BlocRelationsUnmapped} bloc relation(s) left out: no member of the bloc over the relation's period");
        }

        if (DuplicateMembershipsIgnored > 0)
        {
            lines.Add($"{DuplicateMembershipsIgnored} repeated membership(s) of the same member and bloc over overlapping periods counted once");
        }

        if (ParallelMerged > 0)
        {
            lines.Add($"{ParallelMerged} parallel relation(s) merged into existing edges ({Options.Aggregation.ToString().ToLowerInvariant()})");
        }

        if (ZeroWeightEdges > 0)
        {
            lines.Add($"{ZeroWeightEdges} edge(s) with aggregated weight 0 kept as ties of no polarity");
        }

        return lines;
    }
}
