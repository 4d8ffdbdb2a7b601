namespace RelationsGraph.Catalog;

/// <summary>
/// Registers metrics from an assembly outside the library. The CLI (<c>relgraph metric --plugin FILE.dll</c>)
/// creates every public, non-abstract type with a parameterless constructor that implements this interface and
/// calls <see cref="Register"/> on its catalogue, so plugin metrics are listed and run like built-in ones.
/// </summary>
public interface IMetricPlugin
{
    /// <summary>Adds the plugin's metrics to <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalogue to extend.</param>
    void Register(MetricCatalog catalog);
}
