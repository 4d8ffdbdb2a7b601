namespace RelationsGraph.Common;

/// <summary>
/// A small, fast, allocation-free random generator (SplitMix64, Steele, Lea &amp; Flood 2014) for per-sample streams:
/// the same seed gives the same numbers on every platform and .NET version.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => (int)(NextDouble() * bound);
}
