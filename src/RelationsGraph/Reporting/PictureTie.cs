namespace RelationsGraph.Reporting;

/// <summary>What an edge of a <see cref="NetworkPicture"/> stands for.</summary>
public enum PictureTie
{
    /// <summary>Alignment or support (alliance, partnership, support in war, positive events): drawn solid green.</summary>
    Friendly,

    /// <summary>Any hostile relation (war, conflict, sanction, rivalry, negative events); hostility dominates a pair: drawn dashed red.</summary>
    Hostile,

    /// <summary>Membership of a drawn bloc: drawn dotted grey.</summary>
    Membership,
}
