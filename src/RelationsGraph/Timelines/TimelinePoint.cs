namespace RelationsGraph.Timelines;

/// <summary>One snapshot of a timeline: the period's label, the date the network was taken at, and the analysis result.</summary>
/// <typeparam name="T">The result type.</typeparam>
/// <param name="Period">The label, e.g. <c>2021</c> or <c>2021-06</c>.</param>
/// <param name="At">The snapshot date (relations valid on it).</param>
/// <param name="Result">The analysis of that snapshot.</param>
public sealed record TimelinePoint<T>(string Period, DateOnly At, T Result);
