using System.Security.Cryptography;
using RelationsGraph.WorldBuilder;
using Xunit;

namespace RelationsGraph.Tests.Data;

/// <summary>
/// The world dataset builder on bad input: a copy of the published sources (symbolic links, one file altered) must make
/// it exit 2 with one line naming the problem, and leave the output folder untouched. Skipped without ../shared/sources.
/// </summary>
public sealed class WorldBuilderTests : IDisposable
{
    private const string Nmc = "cow-nmc/cow_nmc.csv";

    private readonly string root = Path.Combine(Path.GetTempPath(), "worldbuilder-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_changed_file_fails_its_checksum()
    {
        var sources = CopySources();
        var lines = File.ReadAllLines(Path.Combine(sources, Nmc)).ToList();
        lines.Add(lines[^1]);
        Replace(sources, Nmc, lines, updateManifest: false);
        var (code, err, outDir) = Run(sources);
        Assert.Equal(2, code);
        Assert.Single(err);
        Assert.Contains(Nmc, err[0], StringComparison.Ordinal);
        Assert.Contains("checksum", err[0], StringComparison.Ordinal);
        AssertUntouched(outDir);
    }

    [Fact]
    public void An_unmappable_code_is_named_with_file_and_line()
    {
        var sources = CopySources();
        var lines = File.ReadAllLines(Path.Combine(sources, Nmc));
        var i = Array.FindIndex(lines, l => l.StartsWith("2,2000,", StringComparison.Ordinal));
        lines[i] = "999" + lines[i][1..];
        Replace(sources, Nmc, lines, updateManifest: true);
        var (code, err, outDir) = Run(sources);
        Assert.Equal(2, code);
        Assert.Single(err);
        Assert.Contains($"{Nmc}:{i + 1}: field 'ccode'", err[0], StringComparison.Ordinal);
        Assert.Contains("999", err[0], StringComparison.Ordinal);
        AssertUntouched(outDir);
    }

    [Fact]
    public void A_year_outside_the_source_coverage_is_rejected()
    {
        var sources = CopySources();
        var lines = File.ReadAllLines(Path.Combine(sources, Nmc));
        var i = Array.FindIndex(lines, l => l.StartsWith("2,2000,", StringComparison.Ordinal));
        lines[i] = "2,2031," + lines[i]["2,2000,".Length..];
        Replace(sources, Nmc, lines, updateManifest: true);
        var (code, err, outDir) = Run(sources);
        Assert.Equal(2, code);
        Assert.Single(err);
        Assert.Contains($"{Nmc}:{i + 1}: field 'year'", err[0], StringComparison.Ordinal);
        Assert.Contains("outside the source's coverage 1816-2022", err[0], StringComparison.Ordinal);
        AssertUntouched(outDir);
    }

    [Fact]
    public void The_factbook_participation_text_is_parsed_with_its_qualifiers()
    {
        var parsed = Memberships.ParseParticipation("BSEC, CIS (participating member, has not signed the 1993 CIS charter), G- 8, OAS (observer), ZC note : Ukraine is an EU candidate").ToList();
        Assert.Equal([("BSEC", ""), ("CIS", "participating member, has not signed the 1993 CIS charter"), ("G-8", ""), ("OAS", "observer"), ("ZC", "")], parsed);
        Assert.Equal("associate", Memberships.StatusOf("participating member, has not signed the 1993 CIS charter").Status);
        Assert.Equal("observer", Memberships.StatusOf("observer").Status);
        Assert.Equal("partner", Memberships.StatusOf("dialogue partner").Status);
        Assert.Null(Memberships.StatusOf("NGOs").Status);
        Assert.Null(Memberships.StatusOf("suspended").Status);
    }

    private static string? SharedSources()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelationsGraph.sln")))
        {
            dir = dir.Parent;
        }

        var path = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "sources"));
        return path is not null && File.Exists(Path.Combine(path, "MANIFEST.csv")) ? path : null;
    }

    /// <summary>A copy of the sources made of symbolic links (MANIFEST.csv copied, so that it can be edited).</summary>
    private string CopySources()
    {
        var shared = SharedSources();
        Assert.SkipWhen(shared is null, "../shared/sources is absent");
        var copy = Path.Combine(root, "sources");
        foreach (var file in Directory.EnumerateFiles(shared!, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(shared!, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Path.GetFileName(file) == "MANIFEST.csv")
            {
                File.Copy(file, target);
            }
            else
            {
                File.CreateSymbolicLink(target, file);
            }
        }

        return copy;
    }

    private static void Replace(string sources, string file, IEnumerable<string> lines, bool updateManifest)
    {
        var path = Path.Combine(sources, file);
        var old = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        File.Delete(path);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        if (updateManifest)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            var manifest = Path.Combine(sources, "MANIFEST.csv");
            File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(old, hash, StringComparison.Ordinal));
        }
    }

    private (int Code, string[] Err, string OutDir) Run(string sources)
    {
        var outDir = Path.Combine(root, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "keep.txt"), "untouched");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = global::Cli.Run(["--sources", sources, "--out", outDir], stdout, stderr);
        return (code, stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), outDir);
    }

    private static void AssertUntouched(string outDir)
    {
        Assert.Equal(["keep.txt"], Directory.EnumerateFiles(outDir).Select(Path.GetFileName));
        Assert.Equal("untouched", File.ReadAllText(Path.Combine(outDir, "keep.txt")));
    }
}
