namespace RelationsGraph.Balance;

/// <summary>
/// One of the 16 contexts of a directed signed tie A → B with a common neighbour X (Leskovec, Huttenlocher &amp;
/// Kleinberg 2010): the direction and sign of the tie between A and X and of the tie between X and B, with how often
/// the closing tie A → B is positive or negative in that context, and what balance and status theory predict for it.
/// </summary>
/// <param name="Label">The context, e.g. <c>A→X+ X→B−</c> or <c>A←X− X←B+</c> (arrows as the ties point).</param>
/// <param name="Positive">Contexts whose closing tie A → B is positive.</param>
/// <param name="Negative">Contexts whose closing tie A → B is negative.</param>
/// <param name="BalancePrediction">+1 or −1: the sign balance predicts for A–B (the product of the two signs).</param>
/// <param name="StatusPrediction">+1 when the two ties put B above A, −1 below, 0 when status makes no prediction.</param>
public sealed record DirectedTriadType(string Label, long Positive, long Negative, int BalancePrediction, int StatusPrediction)
{
    /// <summary>All contexts of this type.</summary>
    public long Total => Positive + Negative;
}
