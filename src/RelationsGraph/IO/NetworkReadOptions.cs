using RelationsGraph.Model;

namespace RelationsGraph.IO;

/// <summary>Options shared by the network readers (CSV, GraphML, JSON).</summary>
public sealed record NetworkReadOptions
{
    /// <summary>
    /// Whether a relation is directed when its row does not say (no <c>directed</c> column or an empty cell);
    /// <see langword="false"/> by default. The CLI's <c>--directed</c> sets it.
    /// </summary>
    public bool DirectedByDefault { get; init; }

    /// <summary>What to do with a relation whose source equals its target (rejected by default).</summary>
    public SelfLoopPolicy SelfLoops { get; init; } = SelfLoopPolicy.Reject;
}
