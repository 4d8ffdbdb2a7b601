using System.Globalization;
using Xunit;

namespace RelationsGraph.Tests.Hardening;

/// <summary>
/// The fuzz campaign (<see cref="FuzzCampaign"/>) for a short budget on every test run, and its saved corpus as
/// regression tests. <c>tests/fuzz.sh SECONDS</c> runs it longer and adds what it finds to the corpus
/// (<c>fixtures/fuzz-corpus</c>); see docs/reliability.md.
/// </summary>
public class FuzzCampaignTests
{
    /// <summary>Total budget in seconds (all readers) from RELATIONSGRAPH_FUZZ_SECONDS; 9 s by default.</summary>
    private static double BudgetSeconds =>
        double.TryParse(Environment.GetEnvironmentVariable("RELATIONSGRAPH_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 9;

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("RELATIONSGRAPH_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20261206;

    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "fixtures", "fuzz-corpus");

    private static IEnumerable<string> CorpusPaths() =>
        Directory.Exists(CorpusFolder) ? Directory.EnumerateFiles(CorpusFolder, "*.json") : [];

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in CorpusPaths().Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Campaign_ForTheBudget_FindsNoContractViolation()
    {
        var corpus = CorpusPaths().Select(CorpusEntry.FromJson);
        var output = Environment.GetEnvironmentVariable("RELATIONSGRAPH_FUZZ_CORPUS");
        var report = FuzzCampaign.Run(TimeSpan.FromSeconds(BudgetSeconds), Seed, string.IsNullOrEmpty(output) ? null : output, corpus);

        var reportPath = Environment.GetEnvironmentVariable("RELATIONSGRAPH_FUZZ_REPORT");
        if (!string.IsNullOrEmpty(reportPath))
        {
            File.WriteAllText(reportPath, report.Summary());
        }

        Assert.True(report.Cases.Values.All(c => c > 0), report.Summary());
        Assert.True(report.Violations.Count == 0, report.Summary());
    }

    [Fact]
    public void Corpus_IsNotEmpty_AndCoversEveryReader()
    {
        var readers = CorpusPaths().Select(f => CorpusEntry.FromJson(f).Reader).ToHashSet();

        Assert.Equal(Enum.GetValues<ReaderKind>().ToHashSet(), readers);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusEntry_StillHoldsTheReaderContract(string file)
    {
        var entry = CorpusEntry.FromJson(Path.Combine(CorpusFolder, file));

        var violation = ReaderHarness.Run(entry.Reader, entry.Text, entry.Encoding, entry.Variant, entry.Companion);

        Assert.True(violation is null, $"{file}: {violation}");
    }

    [Fact]
    public void CorpusEntry_RoundTripsThroughJson_WithLoneSurrogates()
    {
        var entry = new CorpusEntry(ReaderKind.Json, InputEncoding.Latin1, 3, "{\"a\":\"\ud800\0\"}", "x,\uFEFFy", "ok: 0");
        var path = Path.Combine(Path.GetTempPath(), entry.FileName());
        try
        {
            File.WriteAllBytes(path, entry.ToJson());
            Assert.Equal(entry, CorpusEntry.FromJson(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
