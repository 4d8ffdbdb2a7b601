using System.Globalization;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Armed conflict and support from the UCDP/PRIO Armed Conflict Dataset 25.1 (Gleditsch–Ward codes, to 2024), by
/// conflict-year from 1995. Rows of the same pair, role and kind in consecutive years merge into one relation; a run
/// reaching 2024 stays open with <c>observed_to=2024</c>. Per pair, role and year the highest intensity counts.
/// <list type="bullet">
/// <item>Primary parties that are both states (interstate conflicts; <c>gwno_b</c> not empty): undirected, kind
/// <c>conflict</c> (intensity 1, weight −0.6) or <c>war</c> (intensity 2, weight −1.0), <c>role=primary</c>.</item>
/// <item>A state supporting a side with troops (<c>gwno_a_2nd</c>, <c>gwno_b_2nd</c>): a directed <c>support</c>
/// relation (+0.6) to the supported side's primary state, and hostility to the other side's primary state
/// (directed from the supporter, so that who takes sides stays visible: <c>conflict</c> −0.5 or <c>war</c> −0.8 by
/// intensity, <c>role=supporter</c>). A state supporting the
/// non-state side B of an intrastate conflict (rebels) is hostile to the government: kind <c>conflict</c> (−0.6,
/// directed from the supporter to the government) whatever the intensity, <c>role=supports-rebels</c> (no support relation: rebels are not nodes). A state
/// supporting a government against its rebels gets the support relation only.</item>
/// <item>Rows of intrastate conflicts without a foreign state, years before 1995, parties outside the dataset's
/// states (e.g. Kosovo) or not in the system that year are left out and counted.</item>
/// </list>
/// UCDP names only troop-sending supporters, not arms suppliers or financiers.
/// </summary>
internal static class Conflicts
{
    public const string File = "ucdp-acd/ucdp_acd.csv";

    /// <summary>The dataset's last year: a conflict active then is ongoing.</summary>
    public const int LastYear = 2024;

    public static void Add(BuildContext context)
    {
        var cite = context.Cite("ucdp-acd-25.1", "UCDP/PRIO Armed Conflict Dataset 25.1", File);

        // (source, target, role, directed) -> year -> (intensity, conflict ids)
        var ties = new SortedDictionary<(string Source, string Target, string Role, string Kind), SortedDictionary<int, SortedSet<int>>>();

        void Add(string source, string target, string role, string kind, int year, int conflict)
        {
            if (role == "primary" && string.CompareOrdinal(source, target) > 0)
            {
                (source, target) = (target, source); // undirected hostility between primary parties: one key per pair
            }

            var key = (source, target, role, kind);
            if (!ties.TryGetValue(key, out var years))
            {
                ties[key] = years = [];
            }

            if (!years.TryGetValue(year, out var ids))
            {
                years[year] = ids = [];
            }

            ids.Add(conflict);
        }

        foreach (var row in context.Sources.Rows(File))
        {
            var year = row.Int("year");
            context.Sources.CheckYear(row, "year", year);
            if (year > LastYear)
            {
                throw row.Error("year", $"{year} is after the dataset's coverage (to {LastYear})");
            }

            if (year < BuildContext.FirstYear)
            {
                context.Exclude(File, "conflict-year before 1995");
                continue;
            }

            var a = States(context, row, "gwno_a");
            var b = States(context, row, "gwno_b");
            var a2 = States(context, row, "gwno_a_2nd");
            var b2 = States(context, row, "gwno_b_2nd");

            if (b.Count == 0 && a2.Count == 0 && b2.Count == 0)
            {
                context.Exclude(File, "conflict-year with no foreign state (intrastate, no secondary supporter)");
                continue;
            }

            var intensity = row.Int("intensity_level");
            var conflict = row.Int("conflict_id");
            var war = intensity >= 2;
            bool Keep(string id)
            {
                if (!context.IsState(id))
                {
                    context.Exclude(File, $"party {id} is not a state of the dataset (party-years)");
                    return false;
                }

                if (!context.IsActive(id, year))
                {
                    context.Exclude(File, $"party {id} not in the system that year (party-years)");
                    return false;
                }

                return true;
            }

            a = [.. a.Where(Keep)];
            b = [.. b.Where(Keep)];
            a2 = [.. a2.Where(Keep)];
            b2 = [.. b2.Where(Keep)];

            foreach (var x in a)
            {
                foreach (var y in b)
                {
                    Add(x, y, "primary", war ? "war" : "conflict", year, conflict);
                }
            }

            foreach (var (supporters, own, other) in new[] { (a2, a, b), (b2, b, a) })
            {
                foreach (var s in supporters)
                {
                    foreach (var x in own.Where(x => x != s))
                    {
                        Add(s, x, "support", "support", year, conflict);
                    }

                    foreach (var y in other.Where(y => y != s))
                    {
                        if (own.Count == 0)
                        {
                            // Side B is non-state (rebels): the supporter is hostile to the government.
                            Add(s, y, "supports-rebels", "conflict", year, conflict);
                        }
                        else
                        {
                            Add(s, y, "supporter", war ? "war" : "conflict", year, conflict);
                        }
                    }
                }
            }
        }

        foreach (var ((source, target, role, kind), allYears) in ties)
        {
            var years = allYears;
            // A pair-role with war in a year has no separate conflict row that year.
            if (kind == "conflict" && role != "supports-rebels" && ties.TryGetValue((source, target, role, "war"), out var warYears))
            {
                years = new SortedDictionary<int, SortedSet<int>>(years.Where(kv => !warYears.ContainsKey(kv.Key)).ToDictionary());
            }

            foreach (var (first, last) in Spells.Runs(years.Keys))
            {
                var ids = years.Where(kv => kv.Key >= first && kv.Key <= last).SelectMany(kv => kv.Value).Distinct().Order();
                var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["role"] = role,
                    ["ucdp_conflict"] = string.Join(';', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))),
                };
                var end = Spells.End(last, LastYear);
                if (end is null)
                {
                    attributes["observed_to"] = LastYear.ToString(CultureInfo.InvariantCulture);
                }

                var weight = (role, kind) switch
                {
                    ("support", _) => 0.6,
                    ("primary", "war") => -1.0,
                    ("primary", _) => -0.6,
                    ("supports-rebels", _) => -0.6,
                    (_, "war") => -0.8,
                    _ => -0.5,
                };
                context.AddRelation(new DatasetRelation(source, target, weight, kind, Spells.YearStart(first), end, role != "primary", cite, attributes));
            }
        }
    }

    /// <summary>The (state, year) pairs, 1995 on, in which a state's government was side A of an intrastate or internationalised intrastate conflict.</summary>
    public static HashSet<(string State, int Year)> GovernmentsInIntrastateConflict(BuildContext context)
    {
        var set = new HashSet<(string, int)>();
        foreach (var row in context.Sources.Rows(File))
        {
            if (row["type_of_conflict"] is not ("intrastate" or "II") || row.Int("year") < BuildContext.FirstYear)
            {
                continue;
            }

            foreach (var id in States(context, row, "gwno_a"))
            {
                set.Add((id, row.Int("year")));
            }
        }

        return set;
    }

    /// <summary>The ISO3 codes of a comma-separated list of Gleditsch–Ward codes (empty field: none).</summary>
    private static List<string> States(BuildContext context, SourceRow row, string field)
    {
        var list = new List<string>();
        foreach (var piece in row[field].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(piece, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code))
            {
                throw row.Error(field, $"'{piece}' is not a Gleditsch-Ward code");
            }

            var iso = context.Codes.FromGw(code, row, field);
            if (!list.Contains(iso))
            {
                list.Add(iso);
            }
        }

        return list;
    }
}
