using RelationsGraph.Metrics;

namespace RelationsGraph.SamplePlugin;

/// <summary>Options of <see cref="PositiveShare"/>; no Describe() override: its properties reach the results by themselves.</summary>
public sealed record PositiveShareOptions : MetricOptions
{
    /// <summary>Ties with |w| below this are not counted (default 0: every tie); the CLI's <c>--param min-weight=X</c>.</summary>
    public double MinWeight { get; init; }
}
