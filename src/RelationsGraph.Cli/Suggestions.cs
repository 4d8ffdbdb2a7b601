using RelationsGraph.Model;

namespace RelationsGraph.Cli;

/// <summary>"Did you mean": the closest known name to a mistyped command, option or actor id.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The known name closest to <paramref name="input"/>: one equal ignoring case, else the nearest by edit distance
    /// (ignoring case) within a third of its length (at least 1, at most 3); ties by ordinal order. Null when none is close.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(input);
        var names = known.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (names.FirstOrDefault(n => string.Equals(n, input, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            return same;
        }

        var limit = Math.Clamp(input.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            var d = Distance(input.ToUpperInvariant(), name.ToUpperInvariant());
            if (d <= limit && d < bestDistance)
            {
                (best, bestDistance) = (name, d);
            }
        }

        return best;
    }

    /// <summary><c> (did you mean 'X'?)</c>, or empty when nothing is close.</summary>
    public static string DidYouMean(string input, IEnumerable<string> known) =>
        Closest(input, known) is { } name ? $" (did you mean '{name}'?)" : string.Empty;

    /// <summary>
    /// The actor an unknown id most likely meant: the same id ignoring case, an actor whose name is the input ignoring
    /// case (<c>russia</c> → <c>RUS</c>), or the nearest id.
    /// </summary>
    public static string DidYouMeanActor(string id, RelationsNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var byName = network.Actors.FirstOrDefault(a => string.Equals(a.Name, id, StringComparison.OrdinalIgnoreCase));
        return network.Actors.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase)) is { } same ? $" (did you mean '{same.Id}'?)"
            : byName is not null ? $" (did you mean '{byName.Id}', {byName.Name}?)"
            : DidYouMean(id, network.Actors.Select(a => a.Id));
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
