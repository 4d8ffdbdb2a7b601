using RelationsGraph.Metrics;

namespace RelationsGraph.SamplePlugin;

/// <summary>Registers <see cref="PositiveShare"/>; found by <c>relgraph metric --plugin RelationsGraph.SamplePlugin.dll</c>.</summary>
public sealed class SamplePlugin : IMetricPlugin
{
    public void Register(MetricCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        catalog.Register(new MetricDescriptor(PositiveShare.MetricName, "share of a node's ties that are positive (NaN when isolated)", MetricKind.Node, _ => new PositiveShare()));
    }
}
