namespace RelationsGraph.Model;

/// <summary>What a <see cref="RelationsNetworkBuilder"/> does with a relation whose source equals its target.</summary>
public enum SelfLoopPolicy
{
    /// <summary>Throw a <see cref="SelfLoopException"/> naming the row (the default).</summary>
    Reject = 0,

    /// <summary>Leave the relation out and record an <see cref="InputNote"/> for it.</summary>
    Drop,
}
