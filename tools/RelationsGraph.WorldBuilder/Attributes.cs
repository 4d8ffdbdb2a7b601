using System.Globalization;
using System.Text.RegularExpressions;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Time-varying state attributes (<c>attributes.csv.gz</c>: id, year, attribute, value, ref):
/// <list type="bullet">
/// <item><c>gdp</c>: GDP in current US$ billions, from the World Bank (to 2023); where the World Bank has no figure for a
/// state-year, the Factbook's official-exchange-rate GDP ("$X billion (2019 est.)", editions 2006–2025; the year is the
/// estimate's year, or the edition's year minus one when none is printed; a later edition wins). Every state-year
/// 1995–2025 without a figure gets a row in <c>gaps.csv</c> with the reason.</item>
/// <item><c>population</c> (millions), <c>milex</c> (US$ millions) and <c>cinc</c> from COW NMC 7.0 (to 2022).</item>
/// <item><c>idealpoint</c>: the Bailey–Strezhnev–Voeten UN General Assembly ideal point; session s is the year 1946+s
/// (session 78 ran from September 2023 to September 2024); only sessions where the state cast at least 20 votes.</item>
/// </list>
/// </summary>
internal static partial class Attributes
{
    public const string GdpFile = "wb-gdp/gdp.csv";
    public const string NmcFile = "cow-nmc/cow_nmc.csv";
    public const string IdealFile = "voeten-idealpoints/IdealpointestimatesAll_Jun2024.csv";
    public const int MinVotes = 20;

    /// <summary>The World Bank's aggregate codes in <c>gdp.csv</c> (regions, income groups, the world): not states.</summary>
    public static IReadOnlySet<string> WorldBankAggregates { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC", "IBD", "IBT", "IDA",
        "IDB", "IDX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC", "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST",
        "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD",
    };

    public static void Add(BuildContext context)
    {
        var gdp = Gdp(context);
        Nmc(context);
        IdealPoints(context);

        // Gap notes: every state-year 1995..2025 without a GDP figure.
        var wbLast = context.Sources.Coverage(GdpFile)?.Last ?? 2023;
        foreach (var (id, years) in context.StateYears.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var year in years)
            {
                if (!gdp.Contains((id, year)))
                {
                    var reason = year > wbLast
                        ? $"World Bank data end in {wbLast.ToString(CultureInfo.InvariantCulture)}; no Factbook estimate for this year"
                        : "no World Bank figure and no Factbook estimate for this year";
                    context.Gaps.Add(new AttributeGap(id, year, "gdp", reason));
                }
            }
        }
    }

    private static HashSet<(string, int)> Gdp(BuildContext context)
    {
        var wb = context.Cite("wb-gdp", "World Bank, GDP (current US$), NY.GDP.MKTP.CD", GdpFile);
        var fb = context.Cite("cia-factbook-gdp", "CIA World Factbook, GDP (official exchange rate), editions 2006-2025", Memberships.FactbookFile, Memberships.FactbookCountries);
        var have = new HashSet<(string, int)>();
        foreach (var row in context.Sources.Rows(GdpFile))
        {
            var year = row.Int("Year");
            context.Sources.CheckYear(row, "Year", year);
            var code = row["Country Code"];
            if (WorldBankAggregates.Contains(code))
            {
                context.Exclude(GdpFile, "World Bank aggregate (region, income group, world)");
                continue;
            }

            if (code == "CHI")
            {
                context.Exclude(GdpFile, "World Bank economy without an ISO3 code (Channel Islands)");
                continue;
            }

            if (!context.Codes.TryWorldBank(code, out var iso))
            {
                throw row.Error("Country Code", $"World Bank code '{code}' maps to no ISO3 code");
            }

            if (year < BuildContext.FirstYear)
            {
                context.Exclude(GdpFile, "before 1995");
                continue;
            }

            if (!context.IsState(iso))
            {
                context.Exclude(GdpFile, "not a UN member or observer state (territory, Kosovo, ...)");
                continue;
            }

            if (!context.IsActive(iso, year))
            {
                context.Exclude(GdpFile, "state not in the system that year");
                continue;
            }

            if (row.DoubleOrNull("Value") is not { } value)
            {
                context.Exclude(GdpFile, "no value");
                continue;
            }

            context.AddAttribute(new AttributeValue(iso, year, "gdp", value / 1e9, wb));
            have.Add((iso, year));
        }

        // The Factbook where the World Bank has nothing: the latest edition's estimate for each state-year.
        var entities = Memberships.FactbookEntities(context);
        var estimates = new SortedDictionary<(string Id, int Year), (int Edition, double Value)>();
        foreach (var row in context.Sources.Rows(Memberships.FactbookFile))
        {
            if (row["field"] != "gdp_official")
            {
                continue; // other fields: read by other modules
            }

            var edition = row.Int("edition");
            context.Sources.CheckYear(row, "edition", edition);
            var iso = Memberships.FactbookState(context, entities, row, edition, row["fips"]);
            if (iso is null)
            {
                continue;
            }

            var m = GdpText().Match(row["content"]);
            if (!m.Success)
            {
                context.Exclude(row.File, "gdp_official: no figure in the text (e.g. NA)");
                continue;
            }

            var value = double.Parse(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) * m.Groups[2].Value switch
            {
                "trillion" => 1000,
                "billion" => 1,
                _ => 0.001,
            };
            var year = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : edition - 1;
            if (year < BuildContext.FirstYear)
            {
                context.Exclude(row.File, "gdp_official: estimate for a year before 1995");
                continue;
            }

            if (!estimates.TryGetValue((iso, year), out var old) || old.Edition < edition)
            {
                estimates[(iso, year)] = (edition, value);
            }
        }

        foreach (var ((iso, year), (_, value)) in estimates)
        {
            if (have.Contains((iso, year)))
            {
                context.Exclude(Memberships.FactbookFile, "gdp_official: the World Bank has a figure for this state-year");
                continue;
            }

            if (!context.IsActive(iso, year))
            {
                context.Exclude(Memberships.FactbookFile, "gdp_official: state not in the system that year");
                continue;
            }

            context.AddAttribute(new AttributeValue(iso, year, "gdp", value, fb));
            have.Add((iso, year));
        }

        return have;
    }

    private static void Nmc(BuildContext context)
    {
        var nmc = context.Cite("cow-nmc-7.0", "COW National Material Capabilities 7.0", NmcFile);
        foreach (var row in context.Sources.Rows(NmcFile))
        {
            var year = row.Int("year");
            context.Sources.CheckYear(row, "year", year);
            if (year < BuildContext.FirstYear)
            {
                context.Exclude(NmcFile, "before 1995");
                continue;
            }

            var iso = context.Codes.FromCow(row.Int("ccode"), row, "ccode");
            if (!context.IsState(iso))
            {
                context.Exclude(NmcFile, "not a UN member or observer state (e.g. Taiwan, Kosovo)");
                continue;
            }

            if (!context.IsActive(iso, year))
            {
                context.Exclude(NmcFile, "state not in the system that year");
                continue;
            }

            foreach (var (column, name, scale) in new[] { ("tpop", "population", 1e-3), ("milex", "milex", 1e-3), ("cinc", "cinc", 1.0) })
            {
                if (row.DoubleOrNull(column) is { } v && v >= 0)
                {
                    context.AddAttribute(new AttributeValue(iso, year, name, v * scale, nmc));
                }
                else
                {
                    context.Exclude(NmcFile, $"{column} missing (-9 or empty)");
                }
            }
        }
    }

    private static void IdealPoints(BuildContext context)
    {
        var ideal = context.Cite("voeten-idealpoints", "Bailey, Strezhnev and Voeten UN General Assembly ideal points (June 2024)", IdealFile);
        foreach (var row in context.Sources.Rows(IdealFile))
        {
            var year = 1946 + row.Int("session");
            context.Sources.CheckYear(row, "session", year);
            if (year < BuildContext.FirstYear)
            {
                context.Exclude(IdealFile, "session before 1995");
                continue;
            }

            if (row.Int("NVotesAll") < MinVotes)
            {
                context.Exclude(IdealFile, "fewer than 20 votes in the session");
                continue;
            }

            var iso = context.Codes.FromCow(row.Int("ccode"), row, "ccode");
            if (!context.IsState(iso))
            {
                context.Exclude(IdealFile, "not a UN member or observer state");
                continue;
            }

            if (row.DoubleOrNull("IdealPointAll") is not { } value)
            {
                context.Exclude(IdealFile, "no ideal point");
                continue;
            }

            context.AddAttribute(new AttributeValue(iso, year, "idealpoint", value, ideal));
        }
    }

    [GeneratedRegex(@"^\s*\$\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(trillion|billion|million)\b(?:[^()$]*?\((\d{4})\s*est)?", RegexOptions.CultureInvariant)]
    private static partial Regex GdpText();
}
