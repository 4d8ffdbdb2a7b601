namespace RelationsGraph.WorldBuilder;

/// <summary>
/// What the build modules share: the sources, the code crosswalk, and what has been derived so far (actors, relations,
/// time-varying attributes, citations, and the rows left out with their reasons, counted for the build report).
/// Modules run in order (see <see cref="Builder.Modules"/>): nodes first, then memberships (which later modules use to
/// expand bloc senders), then the rest.
/// </summary>
internal sealed class BuildContext(SourceFiles sources, CountryCodes codes)
{
    /// <summary>The first year of the dataset.</summary>
    public const int FirstYear = 1995;

    public SourceFiles Sources { get; } = sources;

    public CountryCodes Codes { get; } = codes;

    /// <summary>The repository root (the overlay reads the hand-curated world-2023 dataset from src/RelationsGraph/Data).</summary>
    public string RepositoryRoot { get; init; } = Repository.Find();

    public SortedDictionary<string, DatasetActor> Actors { get; } = new(StringComparer.Ordinal);

    public List<DatasetRelation> Relations { get; } = [];

    public List<AttributeValue> AttributeValues { get; } = [];

    /// <summary>State-years without a value for an attribute, with the reason (<c>gaps.csv</c>).</summary>
    public List<AttributeGap> Gaps { get; } = [];

    public SortedDictionary<string, Citation> Citations { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows left out, per (source file, reason): the build report lists them.</summary>
    public SortedDictionary<(string File, string Reason), int> Excluded { get; } = new();

    /// <summary>For each state node, the years it is in the system (a UN member or observer state), filled by the nodes module.</summary>
    public Dictionary<string, SortedSet<int>> StateYears { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether an id is a state node of the dataset.</summary>
    public bool IsState(string id) => StateYears.ContainsKey(id);

    /// <summary>Whether a state node is in the system in a year.</summary>
    public bool IsActive(string id, int year) => StateYears.TryGetValue(id, out var y) && y.Contains(year);

    public void AddActor(DatasetActor actor)
    {
        if (!Actors.TryAdd(actor.Id, actor))
        {
            throw new InvalidOperationException($"actor {actor.Id} added twice");
        }
    }

    public void AddRelation(DatasetRelation relation)
    {
        if (!Actors.ContainsKey(relation.Source) || !Actors.ContainsKey(relation.Target))
        {
            throw new InvalidOperationException($"relation {relation.Source}-{relation.Target} ({relation.Kind}) names an actor that is not a node");
        }

        if (!Citations.ContainsKey(relation.Ref))
        {
            throw new InvalidOperationException($"relation {relation.Source}-{relation.Target} cites '{relation.Ref}', which is not registered");
        }

        if (string.Equals(relation.Source, relation.Target, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"self-relation {relation.Source} ({relation.Kind})");
        }

        Relations.Add(relation);
    }

    public void AddAttribute(AttributeValue value)
    {
        if (!Citations.ContainsKey(value.Ref))
        {
            throw new InvalidOperationException($"attribute {value.Name} of {value.Id} cites '{value.Ref}', which is not registered");
        }

        AttributeValues.Add(value);
    }

    /// <summary>Registers a citation for rows derived from manifest files (their dataset and citation texts).</summary>
    public string Cite(string reference, string title, params string[] files)
    {
        var entries = files.Select(Sources.Entry).ToList();
        var citation = string.Join(" ", entries.Select(e => e.Citation).Distinct(StringComparer.Ordinal));
        var licence = string.Join("; ", entries.Select(e => e.Licence).Distinct(StringComparer.Ordinal));
        var years = string.Join("; ", entries.Select(e => e.Years).Distinct(StringComparer.Ordinal));
        Citations[reference] = new Citation(reference, title, string.Empty, citation, years, licence);
        return reference;
    }

    /// <summary>Registers a citation that is not a manifest file (a curated fact with its public source).</summary>
    public string Cite(Citation citation)
    {
        Citations[citation.Ref] = citation;
        return citation.Ref;
    }

    public void Exclude(string file, string reason, int count = 1)
    {
        Excluded[(file, reason)] = Excluded.GetValueOrDefault((file, reason)) + count;
    }

    /// <summary>The members of a bloc in a year, from the membership relations added so far (full members only unless asked).</summary>
    public IReadOnlyList<string> MembersOf(string bloc, int year, bool fullOnly = true)
    {
        var start = Spells.YearStart(year);
        var end = Spells.YearEnd(year);
        return [.. Relations
            .Where(r => r.Kind == "membership" && r.Target == bloc && r.Start <= end && (r.End is null || r.End >= start)
                && (!fullOnly || r.Attributes is null || !r.Attributes.TryGetValue("status", out var s) || s == "full"))
            .Select(r => r.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
