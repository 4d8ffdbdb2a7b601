namespace RelationsGraph.WorldBuilder;

/// <summary>What a free-text name in a source stands for.</summary>
internal enum NameKind
{
    /// <summary>A state: <see cref="NameEntry.Ids"/> holds its ISO3 code.</summary>
    State,

    /// <summary>A bloc of the dataset: expanded to its members of the year, or kept as the bloc node (see the module).</summary>
    Bloc,

    /// <summary>A fixed group: <see cref="NameEntry.Ids"/> lists ISO3 codes and, prefixed with '@', blocs.</summary>
    Group,

    /// <summary>Not an actor of the dataset (a region, a non-state actor, an entity outside the UN): rows are left out with the note as reason.</summary>
    Exclude,
}

/// <summary>A resolved name: its kind, ids, a note (the reason for an exclusion, or what the mapping means) and whether the curated table gave it.</summary>
internal sealed record NameEntry(string Name, NameKind Kind, IReadOnlyList<string> Ids, string Note, bool Curated);

/// <summary>
/// A curated table of source names (tools/RelationsGraph.WorldBuilder/curated/*.csv, embedded in the builder; columns <c>name,kind,id,note</c>)
/// in front of the crosswalk's English regular expressions (<see cref="CountryCodes.FromName"/>). Lookup is
/// case-insensitive on the trimmed name. A name found in neither is the caller's error (file, line, field).
/// </summary>
internal sealed class NameMap
{
    private readonly Dictionary<string, NameEntry> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly CountryCodes codes;

    public NameMap(BuildContext context, string table)
    {
        codes = context.Codes;
        foreach (var row in SourceFiles.ReadCuratedRows("curated/" + table))
        {
            var name = row["name"].Trim();
            var kind = row["kind"].Trim() switch
            {
                "state" => NameKind.State,
                "bloc" => NameKind.Bloc,
                "group" => NameKind.Group,
                "exclude" => NameKind.Exclude,
                var k => throw row.Error("kind", $"'{k}' is not state, bloc, group or exclude"),
            };
            var ids = row["id"].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (kind != NameKind.Exclude && ids.Length == 0)
            {
                throw row.Error("id", "empty");
            }

            if (kind == NameKind.State && !codes.Iso3Codes.Contains(ids[0]))
            {
                throw row.Error("id", $"'{ids[0]}' is not an ISO3 code of the crosswalk");
            }

            if (!entries.TryAdd(name, new NameEntry(name, kind, ids, row["note"].Trim(), true)))
            {
                throw row.Error("name", $"'{name}' is listed twice");
            }
        }
    }

    /// <summary>How many names of the table were looked up (the table is used, not decoration).</summary>
    public int CuratedHits { get; private set; }

    /// <summary>The curated names that were looked up at least once.</summary>
    public SortedSet<string> Used { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the curated table lists a name (used to re-join names that contain a comma, such as "Korea, North").</summary>
    public bool IsListed(string name) => entries.ContainsKey(name.Trim());

    /// <summary>The entry of a name: the curated table first, then the crosswalk's patterns; null when neither knows it.</summary>
    public NameEntry? Resolve(string name)
    {
        var key = name.Trim();
        if (entries.TryGetValue(key, out var entry))
        {
            CuratedHits++;
            Used.Add(entry.Name);
            return entry;
        }

        return codes.FromName(key) is { } iso ? new NameEntry(key, NameKind.State, [iso], string.Empty, false) : null;
    }

    /// <summary>
    /// Splits a comma list of names ("EU, Croatia, Korea, North") into names, re-joining a name and the following
    /// piece when the curated table lists the joined form.
    /// </summary>
    public IReadOnlyList<string> SplitList(string text)
    {
        var pieces = text.Split(',', StringSplitOptions.TrimEntries);
        var names = new List<string>();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i + 1 < pieces.Length && IsListed(pieces[i] + ", " + pieces[i + 1]))
            {
                names.Add(pieces[i] + ", " + pieces[i + 1]);
                i++;
            }
            else if (pieces[i].Length > 0)
            {
                names.Add(pieces[i]);
            }
        }

        return names;
    }
}
