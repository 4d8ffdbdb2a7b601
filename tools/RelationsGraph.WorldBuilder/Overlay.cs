using System.Globalization;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// The documented overlay: the hand-curated <c>world-2023</c> dataset's cited rows
/// (src/RelationsGraph/Data/world-2023/edges.csv and sources.csv) where no published source covers them — strategic
/// partnerships, the sanctions of 2022 on (GSDB stops at 2022), the UN GA ES-11 votes, alliances and treaties after
/// ATOP's 2018 (e.g. Russia–DPRK 2024), the Belarus–Ukraine conflict. A row is skipped (and counted) when a relation
/// derived from the sources, of the same kind and pair, already holds on the row's start date (on 1 January 1995 for
/// rows that start earlier; for a bloc sender such as the EU, a relation derived from a member with <c>via</c> that
/// bloc counts; an undirected row is covered in either direction; an open derived relation covers only up to its
/// <c>observed_to</c> year, so a treaty after ATOP's 2018 is kept even where ATOP's older tie is carried open). Rows that ended before 1995 are left out. Kept
/// rows carry <c>overlay=world-2023</c> and cite the original source as <c>w23-REF</c>. world-2023 holds no mediation
/// or hosting event, and the overlay refuses any kind but the relation kinds it lists (<see cref="Kinds"/>).
/// </summary>
internal static class Overlay
{
    public const string Folder = "src/RelationsGraph/Data/world-2023";
    public const string EdgesFile = Folder + "/edges.csv";
    public const string SourcesFile = Folder + "/sources.csv";

    /// <summary>The kinds the overlay carries over; any other kind is a build error (no mediation or hosting event may be data).</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "membership", "alliance", "partnership", "trade", "sanction", "conflict", "war", "vote",
    };

    public static void Add(BuildContext context)
    {
        var root = context.RepositoryRoot;
        foreach (var row in SourceFiles.ReadCsv(Path.Combine(root, SourcesFile), SourcesFile))
        {
            context.Cite(new Citation(
                "w23-" + row["ref"],
                row["title"],
                row["url"],
                row["publisher"],
                row["date"],
                "cited fact (world-2023, accessed " + row["accessed"] + ")"));
        }

        var derived = context.Relations.ToList();
        foreach (var row in SourceFiles.ReadCsv(Path.Combine(root, EdgesFile), EdgesFile))
        {
            var kind = row["kind"];
            if (!Kinds.Contains(kind))
            {
                throw row.Error("kind", $"'{kind}' is not a relation kind the overlay carries (no mediation or hosting event may be data)");
            }

            var source = row["source"];
            var target = row["target"];
            // An undated row (always valid in world-2023) holds from the dataset's first year.
            var undated = row["start"].Trim().Length == 0;
            var start = PartialDate(row, "start", first: true) ?? Spells.YearStart(BuildContext.FirstYear);
            var end = PartialDate(row, "end", first: false);
            var directed = row["directed"] switch
            {
                "true" => true,
                "false" => false,
                var d => throw row.Error("directed", $"'{d}' is not true or false"),
            };
            if (!double.TryParse(row["weight"], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !double.IsFinite(weight))
            {
                throw row.Error("weight", $"'{row["weight"]}' is not a number");
            }

            var reference = "w23-" + row["ref"];
            if (!context.Citations.ContainsKey(reference))
            {
                throw row.Error("ref", $"'{row["ref"]}' is not in {SourcesFile}");
            }

            if (end is { } e && e.Year < BuildContext.FirstYear)
            {
                context.Exclude(EdgesFile, "ended before 1995");
                continue;
            }

            if (!context.Actors.ContainsKey(source) || !context.Actors.ContainsKey(target))
            {
                context.Exclude(EdgesFile, "an actor is not a node of the world dataset");
                continue;
            }

            var at = start.Year < BuildContext.FirstYear ? Spells.YearStart(BuildContext.FirstYear) : start;
            if (Covered(derived, kind, source, target, directed, at))
            {
                context.Exclude(EdgesFile, $"{kind}: covered by a derived relation of the same kind and pair on its start date");
                continue;
            }

            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["overlay"] = "world-2023" };
            if (undated)
            {
                attributes["note"] = "undated in world-2023 (always valid): from 1995 here";
            }

            context.AddRelation(new DatasetRelation(source, target, weight, kind, start, end, directed, reference, attributes));
        }
    }

    /// <summary>Whether a derived relation of the kind and pair holds on a day (see the class summary).</summary>
    public static bool Covered(IEnumerable<DatasetRelation> derived, string kind, string source, string target, bool directed, DateOnly day)
    {
        bool From(DatasetRelation r, string s) =>
            r.Source == s || (r.Attributes is not null && r.Attributes.TryGetValue("via", out var via) && via.Split(';').Contains(s));

        // An open relation holds past its source's last year only by extrapolation: it does not cover a later row.
        bool Holds(DatasetRelation r) =>
            r.Start <= day && (r.End is { } end ? end >= day
                : r.Attributes is null || !r.Attributes.TryGetValue("observed_to", out var to)
                    || !int.TryParse(to, NumberStyles.Integer, CultureInfo.InvariantCulture, out var last) || day.Year <= last);

        return derived.Any(r => r.Kind == kind && Holds(r)
            && ((From(r, source) && r.Target == target) || ((!directed || !r.Directed) && From(r, target) && r.Target == source)));
    }

    /// <summary>A yyyy-mm-dd, yyyy-mm or yyyy date: a partial date is its first day for a start and its last day for an end.</summary>
    private static DateOnly? PartialDate(SourceRow row, string field, bool first)
    {
        var s = row[field].Trim();
        if (s.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return first ? month : month.AddMonths(1).AddDays(-1);
        }

        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1800 and < 2200)
        {
            return first ? Spells.YearStart(year) : Spells.YearEnd(year);
        }

        throw row.Error(field, $"'{s}' is not a yyyy-mm-dd, yyyy-mm or yyyy date");
    }
}
