namespace RelationsGraph.WorldBuilder;

/// <summary>
/// State nodes: every UN member state from 1995 or its admission, and the two observer states (the Holy See and
/// Palestine). UN membership per year comes from COW IGO 3.0 (igo <c>un</c>, full members) to 2014; there has been
/// no admission since South Sudan's in 2011, so the 2014 members are carried to <see cref="LastYear"/>. The Federal
/// Republic of Yugoslavia (COW 345), outside the UN from 1992 until its admission in November 2000, is in the system
/// from 1995 as the Gleditsch–Ward list has it. Each state is joined to the bloc <c>UN</c> by a membership relation
/// for its years (observer states with <c>status=observer</c>), which is how users and the mediation context know
/// which states exist at a date.
/// </summary>
internal static class Nodes
{
    /// <summary>The last year of the dataset (the Factbook's last edition).</summary>
    public const int LastYear = 2025;

    private const string IgoFile = "cow-igo/state_year_format3_long.csv.gz";
    private const string GwFile = "cow-states/gw_states.csv";

    public static void Add(BuildContext context)
    {
        var un = context.Cite("cow-igo-3.0", "COW IGO 3.0 state-year memberships", IgoFile);
        var gwRef = context.Cite("gw-states", "Gleditsch-Ward list of independent states", GwFile);
        var observers = context.Cite(new Citation(
            "un-observers",
            "Non-member States (the Holy See since 1964; Palestine, observer entity since 1974 and non-member observer State since GA resolution 67/19 of 29 November 2012)",
            "https://www.un.org/en/about-us/non-member-states",
            "United Nations",
            string.Empty,
            "public information"));

        var years = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var row in context.Sources.Rows(IgoFile))
        {
            if (row["igo"] != "un" || row.Int("status") != 1)
            {
                continue;
            }

            var year = row.Int("year");
            if (year < BuildContext.FirstYear)
            {
                continue;
            }

            var iso = context.Codes.FromCow(row.Int("ccode"), row, "ccode");
            (years.TryGetValue(iso, out var set) ? set : years[iso] = []).Add(year);
        }

        var last = years.Values.SelectMany(s => s).Max();
        foreach (var (iso, set) in years)
        {
            if (set.Contains(last))
            {
                for (var y = last + 1; y <= LastYear; y++)
                {
                    set.Add(y);
                }
            }
        }

        var outside = new SortedSet<int>();

        // Yugoslavia (Serbia and Montenegro) before its UN admission: independent per Gleditsch-Ward.
        foreach (var row in context.Sources.Rows(GwFile))
        {
            if (row.Int("gwcode") != 345)
            {
                continue;
            }

            var from = Math.Max(BuildContext.FirstYear, row.DateOrNull("startdate")!.Value.Year);
            var to = row.DateOrNull("enddate")!.Value.Year;
            var admitted = years["SRB"].Min;
            for (var y = from; y < admitted && y <= to; y++)
            {
                outside.Add(y);
            }
        }

        context.AddActor(new DatasetActor("UN", "United Nations", "bloc", null, string.Empty, "universal"));
        foreach (var (iso, set) in years.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            context.StateYears[iso] = iso == "SRB" ? [.. set.Union(outside)] : set;
            context.AddActor(new DatasetActor(iso, context.Codes.NameOf(iso), "state", CowOf(context, iso), Region(context, iso), string.Empty, context.Codes.ContinentOf(iso), MajorPowers.Contains(iso)));
            var spells = Spells.Runs(set).Select(r => (r.First, r.Last, GwOnly: false));
            if (iso == "SRB")
            {
                spells = spells.Concat(Spells.Runs(outside).Select(r => (r.First, r.Last, GwOnly: true)));
            }

            foreach (var (first, lastRun, gwOnly) in spells)
            {
                context.AddRelation(new DatasetRelation(
                    iso,
                    "UN",
                    1,
                    "membership",
                    Spells.YearStart(first),
                    Spells.End(lastRun, LastYear),
                    true,
                    gwOnly ? gwRef : un,
                    new SortedDictionary<string, string>(StringComparer.Ordinal) { ["status"] = gwOnly ? "outside" : "full" }));
            }
        }

        foreach (var (iso, name) in new[] { ("VAT", "Holy See"), ("PSE", "Palestine") })
        {
            var set = new SortedSet<int>(Enumerable.Range(BuildContext.FirstYear, LastYear - BuildContext.FirstYear + 1));
            context.StateYears[iso] = set;
            context.AddActor(new DatasetActor(iso, name, "state", null, Region(context, iso), string.Empty, context.Codes.ContinentOf(iso)));
            context.AddRelation(new DatasetRelation(
                iso,
                "UN",
                1,
                "membership",
                Spells.YearStart(BuildContext.FirstYear),
                null,
                true,
                observers,
                new SortedDictionary<string, string>(StringComparer.Ordinal) { ["status"] = "observer" }));
        }
    }

    /// <summary>
    /// The major powers of the Correlates of War state system in 1995–2016 (majors2016: the United States, the United
    /// Kingdom, France, Germany, Russia, China and Japan), the states whose dyads with anyone are "politically relevant".
    /// Written as the node column <c>major_power</c>; cited as <c>cow-majors</c> in the dataset README.
    /// </summary>
    public static readonly IReadOnlySet<string> MajorPowers = new HashSet<string>(["USA", "GBR", "FRA", "DEU", "RUS", "CHN", "JPN"], StringComparer.Ordinal);

    private static int? CowOf(BuildContext context, string iso) =>
        iso switch
        {
            "SRB" => 345,
            "DEU" => 255,
            "YEM" => 679,
            "VNM" => 816,
            _ => context.Codes.CowOf(iso),
        };

    private static string Region(BuildContext context, string iso) => context.Codes.RegionOf(iso);
}
