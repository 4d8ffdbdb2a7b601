namespace RelationsGraph.Model;

/// <summary>The kind of a <see cref="Relation"/>. The sign of the weight, not the kind, gives the polarity.</summary>
public enum RelationKind
{
    /// <summary>Anything else; the default when a file gives no kind.</summary>
    Other = 0,

    /// <summary>A formal alliance (defence pact, mutual-assistance treaty).</summary>
    Alliance,

    /// <summary>Membership of the source in the target (a bloc or organization).</summary>
    Membership,

    /// <summary>A strategic or comprehensive partnership short of an alliance.</summary>
    Partnership,

    /// <summary>A trade tie.</summary>
    Trade,

    /// <summary>Agreement (or disagreement) in votes, for example in the UN General Assembly.</summary>
    Vote,

    /// <summary>Sanctions imposed by the source on the target.</summary>
    Sanction,

    /// <summary>A conflict short of war (dispute, hostility).</summary>
    Conflict,

    /// <summary>A war.</summary>
    War,

    /// <summary>An aggregate of events (GDELT, ICEWS, ...).</summary>
    Event,

    /// <summary>A strategic rivalry: lasting mutual threat perception short of armed conflict (Thompson et al.).</summary>
    Rivalry,

    /// <summary>
    /// Support of a party in an armed conflict (troops, as UCDP's secondary supporters): positive from the supporter to
    /// the side it supports; the supporter's hostility to the other side is a separate <see cref="Conflict"/> or
    /// <see cref="War"/> relation.
    /// </summary>
    Support,
}
