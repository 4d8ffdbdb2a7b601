namespace RelationsGraph.Loaders;

/// <summary>The alliance data formats <see cref="AllianceLoader"/> reads (files the user supplies; their terms forbid shipping them).</summary>
public enum AllianceFormat
{
    /// <summary>ATOP 5.1 dyad-year (<c>atop5_1dy.csv</c>): <c>mem1</c>, <c>mem2</c>, <c>year</c>, <c>atopally</c>, <c>defense</c>, <c>offense</c>, <c>neutral</c>, <c>nonagg</c>, <c>consul</c>.</summary>
    Atop = 0,

    /// <summary>COW Formal Alliances v4.1 dyad-year (<c>alliance_v4.1_by_dyad_yearly.csv</c>): <c>ccode1</c>, <c>ccode2</c>, <c>year</c>, <c>defense</c>, <c>neutrality</c>, <c>nonaggression</c>, <c>entente</c>.</summary>
    Cow,
}
