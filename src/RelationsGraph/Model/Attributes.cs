using System.Collections.Immutable;

namespace RelationsGraph.Model;

/// <summary>Helpers for the free-form string attributes that actors and relations carry.</summary>
internal static class Attributes
{
    public static readonly ImmutableSortedDictionary<string, string> Empty = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    public static ImmutableSortedDictionary<string, string> From(IEnumerable<KeyValuePair<string, string>>? pairs) =>
        pairs switch
        {
            null => Empty,
            ImmutableSortedDictionary<string, string> sorted when sorted.KeyComparer == StringComparer.Ordinal => sorted,
            _ => Empty.AddRange(pairs),
        };

    public static bool AreEqual(ImmutableSortedDictionary<string, string> a, ImmutableSortedDictionary<string, string> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash(ImmutableSortedDictionary<string, string> a)
    {
        var hash = new HashCode();
        foreach (var (key, value) in a)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
