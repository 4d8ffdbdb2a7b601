using RelationsGraph.Metrics;

namespace RelationsGraph.Catalog;

/// <summary>A catalogue entry: how to find, describe and create a metric.</summary>
/// <param name="Name">The catalogue name (lower case, with hyphens).</param>
/// <param name="Description">One line for <c>relgraph metric --list</c>.</param>
/// <param name="Kind">Whether it scores nodes or edges.</param>
/// <param name="Create">Creates the metric from parameters; must return an <see cref="INodeMetric"/> for
/// <see cref="MetricKind.Node"/> and an <see cref="IEdgeMetric"/> for <see cref="MetricKind.Edge"/>.</param>
public sealed record MetricDescriptor(string Name, string Description, MetricKind Kind, Func<MetricParameters, IMetric> Create)
{
    /// <summary>
    /// The named parameters the metric reads from <see cref="MetricParameters.Extra"/> (the CLI's
    /// <c>--param NAME=VALUE</c>), each with one line of description; the CLI rejects names not listed here.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
