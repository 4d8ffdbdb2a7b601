namespace RelationsGraph.Paths;

/// <summary>
/// A shortest-path search from several sources at once (one per lane) with Brandes' accumulation: the contract the
/// batched betweenness kernels share (<see cref="BatchedBfsWorker"/>, <see cref="WideBfsWorker"/>,
/// <see cref="WideDialWorker"/>, <see cref="WideRealWorker"/>).
/// </summary>
internal interface IBatchedPathSearch
{
    /// <summary>
    /// Searches from <paramref name="batch"/> (distinct nodes, at most as many as the kernel has lanes) within
    /// <paramref name="cutoff"/>; <see langword="false"/> when the search would leave the kernel's range (levels or
    /// distances too deep), and then <see cref="Accumulate"/> must not be called.
    /// </summary>
    bool Run(ReadOnlySpan<int> batch, double cutoff);

    /// <summary>Brandes' accumulation of the last <see cref="Run"/>, lane j with the target weights <paramref name="targetWeights"/>[j].</summary>
    void Accumulate(ReadOnlySpan<double[]> targetWeights, Span<double> nodeAcc, Span<double> slotAcc, bool endpoints);
}
