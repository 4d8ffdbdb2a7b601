namespace RelationsGraph.WorldBuilder;

/// <summary>Runs of consecutive years, and their dates: a run of years [first, last] holds from 1 January of the first.</summary>
internal static class Spells
{
    /// <summary>The maximal runs of consecutive years, in order.</summary>
    public static IReadOnlyList<(int First, int Last)> Runs(IEnumerable<int> years)
    {
        var sorted = years.Distinct().Order().ToList();
        var runs = new List<(int, int)>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            runs.Add((sorted[i], sorted[j]));
            i = j + 1;
        }

        return runs;
    }

    public static DateOnly YearStart(int year) => new(year, 1, 1);

    public static DateOnly YearEnd(int year) => new(year, 12, 31);

    /// <summary>
    /// The end of a run: 31 December of its last year, or open (null) when the run reaches the source's last year
    /// (the relation was still active when the source stops; the relation carries <c>observed_to</c>).
    /// </summary>
    public static DateOnly? End(int last, int sourceLastYear) => last >= sourceLastYear ? null : YearEnd(last);
}
