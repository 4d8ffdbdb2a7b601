using System.Globalization;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Strategic rivalries from Thompson, Sakuwa and Suhas (2021), COW codes: an undirected relation of kind
/// <c>rivalry</c>, weight −0.5, for the years of the rivalry from 1995 on (a run of years in which both states are in
/// the system). The data end in 2020; a rivalry ending in 2020 is ongoing and stays open with
/// <c>observed_to=2020</c>. The type flags (positional, spatial, ideological, interventionary; principal or aprin —
/// principal rivals, or a rivalry that is principal for one side) are kept as <c>types</c> and <c>principal</c>.
/// Rivalries that ended before 1995 are left out and counted.
/// </summary>
internal static class Rivalries
{
    public const string File = "rivalries/tss_rivalries.csv";

    /// <summary>The data's last year: a rivalry ending then is ongoing.</summary>
    public const int LastYear = 2020;

    public const double Weight = -0.5;

    private static readonly string[] Types = ["positional", "spatial", "ideological", "interventionary"];

    public static void Add(BuildContext context)
    {
        var cite = context.Cite("tss-rivalries", "Strategic rivalries (Thompson, Sakuwa and Suhas 2021)", File);
        foreach (var row in context.Sources.Rows(File))
        {
            var start = row.Int("start");
            var end = row.Int("end");
            context.Sources.CheckYear(row, "start", start);
            context.Sources.CheckYear(row, "end", end);
            if (end > LastYear || start > end)
            {
                throw row.Error("end", $"the rivalry runs {start}-{end}, outside the data's coverage (to {LastYear})");
            }

            if (end < BuildContext.FirstYear)
            {
                context.Exclude(File, "rivalry ended before 1995");
                continue;
            }

            var a = context.Codes.FromCow(row.Int("ccode1"), row, "ccode1");
            var b = context.Codes.FromCow(row.Int("ccode2"), row, "ccode2");
            if (!context.IsState(a) || !context.IsState(b))
            {
                context.Exclude(File, "a rival is not a state of the dataset");
                continue;
            }

            var years = Enumerable.Range(Math.Max(start, BuildContext.FirstYear), end - Math.Max(start, BuildContext.FirstYear) + 1)
                .Where(y => context.IsActive(a, y) && context.IsActive(b, y)).ToList();
            if (years.Count == 0)
            {
                context.Exclude(File, "a rival not in the system in the rivalry's years from 1995");
                continue;
            }

            var types = Types.Where(t => row[t] == "1").ToList();
            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["rivalry"] = row["rivalry"],
                ["tssr_id"] = row.Int("tssr_id").ToString(CultureInfo.InvariantCulture),
                ["types"] = string.Join(';', types),
            };
            if (row["principal"] == "1")
            {
                attributes["principal"] = "both";
            }
            else if (row["aprin"] == "1")
            {
                attributes["principal"] = "one-sided";
            }

            var (source, target) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
            foreach (var (first, last) in Spells.Runs(years))
            {
                var attrs = new SortedDictionary<string, string>(attributes, StringComparer.Ordinal);
                var until = Spells.End(last, LastYear);
                if (until is null)
                {
                    attrs["observed_to"] = LastYear.ToString(CultureInfo.InvariantCulture);
                }

                context.AddRelation(new DatasetRelation(source, target, Weight, "rivalry", Spells.YearStart(first), until, false, cite, attrs));
            }
        }
    }
}
