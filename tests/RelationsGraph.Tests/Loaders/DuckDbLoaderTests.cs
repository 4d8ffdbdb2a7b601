using System.IO.Compression;
using System.Text;
using RelationsGraph.DuckDb;
using RelationsGraph.Loaders;
using Xunit;

namespace RelationsGraph.Tests.Loaders;

/// <summary>The DuckDB path gives the streaming loader's dyad table and counts on the same files.</summary>
public sealed class DuckDbLoaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"relgraph-duckdb-{Guid.NewGuid():N}");

    public DuckDbLoaderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, IEnumerable<string> lines, bool gzip = false)
    {
        var path = Path.Combine(folder, name);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        if (gzip)
        {
            using var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest);
            gz.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }

        return path;
    }

    /// <summary>Random rows over a few countries, with every kind of bad or dropped row mixed in.</summary>
    private static IEnumerable<string> Rows(int seed, int count)
    {
        var random = new Random(seed);
        string[] codes = ["USA", "RUS", "UKR", "CHN", "TUR", "ROM", "XYZ", string.Empty];
        for (var i = 0; i < count; i++)
        {
            var date = $"{random.Next(2019, 2024)}{random.Next(1, 13):D2}{random.Next(1, 29):D2}";
            var goldstein = (random.NextDouble() * 20 - 10).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            var row = EventLoaderTests.Gdelt(date, codes[random.Next(codes.Length)], codes[random.Next(codes.Length)], random.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture), goldstein, fields: random.Next(3) switch { 0 => 57, 1 => 58, _ => 61 });
            yield return random.Next(25) switch
            {
                0 => row[..30],
                1 => row.Replace("\t042\t", "\t042\t\t", StringComparison.Ordinal),
                2 => EventLoaderTests.Gdelt("20221399", "USA", "RUS", "1", "1"),
                3 => EventLoaderTests.Gdelt(date, "USA", "RUS", "0", "1"),
                4 => EventLoaderTests.Gdelt(date, "USA", "RUS", "1", "12"),
                _ => row,
            };
        }
    }

    [Theory]
    [InlineData(PeriodKind.Year, false)]
    [InlineData(PeriodKind.Month, false)]
    [InlineData(PeriodKind.All, true)]
    public void SameDyadsAndCountsAsTheStreamingLoader(PeriodKind period, bool directed)
    {
        var files = new[] { Write("a.csv", Rows(1, 3000)), Write("b.csv.gz", Rows(2, 2000), gzip: true) };
        var options = new LoaderOptions { Period = period, Directed = directed };

        var streaming = EventLoader.Load(files, EventFormat.Gdelt, options);
        var duck = DuckDbGdeltLoader.Load(files, options);

        var (s0, d0) = (streaming.Report, duck.Report);
        Assert.Equal((s0.Rows, s0.Used, s0.Malformed, s0.NoCountry, s0.UnmappedRows, s0.SameCountry), (d0.Rows, d0.Used, d0.Malformed, d0.NoCountry, d0.UnmappedRows, d0.SameCountry));
        Assert.Equal(streaming.Dyads.Select(d => (d.Source, d.Target, d.Period, d.Count)), duck.Dyads.Select(d => (d.Source, d.Target, d.Period, d.Count)));
        Assert.Equal(streaming.Dyads.Select(d => d.QuadCounts.ToArray()), duck.Dyads.Select(d => d.QuadCounts.ToArray()));
        for (var i = 0; i < streaming.Dyads.Count; i++)
        {
            Assert.Equal(streaming.Dyads[i].Weight, duck.Dyads[i].Weight, 12);
        }

        var (s, d) = (streaming.Report, duck.Report);
        Assert.Equal((s.Rows, s.Used, s.Malformed, s.NoCountry, s.UnmappedRows, s.SameCountry), (d.Rows, d.Used, d.Malformed, d.NoCountry, d.UnmappedRows, d.SameCountry));
        Assert.True(s.Malformed > 0 && s.UnmappedRows > 0 && s.SameCountry > 0 && s.NoCountry > 0);
    }
}
