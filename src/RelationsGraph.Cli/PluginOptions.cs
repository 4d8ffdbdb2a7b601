using System.CommandLine;
using RelationsGraph.Metrics;
using RelationsGraph.Catalog;

namespace RelationsGraph.Cli;

/// <summary>
/// The options of every command that looks a metric up in the catalogue (<c>metric</c>, <c>plot metric</c>,
/// <c>timeline</c>): <c>--plugin DLL</c> (repeatable) and <c>--param NAME=VALUE</c> (repeatable), a plugin metric's
/// own parameters.
/// </summary>
internal sealed class PluginOptions
{
    private readonly Option<FileInfo[]> plugins = new("--plugin")
    {
        Description = "Load metrics from an assembly implementing RelationsGraph.Catalog.IMetricPlugin (repeatable)",
        HelpName = "DLL",
        DefaultValueFactory = _ => [],
    };

    private readonly Option<string[]> parameters = new("--param")
    {
        Description = "A parameter of a plugin metric, NAME=VALUE (repeatable; relgraph metric --list names them)",
        HelpName = "NAME=VALUE",
        DefaultValueFactory = _ => [],
    };

    public void AddTo(Command command)
    {
        command.Add(plugins);
        command.Add(parameters);
    }

    /// <summary>The built-in metrics and those of every <c>--plugin</c>.</summary>
    public MetricCatalog Catalog(ParseResult parsed)
    {
        var catalog = MetricCatalog.CreateDefault();
        foreach (var plugin in parsed.GetValue(plugins)!)
        {
            try
            {
                MetricPlugins.Load(catalog, plugin.FullName);
            }
            catch (FileNotFoundException)
            {
                throw new CliUsageException($"plugin '{plugin.FullName}' not found");
            }
            catch (InvalidOperationException)
            {
                throw new CliUsageException($"plugin '{plugin.Name}' has no public IMetricPlugin with a parameterless constructor");
            }
        }

        return catalog;
    }

    /// <summary>The <c>--param</c> values, checked against the parameters <paramref name="descriptor"/> declares.</summary>
    public IReadOnlyDictionary<string, string> Extra(ParseResult parsed, MetricDescriptor descriptor)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parsed.GetValue(parameters)!)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliUsageException($"--param: '{pair}' is not NAME=VALUE");
            }

            var name = pair[..equals];
            if (!descriptor.Parameters.ContainsKey(name))
            {
                var known = descriptor.Parameters.Count == 0 ? "it takes none" : $"known: {string.Join(", ", descriptor.Parameters.Keys.Order(StringComparer.Ordinal))}";
                throw new CliUsageException($"--param: {descriptor.Name} has no parameter '{name}'; {known}");
            }

            if (!extra.TryAdd(name, pair[(equals + 1)..]))
            {
                throw new CliUsageException($"--param: '{name}' is given twice");
            }
        }

        return extra;
    }

    /// <summary>A catalogue entry's description with its <c>--param</c> names, for <c>--list</c>.</summary>
    public static string Describe(MetricDescriptor descriptor) =>
        descriptor.Parameters.Count == 0
            ? descriptor.Description
            : $"{descriptor.Description}; {string.Join("; ", descriptor.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"--param {p.Key}=X: {p.Value}"))}";

    /// <summary>Creates the metric; options it rejects (<see cref="InvalidOptionsException"/>, or any <see cref="ArgumentException"/> of a plugin) are a usage error.</summary>
    public static IMetric Create(MetricDescriptor descriptor, MetricParameters parameters)
    {
        try
        {
            return descriptor.Create(parameters);
        }
        catch (InvalidOptionsException e)
        {
            throw new CliUsageException($"{descriptor.Name}: {e.Problem}");
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException($"{descriptor.Name}: {e.Message}");
        }
    }
}
