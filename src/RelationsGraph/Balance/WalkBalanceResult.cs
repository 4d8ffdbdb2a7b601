namespace RelationsGraph.Balance;

/// <summary>Walk balance of a graph.</summary>
/// <param name="Value">Σ exp(λᵢ(A)) / Σ exp(λᵢ(|A|)); 1 when balanced; NaN for an empty graph.</param>
/// <param name="Scaled">The same with A and |A| divided by <paramref name="SpectralRadius"/>; NaN without ties.</param>
/// <param name="SpectralRadius">ρ, the largest eigenvalue of |A|.</param>
public sealed record WalkBalanceResult(double Value, double Scaled, double SpectralRadius)
{
    /// <summary>The options it was computed with.</summary>
    public WalkBalanceOptions Options { get; init; } = new();
}
