using System.Globalization;
using System.Text.RegularExpressions;

namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Country codes to ISO 3166-1 alpha-3, from the countrycode crosswalk (<c>countrycode/codelist_without_cldr.csv</c>)
/// with the fixes its README names: COW 345 (Yugoslavia, then Serbia and Montenegro, then Serbia) is SRB; COW and
/// G-W 347 (Kosovo) is XKX; G-W 260 (Germany) is DEU; G-W 678 and COW 679 (Yemen) are YEM; G-W 815 and COW 816
/// (Vietnam) are VNM. A code that maps nowhere is an error naming the file, line and field: nothing is dropped
/// silently. Names (as in the sanctions data) are matched by the crosswalk's English regular expressions, then by
/// the aliases in <see cref="NameAliases"/>.
/// </summary>
internal sealed class CountryCodes
{
    public const string File = "countrycode/codelist_without_cldr.csv";

    private readonly Dictionary<int, string> cow = [];
    private readonly Dictionary<int, string> gw = [];
    private readonly Dictionary<string, string> fips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> iso2 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> wb = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> iso3 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> cowOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> continents = new(StringComparer.Ordinal);
    private readonly List<(Regex Pattern, string Iso3)> patterns = [];

    /// <summary>Names used by the sources that the crosswalk's patterns miss, to ISO3. Keys are lower-case.</summary>
    public static IReadOnlyDictionary<string, string> NameAliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kosovo"] = "XKX",
    };

    public CountryCodes(SourceFiles sources)
    {
        foreach (var row in sources.Rows(File))
        {
            var code = row["iso3c"];
            var name = row["country.name.en"];
            if (code.Length == 0)
            {
                // Kosovo has no ISO3 in the crosswalk; the World Bank and most users write XKX.
                if (row["wb"] == "XKX")
                {
                    code = "XKX";
                }
                else
                {
                    continue;
                }
            }

            iso3.Add(code);
            names[code] = name;
            regions[code] = row["region"];
            continents[code] = row["continent"];
            if (row.IntOrNull("cown") is { } c)
            {
                cow.TryAdd(c, code);
                cowOf.TryAdd(code, c);
            }

            if (row.IntOrNull("gwn") is { } g)
            {
                gw.TryAdd(g, code);
            }

            Add(fips, row["fips"], code);
            Add(iso2, row["iso2c"], code);
            Add(wb, row["wb"], code);
            var regex = row["country.name.en.regex"];
            if (regex.Length > 0)
            {
                patterns.Add((new Regex(regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), code));
            }
        }

        cow[345] = "SRB";
        cow[347] = "XKX";
        cow[679] = "YEM";
        cow[816] = "VNM";
        cow[255] = "DEU";
        gw[345] = "SRB";
        gw[347] = "XKX";
        gw[260] = "DEU";
        gw[678] = "YEM";
        gw[815] = "VNM";
        gw[816] = "VNM"; // UCDP writes 816 for Vietnam (the G-W list: 816 = Democratic Republic of Vietnam)
        gw[972] = "TON"; // Tonga: G-W 972, blank in the crosswalk
        iso2["NA"] = "NAM";
    }

    /// <summary>Every ISO3 code the crosswalk knows.</summary>
    public IReadOnlySet<string> Iso3Codes => iso3;

    /// <summary>The COW code of an ISO3 code, when the crosswalk has one.</summary>
    public int? CowOf(string code) => cowOf.TryGetValue(code, out var c) ? c : null;

    /// <summary>The World Bank region of an ISO3 code (empty when none).</summary>
    public string RegionOf(string code) => regions.GetValueOrDefault(code, string.Empty);

    /// <summary>The continent of an ISO3 code (Africa, Americas, Asia, Europe, Oceania; empty when none).</summary>
    public string ContinentOf(string code) => continents.GetValueOrDefault(code, string.Empty);

    /// <summary>The crosswalk's English name of an ISO3 code.</summary>
    public string NameOf(string code) => names.TryGetValue(code, out var n) ? n : code;

    public string FromCow(int code, SourceRow at, string field) =>
        cow.TryGetValue(code, out var s) ? s : throw at.Error(field, $"COW code {code.ToString(CultureInfo.InvariantCulture)} maps to no ISO3 code");

    public string FromGw(int code, SourceRow at, string field) =>
        gw.TryGetValue(code, out var s) ? s : throw at.Error(field, $"Gleditsch-Ward code {code.ToString(CultureInfo.InvariantCulture)} maps to no ISO3 code");

    public string FromFips(string code, SourceRow at, string field) =>
        fips.TryGetValue(code, out var s) ? s : throw at.Error(field, $"FIPS code '{code}' maps to no ISO3 code");

    public bool TryFips(string code, out string iso) => fips.TryGetValue(code, out iso!);

    public bool TryCow(int code, out string iso) => cow.TryGetValue(code, out iso!);

    public string FromIso2(string code, SourceRow at, string field) =>
        iso2.TryGetValue(code, out var s) ? s : throw at.Error(field, $"ISO2 code '{code}' maps to no ISO3 code");

    public bool TryWorldBank(string code, out string iso) => wb.TryGetValue(code, out iso!) || (iso3.Contains(code) && (iso = code) is not null);

    /// <summary>A country name (as in the sanctions data) to ISO3, or null when nothing matches.</summary>
    public string? FromName(string name)
    {
        var key = name.Trim();
        if (NameAliases.TryGetValue(key.ToLowerInvariant(), out var alias))
        {
            return alias;
        }

        string? found = null;
        foreach (var (pattern, code) in patterns)
        {
            if (pattern.IsMatch(key))
            {
                if (found is not null && found != code)
                {
                    return null; // ambiguous: the caller reports it
                }

                found = code;
            }
        }

        return found;
    }

    private static void Add(Dictionary<string, string> map, string key, string code)
    {
        if (key.Length > 0)
        {
            map.TryAdd(key, code);
        }
    }
}
