using System.Globalization;
using System.Text;
using RelationsGraph.IO;

namespace RelationsGraph.Loaders;

/// <summary>
/// The country-code tables shipped with the library (embedded; sources in <c>src/RelationsGraph/Data/codes/README.md</c>):
/// Correlates of War numeric codes, CAMEO/GDELT actor country codes and ICEWS country names, each mapped to ISO 3166-1
/// alpha-3. COW abbreviations are not ISO3 and collide with it (COW SWZ is Switzerland, ISO SWZ Eswatini; COW AUS is
/// Austria, ISO AUS Australia): key on the numeric code.
/// </summary>
public static class CountryCodes
{
    private static readonly Lazy<IReadOnlyDictionary<int, string>> CowTable = new(() =>
        Read("cow", "ccode", "iso3").ToDictionary(kv => int.Parse(kv.Key, NumberStyles.None, CultureInfo.InvariantCulture), kv => kv.Value));

    private static readonly Lazy<IReadOnlyDictionary<string, string>> CameoTable = new(() =>
        Read("cameo", "code", "iso3").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyDictionary<string, string>> IcewsTable = new(() =>
        Read("icews", "name", "iso3").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

    /// <summary>COW numeric state code → ISO3 (states without an ISO3 code are left out).</summary>
    public static IReadOnlyDictionary<int, string> Cow => CowTable.Value;

    /// <summary>CAMEO/GDELT actor country code → ISO3.</summary>
    public static IReadOnlyDictionary<string, string> Cameo => CameoTable.Value;

    /// <summary>ICEWS country name → ISO3.</summary>
    public static IReadOnlyDictionary<string, string> Icews => IcewsTable.Value;

    private static List<KeyValuePair<string, string>> Read(string table, string key, string value)
    {
        var name = $"RelationsGraph.Data.codes.{table}.csv";
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded table {name} is missing.");
        using var text = new StreamReader(stream, Encoding.UTF8);
        using var csv = CsvTable.Open(text, $"codes/{table}.csv");
        var k = csv.RequireColumn(key);
        var v = csv.RequireColumn(value);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (_, f) in csv.Records())
        {
            if (f[v].Length == 3)
            {
                pairs.Add(KeyValuePair.Create(f[k], f[v]));
            }
        }

        return pairs;
    }
}
