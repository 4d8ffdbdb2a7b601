using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using RelationsGraph.IO;

namespace RelationsGraph.Data;

/// <summary>
/// The datasets embedded in the library.
/// <c>world</c> (the default of the CLI): every UN member state from 1995 or its admission, the Holy See and Palestine,
/// and 58 blocs, with memberships, alliances and the other relations built reproducibly from published datasets by
/// <c>tools/RelationsGraph.WorldBuilder</c>, plus time-varying attributes (GDP, population, CINC, military expenditure,
/// UN ideal point) per year; see <see cref="Dataset.NetworkAt(DateOnly)"/>.
/// <c>world-2023</c>: a small hand-made dataset of states and the blocs NATO, EU, CSTO, SCO, EAEU, BRICS, CIS, OTS,
/// CICA, GCC, G7 and AU, with memberships, alliances and partnerships, sanctions both ways, the Russia–Ukraine war and UN
/// General Assembly votes on Ukraine, every relation citing a source, with validity periods for snapshots from 2021 to
/// 2023. Neither encodes mediation or hosting of talks: the mediator ranking has to find the candidates from structure
/// (see <c>docs/datasets.md</c>).
/// </summary>
public static class Datasets
{
    private const string Prefix = "RelationsGraph.Data.";

    private static readonly string[] SourceColumns = ["ref", "title", "url", "publisher", "date", "accessed"];

    private static readonly ConcurrentDictionary<string, Lazy<Dataset>> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of the embedded datasets.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(Datasets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n.EndsWith(".edges.csv", StringComparison.Ordinal) ? n[Prefix.Length..^".edges.csv".Length]
                : n.EndsWith(".edges.csv.gz", StringComparison.Ordinal) ? n[Prefix.Length..^".edges.csv.gz".Length] : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Loads an embedded dataset. It is read once (on first use, thread-safe) and cached: later calls return the same
    /// immutable instance.
    /// </summary>
    /// <param name="name">Its name (see <see cref="Names"/>).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="KeyNotFoundException">No dataset has this name.</exception>
    public static Dataset Load(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException($"No embedded dataset '{name}'; known: {string.Join(", ", Names)}.");
        }

        return Cache.GetOrAdd(name, n => new Lazy<Dataset>(() => Read(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Reads a dataset without the cache (for the load benchmark).</summary>
    internal static Dataset ReadUncached(string name) => Read(name);

    private static Dataset Read(string name)
    {
        using var edges = Open(name, "edges") ?? throw new KeyNotFoundException($"The embedded dataset '{name}' has no edges.csv.");
        using var nodes = Open(name, "nodes");
        var read = CsvNetworkReader.Read(edges, $"{name}/edges.csv", nodes, $"{name}/nodes.csv", new NetworkReadOptions());
        var sources = new List<DatasetSource>();
        using (var text = Open(name, "sources") ?? throw new KeyNotFoundException($"The embedded dataset '{name}' has no sources.csv."))
        using (var table = CsvTable.Open(text, $"{name}/sources.csv"))
        {
            var columns = SourceColumns.Select(table.RequireColumn).ToArray();
            foreach (var (_, f) in table.Records())
            {
                sources.Add(new DatasetSource(f[columns[0]], f[columns[1]], f[columns[2]], f[columns[3]], f[columns[4]], f[columns[5]]));
            }
        }

        // The attribute series are read on first use (Attribute, NetworkAt), not by Load.
        var series = new Lazy<AttributeSeries>(() => ReadSeries(name), LazyThreadSafetyMode.ExecutionAndPublication);
        return new Dataset(name, read.Network, sources, [.. read.Notes.Select(n => n.ToString())], series);
    }

    private static AttributeSeries ReadSeries(string name)
    {
        var series = new AttributeSeries();
        using (var text = Open(name, "attributes"))
        {
            if (text is not null)
            {
                using var table = CsvTable.Open(text, $"{name}/attributes.csv");
                var id = table.RequireColumn("id");
                var year = table.RequireColumn("year");
                var attribute = table.RequireColumn("attribute");
                var value = table.RequireColumn("value");
                foreach (var (line, f) in table.Records())
                {
                    if (!int.TryParse(f[year], NumberStyles.Integer, CultureInfo.InvariantCulture, out var y)
                        || !double.TryParse(f[value], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    {
                        throw new MalformedInputException(new InputLocation($"{name}/attributes.csv", line), "year or value is not a number");
                    }

                    series.Add(f[id], f[attribute], y, v);
                }
            }
        }

        return series;
    }

    private static StreamReader? Open(string name, string part)
    {
        var assembly = typeof(Datasets).Assembly;
        if (assembly.GetManifestResourceStream($"{Prefix}{name}.{part}.csv") is { } plain)
        {
            return new StreamReader(plain, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }

        return assembly.GetManifestResourceStream($"{Prefix}{name}.{part}.csv.gz") is { } gz
            ? new StreamReader(new GZipStream(gz, CompressionMode.Decompress), Encoding.UTF8, detectEncodingFromByteOrderMarks: true)
            : null;
    }
}
