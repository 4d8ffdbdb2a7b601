using System.Text;
using RelationsGraph.IO;

namespace RelationsGraph.Data;

/// <summary>
/// The datasets embedded in the library. <c>world-2023</c>: states and the blocs NATO, EU, CSTO, SCO, EAEU, BRICS, CIS,
/// OTS, CICA, GCC, G7 and AU, with memberships, alliances and partnerships, sanctions both ways, the Russia–Ukraine war
/// and UN General Assembly votes on Ukraine, every relation citing a source, with validity periods for snapshots from
/// 2021 to 2023 (see <c>docs/datasets.md</c>). It encodes no mediation or hosting of talks in that war: the mediator
/// ranking has to find the candidates from structure.
/// </summary>
public static class Datasets
{
    private const string Prefix = "RelationsGraph.Data.";

    private static readonly string[] SourceColumns = ["ref", "title", "url", "publisher", "date", "accessed"];

    /// <summary>The names of the embedded datasets.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(Datasets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".edges.csv", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".edges.csv".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>Loads an embedded dataset.</summary>
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

        using var edges = Open(name, "edges");
        using var nodes = Open(name, "nodes");
        var read = CsvNetworkReader.Read(edges, $"{name}/edges.csv", nodes, $"{name}/nodes.csv", new NetworkReadOptions());
        var sources = new List<DatasetSource>();
        using (var text = Open(name, "sources"))
        using (var table = CsvTable.Open(text, $"{name}/sources.csv"))
        {
            var columns = SourceColumns.Select(table.RequireColumn).ToArray();
            foreach (var (_, f) in table.Records())
            {
                sources.Add(new DatasetSource(f[columns[0]], f[columns[1]], f[columns[2]], f[columns[3]], f[columns[4]], f[columns[5]]));
            }
        }

        return new Dataset(name, read.Network, sources, [.. read.Notes.Select(n => n.ToString())]);
    }

    private static StreamReader Open(string name, string part)
    {
        var stream = typeof(Datasets).Assembly.GetManifestResourceStream($"{Prefix}{name}.{part}.csv")
            ?? throw new KeyNotFoundException($"The embedded dataset '{name}' has no {part}.csv.");
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }
}
