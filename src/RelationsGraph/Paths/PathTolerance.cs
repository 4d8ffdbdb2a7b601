namespace RelationsGraph.Paths;

/// <summary>
/// How weighted path lengths compare: two lengths within a relative 1e-10 of each other are equal, so that paths
/// whose lengths differ only by rounding all count as shortest (igraph compares the same way).
/// </summary>
internal static class PathTolerance
{
    public const double Epsilon = 1e-10;

    public static bool Same(double a, double b)
    {
        if (a == b)
        {
            return true;
        }

        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            return false;
        }

        var sum = Math.Abs(a) + Math.Abs(b);
        return Math.Abs(a - b) <= Epsilon * sum;
    }

    /// <summary>Whether <paramref name="a"/> is shorter than <paramref name="b"/> beyond the tolerance.</summary>
    public static bool Shorter(double a, double b) => a < b && !Same(a, b);

    /// <summary>Whether a path of length <paramref name="length"/> is within the cutoff (inclusive, with tolerance).</summary>
    public static bool WithinCutoff(double length, double cutoff) => length <= cutoff || Same(length, cutoff);
}
