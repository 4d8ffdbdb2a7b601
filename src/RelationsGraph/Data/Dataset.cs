using RelationsGraph.Model;

namespace RelationsGraph.Data;

/// <summary>An embedded, cited dataset: its network and the sources its relations cite.</summary>
public sealed class Dataset
{
    internal Dataset(string name, RelationsNetwork network, IReadOnlyList<DatasetSource> sources, IReadOnlyList<string> notes)
    {
        Name = name;
        Network = network;
        Sources = sources;
        Notes = notes;
    }

    /// <summary>The dataset's name (e.g. <c>world-2023</c>).</summary>
    public string Name { get; }

    /// <summary>The relations network (actors, blocs, memberships and relations with validity periods).</summary>
    public RelationsNetwork Network { get; }

    /// <summary>The sources, in file order.</summary>
    public IReadOnlyList<DatasetSource> Sources { get; }

    /// <summary>Notes from reading the files (none for a well-formed dataset).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The source a relation cites.</summary>
    /// <param name="relation">A relation of <see cref="Network"/>.</param>
    /// <returns>The source, or <see langword="null"/> when it cites none.</returns>
    public DatasetSource? SourceOf(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Sources.FirstOrDefault(s => string.Equals(s.Ref, relation.Reference, StringComparison.Ordinal));
    }
}
