namespace RelationsGraph.Reporting;

/// <summary>One edge of a <see cref="NetworkPicture"/>: the relations of a pair at the date, summarised.</summary>
/// <param name="Source">One actor (the first in ordinal order; for a membership, the member).</param>
/// <param name="Target">The other actor (for a membership, the bloc).</param>
/// <param name="Tie">Friendly, hostile or membership.</param>
/// <param name="Strength">In (0, 1]: the strongest hostile relation's |weight| for a hostile pair, 1 − Π(1 − |w|) over the friendly relations otherwise, 1 for a membership.</param>
public sealed record PictureEdge(string Source, string Target, PictureTie Tie, double Strength);
