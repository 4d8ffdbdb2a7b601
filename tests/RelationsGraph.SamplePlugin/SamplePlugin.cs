using System.Globalization;
using RelationsGraph.Metrics;
using RelationsGraph.Catalog;

namespace RelationsGraph.SamplePlugin;

/// <summary>Registers <see cref="PositiveShare"/>; found by <c>relgraph metric --plugin RelationsGraph.SamplePlugin.dll</c>.</summary>
public sealed class SamplePlugin : IMetricPlugin
{
    public void Register(MetricCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        catalog.Register(new MetricDescriptor(PositiveShare.MetricName, "share of a node's ties that are positive (NaN when isolated)", MetricKind.Node, Create)
        {
            Parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["min-weight"] = "ties with |w| below X are not counted (default 0)" },
        });
    }

    private static PositiveShare Create(MetricParameters parameters)
    {
        if (!parameters.Extra.TryGetValue("min-weight", out var text))
        {
            return new PositiveShare();
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var minWeight) || !(minWeight >= 0))
        {
            throw new InvalidOptionsException($"min-weight must be a number of zero or more, not '{text}'", nameof(parameters));
        }

        return new PositiveShare(new PositiveShareOptions { MinWeight = minWeight });
    }
}
