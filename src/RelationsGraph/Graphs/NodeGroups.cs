using System.Collections.Immutable;
using RelationsGraph.Model;

namespace RelationsGraph.Graphs;

/// <summary>
/// A group label per actor id — the partition that brokerage roles are defined on. Immutable. Build it from a
/// node attribute (<see cref="FromAttribute"/>), from bloc memberships (<see cref="FromBlocs"/>), from a computed
/// partition such as factions (<see cref="FromPartition"/>) or from explicit labels (<see cref="FromLabels"/>).
/// It may name more actors than a graph has; every node of a graph it is applied to must have a group.
/// </summary>
public sealed class NodeGroups
{
    /// <summary>The group of every actor; never changed after construction.</summary>
    private readonly Dictionary<string, string> labels;

    private NodeGroups(ImmutableSortedDictionary<string, string> labels, string description, string? source, string? field)
        : this(new Dictionary<string, string>(labels, StringComparer.Ordinal), description, source, field)
    {
    }

    private NodeGroups(Dictionary<string, string> labels, string description, string? source, string? field)
    {
        this.labels = labels;
        Description = description;
        Source = source;
        Field = field;
        Labels = labels.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Where the groups come from, for options and messages (e.g. <c>attribute group</c>, <c>blocs NATO,CSTO</c>).</summary>
    public string Description { get; }

    /// <summary>The file the groups were read from, when known (named in <see cref="MissingGroupException"/>).</summary>
    public string? Source { get; }

    /// <summary>The attribute or column the groups were read from, when any.</summary>
    public string? Field { get; }

    /// <summary>The distinct group labels, in ordinal order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The number of actors with a group.</summary>
    public int Count => labels.Count;

    /// <summary>The group of an actor.</summary>
    /// <param name="id">The actor id.</param>
    /// <exception cref="KeyNotFoundException">The actor has no group.</exception>
    public string this[string id] => labels.TryGetValue(id, out var label) ? label : throw new KeyNotFoundException($"'{id}' has no group.");

    /// <summary>Looks up the group of an actor.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="label">The group label, when the actor has one.</param>
    /// <returns><see langword="true"/> when the actor has a group.</returns>
    public bool TryGetGroup(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? label) => labels.TryGetValue(id, out label);

    /// <summary>Groups given explicitly as (actor id, group label) pairs.</summary>
    /// <param name="labels">The pairs; an id may appear once.</param>
    /// <param name="description">Where they come from, for options and messages.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentException">An empty id or label, or an id given twice.</exception>
    public static NodeGroups FromLabels(IEnumerable<KeyValuePair<string, string>> labels, string description = "labels")
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentException.ThrowIfNullOrEmpty(description);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (id, label) in labels)
        {
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(label))
            {
                throw new ArgumentException($"Empty actor id or group label ('{id}' → '{label}').", nameof(labels));
            }

            if (!builder.TryAdd(id, label))
            {
                throw new ArgumentException($"'{id}' is given a group twice.", nameof(labels));
            }
        }

        return new NodeGroups(builder.ToImmutable(), description, null, null);
    }

    /// <summary>
    /// Groups from an actor attribute (e.g. the <c>group</c> column of a nodes file). Every actor must have it:
    /// an actor without it (or with an empty value) is rejected, naming the actor.
    /// </summary>
    /// <param name="network">The network whose actors carry the attribute.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="source">The file the actors were read from, named in errors (optional).</param>
    /// <returns>The groups.</returns>
    /// <exception cref="MissingGroupException">No actor has the attribute, or one actor lacks it.</exception>
    public static NodeGroups FromAttribute(RelationsNetwork network, string attribute, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(attribute);
        var location = new InputLocation(source, null, attribute);
        if (network.Actors.Length > 0 && !network.Actors.Any(a => a.Attributes.ContainsKey(attribute)))
        {
            throw new MissingGroupException(location, null, $"no actor has the group attribute '{attribute}' (is the column in the nodes file?)");
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var actor in network.Actors)
        {
            if (!actor.Attributes.TryGetValue(attribute, out var label) || label.Length == 0)
            {
                throw new MissingGroupException(location, actor.Id, $"actor '{actor.Id}' has no group (empty or missing '{attribute}')");
            }

            builder.Add(actor.Id, label);
        }

        return new NodeGroups(builder.ToImmutable(), $"attribute {attribute}", source, attribute);
    }

    /// <summary>
    /// Groups read from a column of a nodes file without the relations model: <paramref name="labels"/>[i] is the group
    /// of <paramref name="ids"/>[i]. The same groups as <see cref="FromAttribute"/> on the network read from that file.
    /// </summary>
    /// <param name="ids">The actor ids, distinct.</param>
    /// <param name="labels">A non-empty label per id.</param>
    /// <param name="attribute">The column name.</param>
    /// <param name="source">The file, named in errors.</param>
    /// <exception cref="ArgumentException">An id given twice.</exception>
    internal static NodeGroups FromColumn(IReadOnlyList<string> ids, IReadOnlyList<string> labels, string attribute, string? source)
    {
        var map = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            map.Add(ids[i], labels[i]);
        }

        return new NodeGroups(map, $"attribute {attribute}", source, attribute);
    }

    /// <summary>
    /// Groups from bloc memberships (<see cref="RelationKind.Membership"/> relations): each actor's group is the
    /// first bloc of <paramref name="blocIds"/> it is a member of (so the order sets the priority for actors in
    /// several); a listed bloc is in its own group. Filter the network by date first (<see cref="RelationsNetwork.At"/>)
    /// for memberships at a date.
    /// </summary>
    /// <param name="network">The network with the memberships.</param>
    /// <param name="blocIds">The blocs, in priority order.</param>
    /// <param name="othersLabel">The group of actors in none of the blocs; <see langword="null"/> leaves them without a group (an error when they are in the graph).</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentException">No bloc, an unknown bloc id, a bloc listed twice, or an <paramref name="othersLabel"/> equal to a bloc id.</exception>
    public static NodeGroups FromBlocs(RelationsNetwork network, IEnumerable<string> blocIds, string? othersLabel = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(blocIds);
        var blocs = blocIds.ToArray();
        if (blocs.Length == 0)
        {
            throw new ArgumentException("Name at least one bloc.", nameof(blocIds));
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var bloc in blocs)
        {
            if (!network.Contains(bloc))
            {
                throw new ArgumentException($"Unknown bloc '{bloc}'.", nameof(blocIds));
            }

            if (!builder.TryAdd(bloc, bloc))
            {
                throw new ArgumentException($"Bloc '{bloc}' is listed twice.", nameof(blocIds));
            }
        }

        if (othersLabel is not null && (othersLabel.Length == 0 || blocs.Contains(othersLabel, StringComparer.Ordinal)))
        {
            throw new ArgumentException($"The label for other actors must be non-empty and differ from the bloc ids, not '{othersLabel}'.", nameof(othersLabel));
        }

        foreach (var bloc in blocs)
        {
            foreach (var member in network.MembersOf(bloc))
            {
                builder.TryAdd(member, bloc);
            }
        }

        if (othersLabel is not null)
        {
            foreach (var actor in network.Actors)
            {
                builder.TryAdd(actor.Id, othersLabel);
            }
        }

        return new NodeGroups(builder.ToImmutable(), $"blocs {string.Join(',', blocs)}", null, null);
    }

    /// <summary>Groups from a partition: the actors of part <c>i</c> get label <c>labels[i]</c> (default: <c>1</c>, <c>2</c>, ...).</summary>
    /// <param name="parts">Disjoint sets of actor ids (e.g. the factions of a signed partition).</param>
    /// <param name="labels">A label per part (optional).</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentException">An actor in two parts, a count of labels that does not match, or duplicate labels.</exception>
    public static NodeGroups FromPartition(IEnumerable<IEnumerable<string>> parts, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.Select(p => p.ToArray()).ToArray();
        var names = labels ?? Enumerable.Range(1, list.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        if (names.Count != list.Length || names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException($"Give one distinct label per part ({list.Length} parts, {names.Count} labels).", nameof(labels));
        }

        var pairs = list.SelectMany((part, i) => part.Select(id => KeyValuePair.Create(id, names[i])));
        return FromLabels(pairs, "partition");
    }

    /// <summary>
    /// The group index (into <paramref name="groupLabels"/>, ordinal order) of every node of <paramref name="graph"/>.
    /// </summary>
    internal int[] Resolve(SignedGraph graph, out string[] groupLabels)
    {
        var group = new int[graph.NodeCount];
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = graph.IdArray;
        for (var v = 0; v < group.Length; v++)
        {
            if (!labels.TryGetValue(ids[v], out var label))
            {
                var what = Field is null ? Description : $"'{Field}'";
                throw new MissingGroupException(new InputLocation(Source ?? Description, null, Field), ids[v], $"node '{ids[v]}' has no group ({what})");
            }

            if (!firstSeen.TryGetValue(label, out var g))
            {
                g = firstSeen.Count;
                firstSeen.Add(label, g);
            }

            group[v] = g;
        }

        groupLabels = [.. firstSeen.Keys.Order(StringComparer.Ordinal)];
        var rank = new int[groupLabels.Length];
        for (var g = 0; g < groupLabels.Length; g++)
        {
            rank[firstSeen[groupLabels[g]]] = g;
        }

        for (var v = 0; v < group.Length; v++)
        {
            group[v] = rank[group[v]];
        }

        return group;
    }
}
