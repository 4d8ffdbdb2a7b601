namespace RelationsGraph.Centrality;

/// <summary>
/// Settings of approximate betweenness by sampling (Riondato &amp; Kornaropoulos 2016): with probability at least
/// 1 − <see cref="Delta"/>, every node's estimate is within <see cref="Epsilon"/> of its exact betweenness normalized
/// by n(n − 1).
/// </summary>
/// <param name="Epsilon">The additive error bound, in (0, 1).</param>
/// <param name="Delta">The failure probability, in (0, 1); 0.1 by default.</param>
/// <param name="Seed">The random seed: the same seed gives the same result.</param>
public sealed record BetweennessApproximation(double Epsilon, double Delta = 0.1, int Seed = 0)
{
    internal void Validate()
    {
        if (!(Epsilon > 0 && Epsilon < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Epsilon), Epsilon, "Epsilon must be in (0, 1).");
        }

        if (!(Delta > 0 && Delta < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Delta), Delta, "Delta must be in (0, 1).");
        }
    }
}
