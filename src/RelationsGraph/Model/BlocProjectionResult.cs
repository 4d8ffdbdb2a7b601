namespace RelationsGraph.Model;

/// <summary>The outcome of <see cref="BlocProjection.Project(RelationsNetwork)"/>.</summary>
/// <param name="Network">The network without blocs.</param>
/// <param name="SelfPairsDropped">How many redrawn relations were left out because they would have joined an actor to itself.</param>
/// <param name="UnmappedDropped">How many bloc relations were left out because they mapped to no member.</param>
/// <param name="DuplicateMembershipsIgnored">How many memberships repeated an earlier one of the same member over an overlapping period.</param>
public sealed record BlocProjectionResult(RelationsNetwork Network, int SelfPairsDropped, int UnmappedDropped, int DuplicateMembershipsIgnored);
