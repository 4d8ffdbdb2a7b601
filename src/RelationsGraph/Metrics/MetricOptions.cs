using RelationsGraph.Graphs;

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
    /// The options as name/value pairs (values are strings, booleans or numbers; enum values in lower case),
    /// sorted by name. Derived records add their own by overriding and calling the base.
    /// </summary>
    /// <returns>The options.</returns>
    public virtual IReadOnlyDictionary<string, object> Describe() =>
        new SortedDictionary<string, object>(StringComparer.Ordinal) { ["ties"] = Lower(Ties) };

    /// <summary>An enum value as lower-case text, as the CLI spells it.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The value's name in lower case.</returns>
    protected static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
