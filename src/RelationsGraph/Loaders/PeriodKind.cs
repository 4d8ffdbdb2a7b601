namespace RelationsGraph.Loaders;

/// <summary>How loaders group rows in time.</summary>
public enum PeriodKind
{
    /// <summary>Calendar years (<c>2023</c>).</summary>
    Year = 0,

    /// <summary>Calendar months (<c>2023-06</c>).</summary>
    Month,

    /// <summary>One period for everything (<c>all</c>).</summary>
    All,
}
