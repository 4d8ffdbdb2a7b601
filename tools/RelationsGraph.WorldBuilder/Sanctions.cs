using System.Globalization;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Sanctions from the Global Sanctions Data Base, release 3 (case level): for every case active in 1995 or later, a
/// directed relation of kind <c>sanction</c> from each sender to each target for the case's years (from 1995), one
/// row per run of years. A case ending in 2022 (the release's last year, which GSDB also uses for "ongoing") stays
/// open with <c>observed_to=2022</c>.
/// <list type="bullet">
/// <item>Names: the curated table <c>curated/gsdb-names.csv</c> first (names with a comma, former names, blocs,
/// groups and the names left out with their reason), then the crosswalk's patterns. A name that maps to nothing is a
/// build error naming file, line and field.</item>
/// <item>Bloc senders (EU, AU, ECOWAS, LAS, OAS, G7, …) are expanded to the bloc's full members of each year
/// (<see cref="BuildContext.MembersOf"/>; rows carry <c>via=BLOC</c>); a state both listed by name and a member of a
/// listed bloc counts as listed. UN Security Council measures stay sanctions by the bloc <c>UN</c> and the OSCE arms
/// embargo on Armenia and Azerbaijan stays a measure by the bloc <c>OSCE</c> (<see cref="KeptAsBloc"/>): expanding
/// either would make every member (the targets included) hostile to the target. A bloc target stays the bloc node.</item>
/// <item>Cases of one sender and target with the same curated reading merge per year: the strongest case gives the
/// weight; <c>case</c>, <c>types</c>, <c>objective</c> and <c>via</c> (the blocs acted through) list every merged case.</item>
/// <item>Weight by scope: <c>−min(0.8, 0.3 + 0.25·trade + 0.15·financial + 0.1·arms + 0.05·military + 0.05·travel)</c>
/// (other only: −0.3; trade: −0.55; trade and financial: −0.7; trade, financial and arms: −0.8).</item>
/// <item>Blunt spots (curated/gsdb-cases.csv): the Crimea and occupied-Donbas measures that GSDB codes as sanctions
/// on Ukraine are re-targeted to Russia (<c>listed_target=UKR</c>, <c>note</c>); measures on persons in Ukraine at its
/// government's request stay on Ukraine with <c>on_behalf_of=UKR</c> (read: not hostility to Ukraine); the OSCE and
/// UK arms embargoes on both Armenia and Azerbaijan carry <c>even_handed=ARM;AZE</c>. GSDB counts measures against
/// armed groups as measures on their state: a case whose objective is <c>end_war</c> or <c>terrorism</c> and whose
/// target's government fought an intrastate conflict (UCDP/PRIO ACD) in the case's years carries
/// <c>armed_groups=possible</c>.</item>
/// </list>
/// </summary>
internal static class Sanctions
{
    public const string File = "gsdb/GSDB_V3.csv";

    /// <summary>The release's last year: a case ending then is ongoing.</summary>
    public const int LastYear = 2022;

    /// <summary>Blocs whose measures stay the bloc's (not expanded to its members).</summary>
    public static readonly IReadOnlySet<string> KeptAsBloc = new HashSet<string>(StringComparer.Ordinal) { "UN", "OSCE" };

    private static readonly string[] Types = ["trade", "financial", "arms", "military", "travel", "other"];

    public static void Add(BuildContext context)
    {
        var cite = context.Cite("gsdb-3", "Global Sanctions Data Base, release 3", File);
        var names = new NameMap(context, "gsdb-names.csv");
        var cases = ReadCases();
        var governmentsAtWar = Conflicts.GovernmentsInIntrastateConflict(context);

        // (sender, target, case) -> year -> via ("" when listed by name)
        var years = new SortedDictionary<(string Sender, string Target, int Case), SortedDictionary<int, string>>();
        var info = new Dictionary<int, SortedDictionary<string, string>>();
        var weights = new Dictionary<int, double>();

        foreach (var row in context.Sources.Rows(File))
        {
            var id = row.Int("case_id");
            var begin = row.Int("begin");
            var end = row.Int("end");
            context.Sources.CheckYear(row, "begin", begin);
            context.Sources.CheckYear(row, "end", end);
            if (begin > end || end > LastYear)
            {
                throw row.Error("end", $"the case runs {begin}-{end}, outside the release's coverage (to {LastYear})");
            }

            var senders = Parse(names, row, "sanctioning_state");
            var targets = Parse(names, row, "sanctioned_state");
            if (end < BuildContext.FirstYear)
            {
                context.Exclude(File, "case ended before 1995");
                continue;
            }

            cases.TryGetValue(id, out var over);
            if (over is { Action: "exclude" })
            {
                context.Exclude(File, "case left out by curated/gsdb-cases.csv: " + over.Note);
                continue;
            }

            var flags = Types.Where(t => row.Int(t) == 1).ToList();
            if (flags.Count == 0)
            {
                context.Exclude(File, "case with no measure type");
                continue;
            }

            weights[id] = Weight(flags);
            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["case"] = id.ToString(CultureInfo.InvariantCulture),
                ["types"] = string.Join(';', flags),
                ["objective"] = row["objective"].Replace(',', ';'),
            };
            var first = Math.Max(begin, BuildContext.FirstYear);
            var objective = row["objective"];

            var caseTargets = new List<string>();
            foreach (var t in targets)
            {
                switch (t.Kind)
                {
                    case NameKind.Exclude:
                        context.Exclude(File, "target " + t.Note);
                        continue;
                    case NameKind.Bloc when !context.Actors.ContainsKey(t.Ids[0]):
                        context.Exclude(File, $"target bloc {t.Ids[0]} is not a node of the dataset");
                        continue;
                    case NameKind.Bloc:
                        caseTargets.Add(t.Ids[0]);
                        break;
                    case NameKind.Group:
                        caseTargets.AddRange(t.Ids);
                        break;
                    default:
                        caseTargets.Add(t.Ids[0]);
                        break;
                }
            }

            if (over is { Action: "retarget" })
            {
                attributes["listed_target"] = string.Join(';', caseTargets);
                attributes["note"] = over.Note;
                caseTargets = [over.Target];
            }
            else if (over is { Action: "on_behalf_of" })
            {
                attributes["on_behalf_of"] = over.Target;
                attributes["note"] = over.Note;
            }
            else if (over is { Action: "note" })
            {
                attributes["note"] = over.Note;
                attributes["even_handed"] = "ARM;AZE";
            }

            if (senders.Concat(targets).Any(t => t.Name == "Hong Kong"))
            {
                attributes["listed"] = "Hong Kong";
            }

            info[id] = attributes;
            for (var year = first; year <= end; year++)
            {
                var yearSenders = Senders(context, senders, year).ToList();
                foreach (var target in caseTargets)
                {
                    if (context.IsState(target) && !context.IsActive(target, year))
                    {
                        context.Exclude(File, "target not a state of the dataset in that year (target-years)");
                        continue;
                    }

                    if ((objective.Contains("end_war", StringComparison.Ordinal) || objective.Contains("terrorism", StringComparison.Ordinal))
                        && governmentsAtWar.Contains((target, year)))
                    {
                        attributes["armed_groups"] = "possible";
                    }

                    foreach (var (sender, via) in yearSenders)
                    {
                        if (sender == target)
                        {
                            context.Exclude(File, "sender is the target (a member of the sending bloc) (sender-target-years)");
                            continue;
                        }

                        var key = (sender, target, id);
                        if (!years.TryGetValue(key, out var set))
                        {
                            years[key] = set = [];
                        }

                        // A state listed by name in a year counts as listed, whatever bloc it is also in.
                        set[year] = set.TryGetValue(year, out var before) && before.Length == 0 ? string.Empty : via;
                    }
                }
            }
        }

        // Cases of one sender and target with the same reading (via, notes) merge per year: the strongest case gives the
        // weight, the attributes list every case, type and objective; runs of years with the same merge become one row.
        var merged = new SortedDictionary<(string Sender, string Target, string Group), SortedDictionary<int, List<int>>>();
        foreach (var ((sender, target, id), set) in years)
        {
            foreach (var (year, via) in set)
            {
                var key = (sender, target, GroupKey(info[id]));
                if (!merged.TryGetValue(key, out var byYear))
                {
                    merged[key] = byYear = [];
                }

                (byYear.TryGetValue(year, out var ids) ? ids : byYear[year] = []).Add(id);
            }
        }

        foreach (var ((sender, target, _), byYear) in merged)
        {
            // Per year: the cases, and the blocs the sender acts through in them (none when listed by name in all).
            var signature = byYear.ToDictionary(kv => kv.Key, kv =>
            {
                var cases = kv.Value.Distinct().Order().ToList();
                var vias = cases.Select(i => years[(sender, target, i)][kv.Key]).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal);
                return string.Join(';', cases) + "|" + string.Join(';', vias);
            });
            foreach (var sig in signature.Values.Distinct().Order(StringComparer.Ordinal))
            {
                var caseList = sig[..sig.IndexOf('|', StringComparison.Ordinal)];
                var via = sig[(sig.IndexOf('|', StringComparison.Ordinal) + 1)..];
                var ids = caseList.Split(';').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
                foreach (var (first, last) in Spells.Runs(signature.Where(kv => kv.Value == sig).Select(kv => kv.Key)))
                {
                    var attributes = new SortedDictionary<string, string>(info[ids[0]], StringComparer.Ordinal)
                    {
                        ["case"] = caseList,
                        ["types"] = string.Join(';', Types.Where(t => ids.Any(i => info[i]["types"].Split(';').Contains(t)))),
                        ["objective"] = string.Join(';', ids.SelectMany(i => info[i]["objective"].Split(';')).Where(o => o.Length > 0).Distinct().Order(StringComparer.Ordinal)),
                    };
                    attributes.Remove("armed_groups");
                    if (ids.Any(i => info[i].ContainsKey("armed_groups")))
                    {
                        attributes["armed_groups"] = "possible";
                    }

                    if (via.Length > 0)
                    {
                        attributes["via"] = via;
                    }

                    var end = Spells.End(last, LastYear);
                    if (end is null)
                    {
                        attributes["observed_to"] = LastYear.ToString(CultureInfo.InvariantCulture);
                    }

                    context.AddRelation(new DatasetRelation(sender, target, ids.Min(i => weights[i]), "sanction", Spells.YearStart(first), end, true, cite, attributes));
                }
            }
        }
    }

    /// <summary>What must agree for cases to merge into one relation: the curated reading.</summary>
    private static string GroupKey(SortedDictionary<string, string> attributes) =>
        string.Join('\u0001', attributes.GetValueOrDefault("on_behalf_of", string.Empty), attributes.GetValueOrDefault("listed_target", string.Empty),
            attributes.GetValueOrDefault("note", string.Empty), attributes.GetValueOrDefault("even_handed", string.Empty), attributes.GetValueOrDefault("listed", string.Empty));

    /// <summary>The weight of a case from its measure types (see the class summary).</summary>
    public static double Weight(IReadOnlyCollection<string> types)
    {
        var score = 0.3;
        score += types.Contains("trade") ? 0.25 : 0;
        score += types.Contains("financial") ? 0.15 : 0;
        score += types.Contains("arms") ? 0.1 : 0;
        score += types.Contains("military") ? 0.05 : 0;
        score += types.Contains("travel") ? 0.05 : 0;
        return -Math.Round(Math.Min(0.8, score), 2);
    }

    /// <summary>Every name of a state field, resolved; a name that maps to nothing is an error naming file, line and field.</summary>
    public static IReadOnlyList<NameEntry> Parse(NameMap names, SourceRow row, string field)
    {
        var list = new List<NameEntry>();
        foreach (var name in names.SplitList(row[field]))
        {
            list.Add(names.Resolve(name) ?? throw row.Error(field, $"'{name}' maps to no state or bloc; add it to tools/RelationsGraph.WorldBuilder/curated/gsdb-names.csv"));
        }

        if (list.Count == 0)
        {
            throw row.Error(field, "empty");
        }

        return list;
    }

    private static IEnumerable<(string Sender, string Via)> Senders(BuildContext context, IReadOnlyList<NameEntry> senders, int year)
    {
        foreach (var s in senders)
        {
            switch (s.Kind)
            {
                case NameKind.Exclude:
                    context.Exclude(File, "sender " + s.Note + " (sender-years)");
                    break;
                case NameKind.State:
                    if (context.IsActive(s.Ids[0], year))
                    {
                        yield return (s.Ids[0], string.Empty);
                    }
                    else
                    {
                        context.Exclude(File, "sender not a state of the dataset in that year (sender-years)");
                    }

                    break;
                default:
                    foreach (var id in s.Ids)
                    {
                        var bloc = id.StartsWith('@') ? id[1..] : s.Kind == NameKind.Bloc ? id : null;
                        if (bloc is null)
                        {
                            if (context.IsActive(id, year))
                            {
                                yield return (id, string.Empty);
                            }

                            continue;
                        }

                        if (KeptAsBloc.Contains(bloc))
                        {
                            if (context.Actors.ContainsKey(bloc))
                            {
                                yield return (bloc, string.Empty);
                            }
                            else
                            {
                                context.Exclude(File, $"sender bloc {bloc} (kept as a bloc) is not a node of the dataset (sender-years)");
                            }

                            continue;
                        }

                        var members = context.MembersOf(bloc, year);
                        if (members.Count == 0)
                        {
                            context.Exclude(File, $"sender bloc {bloc} has no members in the dataset that year (sender-years)");
                        }

                        foreach (var m in members.Where(m => context.IsActive(m, year)))
                        {
                            yield return (m, bloc);
                        }
                    }

                    break;
            }
        }
    }

    private sealed record CaseOverride(string Action, string Target, string Note);

    private static Dictionary<int, CaseOverride> ReadCases()
    {
        var map = new Dictionary<int, CaseOverride>();
        foreach (var row in SourceFiles.ReadCuratedRows("curated/gsdb-cases.csv"))
        {
            var action = row["action"];
            if (action is not ("retarget" or "on_behalf_of" or "note" or "exclude"))
            {
                throw row.Error("action", $"'{action}' is not retarget, on_behalf_of, note or exclude");
            }

            map.Add(row.Int("case_id"), new CaseOverride(action, row["target"], row["note"]));
        }

        return map;
    }
}
