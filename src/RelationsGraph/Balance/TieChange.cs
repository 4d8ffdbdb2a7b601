namespace RelationsGraph.Balance;

/// <summary>A hypothetical change to one tie, for <see cref="BalanceWhatIf"/>.</summary>
public enum TieChange
{
    /// <summary>A new tie (the pair must not be tied yet).</summary>
    Add = 0,

    /// <summary>The tie disappears.</summary>
    Remove,

    /// <summary>The tie keeps its strength and changes sign (alliance becomes hostility, or the reverse).</summary>
    FlipSign,
}
