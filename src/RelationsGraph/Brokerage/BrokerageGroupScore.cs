namespace RelationsGraph.Brokerage;

/// <summary>One brokerage role's figures for a group.</summary>
/// <param name="Size">The number of nodes in the group.</param>
/// <param name="Total">
/// The role summed over the group's members: raw count, its expectation (the members' expectations summed), and —
/// for signed brokerage, from the permutation null — sd, z and p-value (NaN for Gould–Fernandez, whose model gives
/// no covariances between members).
/// </param>
/// <param name="MemberExpected">The expected count of one member (R sna <c>exp.grp</c>; signed: the members' mean).</param>
/// <param name="MemberStandardDeviation">The sd of one member's count (R sna <c>sd.grp</c>; NaN for signed brokerage).</param>
public readonly record struct BrokerageGroupScore(int Size, BrokerageScore Total, double MemberExpected, double MemberStandardDeviation);
