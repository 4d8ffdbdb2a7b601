using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RelationsGraph.Catalog;
using RelationsGraph.Graphs;
using Xunit;

namespace RelationsGraph.Tests.Catalog;

/// <summary>The table of catalogue names and types in docs/metrics.md matches the catalogue and the extension methods.</summary>
public sealed partial class CatalogDocsTests
{
    private static readonly MetricCatalog Catalog = MetricCatalog.CreateDefault();

    [Fact]
    public void MetricsDoc_Table_MatchesCatalogueTypesAndExtensionMethods()
    {
        var rows = Rows();
        Assert.Equal(Catalog.Names.Order(StringComparer.Ordinal), rows.Select(r => r.Name).Order(StringComparer.Ordinal));
        var extensions = typeof(SignedGraph).Assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true })
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.IsDefined(typeof(ExtensionAttribute), false) && m.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(SignedGraph))
            .ToList();
        foreach (var row in rows)
        {
            var descriptor = Catalog[row.Name];
            Assert.Equal(row.Kind, descriptor.Kind.ToString().ToLowerInvariant());
            var metric = descriptor.Create(new MetricParameters());
            Assert.Equal($"RelationsGraph.{row.Type}", metric.GetType().FullName);
            Assert.Equal(row.Options, metric.Options.GetType().Name);
            Assert.True(
                extensions.Any(m => m.Name == row.Extension && m.GetParameters().Any(p => p.ParameterType.Name == row.Options)),
                $"{row.Name}: no extension method graph.{row.Extension}(..., {row.Options} options, ...)");
        }
    }

    private static List<(string Name, string Kind, string Type, string Options, string Extension)> Rows()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "metrics.md"));
        return [.. TableRow().Matches(doc).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value))];
    }

    /// <summary>The folder holding RelationsGraph.sln, found from the test's output directory (a deterministic CI build
    /// maps source paths to <c>/_/</c>, so the compiler's file path does not lead there).</summary>
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelationsGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException($"No RelationsGraph.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^\| `([a-z-]+)` \| (node|edge) \| `([\w.]+)` \| `(\w+)` \| `graph\.(\w+)\(", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
