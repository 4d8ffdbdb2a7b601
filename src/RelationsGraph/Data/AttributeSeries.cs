namespace RelationsGraph.Data;

/// <summary>Per actor and attribute, values by year (sorted), as read from a dataset's <c>attributes.csv</c>.</summary>
internal sealed class AttributeSeries
{
    private readonly Dictionary<string, Dictionary<string, SortedList<int, double>>> values = new(StringComparer.Ordinal);
    private readonly SortedSet<string> names = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => names;

    public bool IsEmpty => values.Count == 0;

    public void Add(string id, string name, int year, double value)
    {
        if (!values.TryGetValue(id, out var byName))
        {
            values[id] = byName = new Dictionary<string, SortedList<int, double>>(StringComparer.Ordinal);
        }

        if (!byName.TryGetValue(name, out var byYear))
        {
            byName[name] = byYear = [];
        }

        byYear[year] = value;
        names.Add(name);
    }

    /// <summary>The value of the latest year ≤ <paramref name="year"/> and ≥ year − <paramref name="window"/>, with that year.</summary>
    public (int Year, double Value)? Get(string id, string name, int year, int window)
    {
        if (!values.TryGetValue(id, out var byName) || !byName.TryGetValue(name, out var byYear))
        {
            return null;
        }

        var keys = byYear.Keys;
        int lo = 0, hi = keys.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] <= year)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && keys[found] >= year - window ? (keys[found], byYear.Values[found]) : null;
    }
}
