using RelationsGraph.Model;

namespace RelationsGraph.IO;

/// <summary>What a reader returns: the network, and what it did to the input that is not an error.</summary>
/// <param name="Network">The network read.</param>
/// <param name="Notes">Things worth reporting (dropped self-loops, duplicate rows), in input order.</param>
public sealed record NetworkReadResult(RelationsNetwork Network, IReadOnlyList<InputNote> Notes);
