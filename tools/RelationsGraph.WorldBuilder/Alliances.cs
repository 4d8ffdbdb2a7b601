using System.Globalization;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Alliances from ATOP 5.1 directed dyad-years, 1995–2018: one undirected <c>alliance</c> relation per dyad and run of
/// years with the same strongest obligation. The weight is that of the strongest obligation in either direction
/// (<see cref="Obligations"/>: defence 1.0, offence 0.9, neutrality 0.4, consultation 0.3, non-aggression 0.2, so
/// defence and offence pacts stand far above consultation and non-aggression); attribute <c>obligation</c>, and
/// <c>asymmetric=true</c> when only one direction holds it. A run active in 2018 (ATOP's last year) stays open with
/// <c>observed_to=2018</c>. ATOP counts regional treaties with security clauses (the Arab League's joint defence
/// treaty, the Rio Treaty, African Union-type pacts, the CIS and CSTO treaties) as alliances, so members of those bodies
/// are also allied pairwise.
/// </summary>
internal static class Alliances
{
    public const string File = "atop/atop_alliance.csv.gz";

    /// <summary>The last year of ATOP 5.1.</summary>
    public const int LastYear = 2018;

    /// <summary>The obligations, strongest first: column, name, weight.</summary>
    public static IReadOnlyList<(string Column, string Name, double Weight)> Obligations { get; } =
    [
        ("atop_defense", "defence", 1.0),
        ("atop_offense", "offence", 0.9),
        ("atop_neutral", "neutrality", 0.4),
        ("atop_consul", "consultation", 0.3),
        ("atop_nonagg", "non-aggression", 0.2),
    ];

    public static void Add(BuildContext context)
    {
        var reference = context.Cite("atop-5.1", "ATOP 5.1 alliance obligations (directed dyad-years)", File);

        // (a, b) with a < b → year → obligations bitmask per direction (index 0: a→b, 1: b→a).
        var dyads = new SortedDictionary<(string A, string B), SortedDictionary<int, int[]>>();
        foreach (var row in context.Sources.Rows(File))
        {
            var year = row.Int("year");
            context.Sources.CheckYear(row, "year", year);
            if (year < BuildContext.FirstYear)
            {
                context.Exclude(File, "before 1995");
                continue;
            }

            var mask = 0;
            for (var i = 0; i < Obligations.Count; i++)
            {
                if (row.Int(Obligations[i].Column) == 1)
                {
                    mask |= 1 << i;
                }
            }

            if (mask == 0)
            {
                context.Exclude(File, "no obligation in this direction");
                continue;
            }

            var s1 = context.Codes.FromCow(row.Int("ccode1"), row, "ccode1");
            var s2 = context.Codes.FromCow(row.Int("ccode2"), row, "ccode2");
            if (!context.IsState(s1) || !context.IsState(s2))
            {
                context.Exclude(File, "a party is not a UN member or observer state (e.g. Taiwan, Kosovo)");
                continue;
            }

            if (!context.IsActive(s1, year) || !context.IsActive(s2, year))
            {
                context.Exclude(File, "a party is not in the system that year");
                continue;
            }

            if (s1 == s2)
            {
                context.Exclude(File, "both codes map to the same state");
                continue;
            }

            var forward = string.CompareOrdinal(s1, s2) < 0;
            var key = forward ? (s1, s2) : (s2, s1);
            if (!dyads.TryGetValue(key, out var years))
            {
                dyads[key] = years = [];
            }

            if (!years.TryGetValue(year, out var dirs))
            {
                years[year] = dirs = new int[2];
            }

            dirs[forward ? 0 : 1] |= mask;
        }

        foreach (var ((a, b), years) in dyads)
        {
            var runs = new List<(int First, int Last, int Obligation, bool Asymmetric)>();
            foreach (var (year, dirs) in years)
            {
                var both = dirs[0] | dirs[1];
                var strongest = System.Numerics.BitOperations.TrailingZeroCount(both);
                var bit = 1 << strongest;
                var asymmetric = (dirs[0] & bit) == 0 || (dirs[1] & bit) == 0;
                if (runs.Count > 0 && runs[^1].Last == year - 1 && runs[^1].Obligation == strongest && runs[^1].Asymmetric == asymmetric)
                {
                    runs[^1] = runs[^1] with { Last = year };
                }
                else
                {
                    runs.Add((year, year, strongest, asymmetric));
                }
            }

            foreach (var (first, last, obligation, asymmetric) in runs)
            {
                var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["obligation"] = Obligations[obligation].Name };
                if (asymmetric)
                {
                    attributes["asymmetric"] = "true";
                }

                var end = Spells.End(last, LastYear);
                if (end is null)
                {
                    attributes["observed_to"] = LastYear.ToString(CultureInfo.InvariantCulture);
                }

                context.AddRelation(new DatasetRelation(a, b, Obligations[obligation].Weight, "alliance", Spells.YearStart(first), end, false, reference, attributes));
            }
        }
    }
}
