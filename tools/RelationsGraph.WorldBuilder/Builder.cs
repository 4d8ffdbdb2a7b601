namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Builds the <c>world</c> dataset: verifies every source against the manifest, runs the modules, writes into a
/// temporary folder and moves the files into place only when the whole build succeeded (never a partial dataset).
/// </summary>
internal static class Builder
{
    /// <summary>The modules, in the order they run.</summary>
    public static IReadOnlyList<(string Name, Action<BuildContext> Run)> Modules { get; } =
    [
        ("nodes", Nodes.Add),
        ("memberships", Memberships.Add),
        ("alliances", Alliances.Add),
        ("attributes", Attributes.Add),
        ("sanctions", Sanctions.Add),
        ("conflicts", Conflicts.Add),
        ("disputes", Disputes.Add),
        ("rivalries", Rivalries.Add),
        ("trade", Trade.Add),
        ("overlay", Overlay.Add),
    ];

    public static BuildContext Build(string sourcesRoot, TextWriter log)
    {
        var sources = new SourceFiles(sourcesRoot);
        var codes = new CountryCodes(sources);
        var context = new BuildContext(sources, codes);
        foreach (var (name, run) in Modules)
        {
            var before = (context.Relations.Count, context.AttributeValues.Count);
            run(context);
            log.WriteLine($"{name}: +{context.Relations.Count - before.Item1} relations, +{context.AttributeValues.Count - before.Item2} attribute values");
        }

        return context;
    }

    /// <summary>Builds and writes atomically into <paramref name="outDirectory"/>.</summary>
    public static BuildContext BuildTo(string sourcesRoot, string outDirectory, TextWriter log)
    {
        var context = Build(sourcesRoot, log);
        var temp = Path.Combine(Path.GetTempPath(), "worldbuilder-" + Guid.NewGuid().ToString("N"));
        try
        {
            DatasetWriter.Write(temp, context);
            File.WriteAllText(Path.Combine(temp, "build-report.txt"), BuildReport.Text(context));
            Directory.CreateDirectory(outDirectory);
            foreach (var file in DatasetWriter.Files.Append("build-report.txt"))
            {
                File.Copy(Path.Combine(temp, file), Path.Combine(outDirectory, file), overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }

        return context;
    }

    /// <summary>Builds into a temporary folder and compares the text of every file with the committed one.</summary>
    /// <returns>The files that differ (empty: identical).</returns>
    public static IReadOnlyList<string> Check(string sourcesRoot, string committedDirectory, TextWriter log)
    {
        var temp = Path.Combine(Path.GetTempPath(), "worldbuilder-" + Guid.NewGuid().ToString("N"));
        try
        {
            var context = Build(sourcesRoot, log);
            DatasetWriter.Write(temp, context);
            File.WriteAllText(Path.Combine(temp, "build-report.txt"), BuildReport.Text(context));
            var differ = new List<string>();
            foreach (var file in DatasetWriter.Files.Append("build-report.txt"))
            {
                var committed = Path.Combine(committedDirectory, file);
                if (!File.Exists(committed) || DatasetWriter.ReadText(committed) != DatasetWriter.ReadText(Path.Combine(temp, file)))
                {
                    differ.Add(file);
                }
            }

            return differ;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
