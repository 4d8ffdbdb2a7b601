using RelationsGraph.Graphs;

namespace RelationsGraph.Balance;

/// <summary>A k-way signed partition: the factions (largest first, ties by first member), and their criterion value.</summary>
public sealed class FactionsResult
{
    private readonly Dictionary<string, int> factionOf;

    internal FactionsResult(FactionsOptions options, IReadOnlyList<IReadOnlyList<string>> factions, double criterion, double negativeWithin, double positiveBetween, bool spectral, IReadOnlyList<string> notes)
    {
        Options = options;
        Factions = factions;
        Criterion = criterion;
        NegativeWithin = negativeWithin;
        PositiveBetween = positiveBetween;
        Spectral = spectral;
        Notes = notes;
        factionOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < factions.Count; f++)
        {
            foreach (var id in factions[f])
            {
                factionOf[id] = f;
            }
        }
    }

    /// <summary>The options it was computed with.</summary>
    public FactionsOptions Options { get; }

    /// <summary>The factions (non-empty; members in graph order).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Factions { get; }

    /// <summary>The Doreian–Mrvar criterion α·(negative within) + (1 − α)·(positive between), minimised.</summary>
    public double Criterion { get; }

    /// <summary>Negative ties (or their |w|) inside factions.</summary>
    public double NegativeWithin { get; }

    /// <summary>Positive ties (or their |w|) between factions.</summary>
    public double PositiveBetween { get; }

    /// <summary>Whether the start came from the signed Laplacian's eigenvectors (false: a random start, for graphs too large).</summary>
    public bool Spectral { get; }

    /// <summary>Remarks for the user.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The faction index (0-based, as in <see cref="Factions"/>) of a node.</summary>
    /// <param name="id">The node id.</param>
    /// <returns>The index.</returns>
    public int FactionOf(string id) => factionOf.TryGetValue(id, out var f) ? f : throw new KeyNotFoundException($"No node has the id '{id}'.");

    /// <summary>The factions as groups labelled 1, 2, ... — for brokerage roles or a conflict's sides.</summary>
    /// <returns>The groups.</returns>
    public NodeGroups ToGroups() => NodeGroups.FromPartition(Factions);
}
