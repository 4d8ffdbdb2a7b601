using System.Runtime.CompilerServices;
using PublicApiGenerator;
using RelationsGraph.Graphs;

namespace RelationsGraph.PublicApi.Tests.PublicApi;

/// <summary>
/// The public surface of the library, as PublicApiGenerator prints it, equals the committed baseline
/// <c>RelationsGraph.approved.txt</c>: every change of a public type or member shows in review as a change of that file.
/// After an intended change, run the tests once with <c>RELATIONSGRAPH_UPDATE_API=1</c> to rewrite the baseline, and
/// commit it with the change.
/// </summary>
public sealed class PublicApiTests
{
    private const string UpdateVariable = "RELATIONSGRAPH_UPDATE_API";

    [Fact]
    public void PublicApi_EqualsCommittedBaseline()
    {
        var api = typeof(SignedGraph).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n");
        var baseline = Path.Combine(SourceFolder(), "RelationsGraph.approved.txt");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(baseline, api);
        }

        Assert.True(File.Exists(baseline), $"No baseline at {baseline}: run the tests with {UpdateVariable}=1 to write it.");
        var approved = File.ReadAllText(baseline).ReplaceLineEndings("\n");
        if (approved != api)
        {
            var received = Path.Combine(Path.GetTempPath(), "RelationsGraph.received.txt");
            File.WriteAllText(received, api);
            Assert.Fail($"The public API differs from {baseline} (first difference at line {FirstDifference(approved, api)}; the new surface is in {received}). If the change is intended, run the tests with {UpdateVariable}=1 and commit the baseline.");
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        var i = 0;
        while (i < x.Length && i < y.Length && x[i] == y[i])
        {
            i++;
        }

        return i + 1;
    }

    /// <summary>
    /// This file's folder: the compiler's path when it exists, else (a deterministic CI build maps source paths to
    /// <c>/_/</c>) the same folder found from the test's output directory up to the repository root.
    /// </summary>
    private static string SourceFolder([CallerFilePath] string path = "")
    {
        var folder = Path.GetDirectoryName(path)!;
        if (Directory.Exists(folder))
        {
            return folder;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "RelationsGraph.PublicApi.Tests", "PublicApi");
            if (File.Exists(Path.Combine(dir.FullName, "RelationsGraph.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return folder;
    }
}
