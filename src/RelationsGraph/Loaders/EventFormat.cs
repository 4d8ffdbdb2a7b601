namespace RelationsGraph.Loaders;

/// <summary>The event data formats <see cref="EventLoader"/> reads.</summary>
public enum EventFormat
{
    /// <summary>GDELT events, tab-separated without a header: 1.0 (57 or 58 fields) or 2.0 (61 fields), told apart per row.</summary>
    Gdelt = 0,

    /// <summary>ICEWS coded events, tab-separated with a header (<c>Event Date</c>, <c>Source Country</c>, <c>Target Country</c>, <c>CAMEO Code</c>, <c>Intensity</c>, ...); countries by name.</summary>
    Icews,
}
