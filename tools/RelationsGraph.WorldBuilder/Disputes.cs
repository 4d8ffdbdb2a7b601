using System.Globalization;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Militarized interstate disputes from COW MID 5.0 (directed dispute dyad-years, COW codes, to 2014): the classic
/// record of hostility short of (and including) war — threats, displays and uses of force — which the UCDP data (25
/// battle deaths and more) do not see. Each pair of states with a dispute in a year from 1995 gets an undirected
/// relation of kind <c>conflict</c> whose weight follows the higher of the two sides' hostility levels that year
/// (2 threat of force −0.2, 3 display of force −0.3, 4 use of force −0.5, 5 war −0.8; over all the pair's disputes of
/// the year); consecutive years at the same level merge into one relation, with the disputes in <c>mid</c> and the
/// level in <c>hostlev</c>, and <c>role=dispute</c> so that they stay apart from UCDP's armed conflicts. A dispute-year
/// is an episode of that year: the relation ends with the year, also in 2014 (the data's last year). Rows before 1995,
/// of states outside the dataset or not in the system that year, and dyad-years where neither side went beyond level 1
/// (no militarized action) are left out and counted.
/// </summary>
internal static class Disputes
{
    public const string File = "cow-mid/cow_mid_ddydisps.csv";

    /// <summary>The data's last year.</summary>
    public const int LastYear = 2014;

    /// <summary>The weight of a hostility level (2–5).</summary>
    public static double Weight(int level) => level switch
    {
        2 => -0.2,
        3 => -0.3,
        4 => -0.5,
        5 => -0.8,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "MID hostility levels run from 2 to 5"),
    };

    public static void Add(BuildContext context)
    {
        var cite = context.Cite("cow-mid-5.0", "COW Militarized Interstate Disputes 5.0 (dyadic)", File);

        // (a, b) with a < b -> year -> (highest level, disputes)
        var pairs = new SortedDictionary<(string A, string B), SortedDictionary<int, (int Level, SortedSet<int> Disputes)>>();
        foreach (var row in context.Sources.Rows(File))
        {
            var year = row.Int("year");
            context.Sources.CheckYear(row, "year", year);
            if (year > LastYear)
            {
                throw row.Error("year", $"year {year.ToString(CultureInfo.InvariantCulture)} is after the data's last year {LastYear.ToString(CultureInfo.InvariantCulture)}");
            }

            var c1 = row.Int("ccode1");
            var c2 = row.Int("ccode2");
            if (c1 > c2)
            {
                continue; // each dyad-year is in the file in both directions; read it once
            }

            if (year < BuildContext.FirstYear)
            {
                context.Exclude(File, "dispute-year before 1995");
                continue;
            }

            var level = Math.Max(row.Int("hostlev1"), row.Int("hostlev2"));
            if (level is < 1 or > 5)
            {
                throw row.Error("hostlev1", $"hostility level {level.ToString(CultureInfo.InvariantCulture)} is not 1-5");
            }

            if (level == 1)
            {
                context.Exclude(File, "no militarized action by either side (level 1)");
                continue;
            }

            var a = context.Codes.FromCow(c1, row, "ccode1");
            var b = context.Codes.FromCow(c2, row, "ccode2");
            if (!context.IsState(a) || !context.IsState(b) || !context.IsActive(a, year) || !context.IsActive(b, year))
            {
                context.Exclude(File, "a side not a state of the dataset in the year");
                continue;
            }

            var key = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
            if (!pairs.TryGetValue(key, out var years))
            {
                pairs[key] = years = [];
            }

            var dispute = row.Int("dispnum");
            years[year] = years.TryGetValue(year, out var known)
                ? (Math.Max(known.Level, level), new SortedSet<int>(known.Disputes.Append(dispute)))
                : (level, new SortedSet<int>([dispute]));
        }

        foreach (var ((a, b), years) in pairs)
        {
            foreach (var level in years.Values.Select(v => v.Level).Distinct().Order())
            {
                foreach (var (first, last) in Spells.Runs(years.Where(kv => kv.Value.Level == level).Select(kv => kv.Key)))
                {
                    var disputes = Enumerable.Range(first, last - first + 1).SelectMany(y => years[y].Disputes).Distinct().Order();
                    var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["hostlev"] = level.ToString(CultureInfo.InvariantCulture),
                        ["mid"] = string.Join(';', disputes.Select(d => d.ToString(CultureInfo.InvariantCulture))),
                        ["role"] = "dispute",
                    };
                    context.AddRelation(new DatasetRelation(a, b, Weight(level), "conflict", Spells.YearStart(first), Spells.YearEnd(last), false, cite, attributes));
                }
            }
        }
    }
}
