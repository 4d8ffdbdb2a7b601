namespace RelationsGraph.Brokerage;

/// <summary>
/// Gould–Fernandez brokerage roles of a broker v on a two-path a → v → b (a ≠ b, no tie a → b), by the groups of
/// a, v and b. The order is R sna's column order (w_I, w_O, b_IO, b_OI, b_O, t).
/// </summary>
public enum BrokerageRole
{
    /// <summary>All three in one group (sna <c>w_I</c>).</summary>
    Coordinator = 0,

    /// <summary>a and b in one group, v in another (sna <c>w_O</c>).</summary>
    Itinerant,

    /// <summary>v in a's group, b outside it: v represents its group (sna <c>b_IO</c>).</summary>
    Representative,

    /// <summary>v in b's group, a outside it: v guards its group (sna <c>b_OI</c>).</summary>
    Gatekeeper,

    /// <summary>a, v and b in three different groups (sna <c>b_O</c>).</summary>
    Liaison,

    /// <summary>All roles together (sna <c>t</c>).</summary>
    Total,
}
