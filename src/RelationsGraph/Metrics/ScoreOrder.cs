namespace RelationsGraph.Metrics;

/// <summary>The one ordering every ranking uses: descending score, NaN last, ties broken by id (ordinal).</summary>
internal static class ScoreOrder
{
    public static int Compare(double a, double b)
    {
        var aNaN = double.IsNaN(a);
        var bNaN = double.IsNaN(b);
        if (aNaN || bNaN)
        {
            return aNaN.CompareTo(bNaN);
        }

        return b.CompareTo(a);
    }
}
