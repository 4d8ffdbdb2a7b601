using System.Reflection;
using System.Runtime.Loader;


namespace RelationsGraph.Catalog;

/// <summary>
/// Loads <see cref="IMetricPlugin"/>s from assembly files into a catalogue. Each file gets its own
/// <see cref="AssemblyLoadContext"/> with an <see cref="AssemblyDependencyResolver"/>, so a plugin's own dependencies
/// are found next to it (through its <c>.deps.json</c>, or in its folder when it has none); assemblies the host
/// already has — RelationsGraph itself, the framework, the host's packages — are shared, so the plugin and the host
/// see the same <see cref="IMetricPlugin"/> and <see cref="Graphs.SignedGraph"/> types.
/// </summary>
public static class MetricPlugins
{
    /// <summary>Loads the assembly at <paramref name="path"/> and registers each of its plugins in <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalogue to extend.</param>
    /// <param name="path">The plugin assembly (a .dll).</param>
    /// <returns>The number of plugins registered (at least one).</returns>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidOperationException">The assembly has no public, non-abstract <see cref="IMetricPlugin"/> with a parameterless constructor.</exception>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static int Load(MetricCatalog catalog, string path)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The plugin '{full}' was not found.", full);
        }

        var assembly = new PluginLoadContext(full).LoadFromAssemblyPath(full);
        var found = 0;
        foreach (var type in assembly.GetExportedTypes())
        {
            if (type is { IsAbstract: false, IsClass: true } && typeof(IMetricPlugin).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is { } ctor)
            {
                ((IMetricPlugin)ctor.Invoke(null)).Register(catalog);
                found++;
            }
        }

        return found > 0
            ? found
            : throw new InvalidOperationException($"The plugin '{Path.GetFileName(full)}' has no public IMetricPlugin with a parameterless constructor.");
    }

    /// <summary>One plugin's context: the host's assemblies first (shared types), then the plugin's own.</summary>
    private sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext($"RelationsGraph plugin {Path.GetFileName(pluginPath)}")
    {
        private readonly AssemblyDependencyResolver resolver = new(pluginPath);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (HostHas(assemblyName))
            {
                return null; // falls back to the default context: one copy of the shared types
            }

            return resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

        private static bool HostHas(AssemblyName name)
        {
            if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName())))
            {
                return true;
            }

            try
            {
                Default.LoadFromAssemblyName(name);
                return true;
            }
            catch (FileNotFoundException)
            {
                return false;
            }
            catch (FileLoadException)
            {
                return false;
            }
        }
    }
}
