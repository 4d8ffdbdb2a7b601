namespace RelationsGraph.Reporting;

/// <summary>What a node of a <see cref="NetworkPicture"/> stands for.</summary>
public enum PictureRole
{
    /// <summary>An actor of the conflict's side A (pinned on the left).</summary>
    SideA,

    /// <summary>An actor of the conflict's side B (pinned on the right).</summary>
    SideB,

    /// <summary>A ranked third party (between the sides, sized by score).</summary>
    Candidate,

    /// <summary>A bloc that several drawn actors belong to (in a row of its own, below the states).</summary>
    Bloc,
}
