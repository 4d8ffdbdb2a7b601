using nietras.SeparatedValues;

namespace RelationsGraph.Loaders;

/// <summary>The header row of a comma-separated loader file: names trimmed (and a BOM dropped), required columns found or reported.</summary>
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
            names.Add(row[i].ToString().Trim('\uFEFF').Trim());
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
