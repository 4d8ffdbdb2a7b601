using nietras.SeparatedValues;

namespace RelationsGraph.Loaders;

/// <summary>The header row of a comma-separated loader file: names trimmed (a BOM dropped, quotes that Sep left after a BOM removed), required columns found or reported.</summary>
internal sealed class LoaderHeader
{
    private readonly List<string> names;
    private readonly string source;

    private LoaderHeader(List<string> names, string source)
    {
        this.names = names;
        this.source = source;
    }

    public int Count => names.Count;

    public static LoaderHeader Read(SepReader.Row row, string source)
    {
        var names = new List<string>(row.ColCount);
        for (var i = 0; i < row.ColCount; i++)
        {
            var name = row[i].ToString().Trim('\uFEFF').Trim();

            // Sep leaves a name quoted when a U+FEFF came before its opening quote.
            if (name.Length >= 2 && name[0] == '"' && name[^1] == '"')
            {
                name = name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            }

            names.Add(name);
        }

        return new LoaderHeader(names, source);
    }

    /// <summary>The column's index, or −1.</summary>
    public int Find(string column) => names.IndexOf(column);

    /// <summary>The column's index.</summary>
    /// <exception cref="MalformedInputException">The column is missing (line 1, naming it).</exception>
    public int Require(string column)
    {
        var i = names.IndexOf(column);
        return i >= 0 ? i : throw new MalformedInputException(new InputLocation(source, 1, column), $"missing required column '{column}'");
    }
}
