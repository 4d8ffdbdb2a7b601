namespace RelationsGraph.Paths;

/// <summary>The built-in kinds of <see cref="EdgeLength"/>.</summary>
internal enum EdgeLengthKind
{
    Hops,
    InverseStrength,
    WeightAsDistance,
    Custom,
}
