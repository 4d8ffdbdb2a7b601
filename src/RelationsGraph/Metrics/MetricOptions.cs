using System.Globalization;
using System.Reflection;
using System.Text;
using RelationsGraph.Graphs;
using RelationsGraph.Paths;

namespace RelationsGraph.Metrics;

/// <summary>
/// The base of every metric's options: an immutable record passed at construction. Results carry the options
/// they were computed with, and <see cref="Describe"/> gives them as plain values for JSON output.
/// </summary>
public abstract record MetricOptions
{
    /// <summary>Which ties the metric sees (all by default).</summary>
    public TieFilter Ties { get; init; } = TieFilter.All;

    /// <summary>
    /// The options as name/value pairs (values are strings, booleans or numbers, or arrays of strings; enum values in
    /// lower case), sorted by name. By construction, every public property of a derived record that does not override
    /// this method is described — named in lower case with hyphens (<c>MinWeight</c> → <c>min-weight</c>), null values
    /// left out — so a record of options needs no code to reach the results. A record overrides it only to choose its
    /// own names or values (calling the base, which then describes the records derived from it).
    /// </summary>
    /// <returns>The options.</returns>
    public virtual IReadOnlyDictionary<string, object> Describe()
    {
        var described = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["ties"] = Lower(Ties) };
        for (var type = GetType(); type != typeof(MetricOptions) && type.GetMethod(nameof(Describe), DeclaredInstance, Type.EmptyTypes) is null; type = type.BaseType!)
        {
            foreach (var property in type.GetProperties(DeclaredInstance))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetValue(this) is { } value)
                {
                    described[Hyphenated(property.Name)] = Plain(value);
                }
            }
        }

        return described;
    }

    private const BindingFlags DeclaredInstance = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static string Hyphenated(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static object Plain(object value) => value switch
    {
        Enum e => e.ToString().ToLowerInvariant(),
        bool or string or int or long or double or float or decimal => value,
        EdgeLength length => length.Name,
        IEnumerable<string> items => items.ToArray(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>An enum value as lower-case text, as the CLI spells it.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The value's name in lower case.</returns>
    protected static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
