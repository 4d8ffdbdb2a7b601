using System.IO.Compression;
using System.Text;
using RelationsGraph.Loaders;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Loaders;

/// <summary>GDELT and ICEWS files written by the tests in the exact public layouts, with hand-computed dyad weights.</summary>
public sealed class EventLoaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"relgraph-loaders-{Guid.NewGuid():N}");

    public EventLoaderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A GDELT row with the given date, actor countries, quad class and Goldstein score; 61 fields (2.0) or 57 (1.0).</summary>
    internal static string Gdelt(string date, string country1, string country2, string quad, string goldstein, int fields = 61)
    {
        var f = Enumerable.Repeat(string.Empty, fields).ToArray();
        f[0] = "1";
        f[1] = date;
        f[3] = date.Length >= 4 ? date[..4] : date;
        f[5] = country1;
        f[7] = country1;
        f[15] = country2;
        f[17] = country2;
        f[26] = "042";
        f[28] = "04";
        f[29] = quad;
        f[30] = goldstein;
        return string.Join('\t', f);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Gdelt_MeanGoldsteinOverTen_PerUnorderedDyadAndYear()
    {
        // USA–RUS 2022: −10, −5 and +4 (one written RUS→USA) → mean −11/3 ÷ 10; quads 4, 3, 1. 2023: +2 → 0.2.
        var file = Write(
            "events.csv",
            Gdelt("20220301", "USA", "RUS", "4", "-10"),
            Gdelt("20220615", "USA", "RUS", "3", "-5"),
            Gdelt("20221231", "RUS", "USA", "1", "4"),
            Gdelt("20230101", "USA", "RUS", "1", "2"));

        var table = EventLoader.Load([file], EventFormat.Gdelt);

        Assert.Equal(2, table.Dyads.Count);
        var y2022 = table.Dyads[0];
        Assert.Equal(("RUS", "USA", "2022", 3L), (y2022.Source, y2022.Target, y2022.Period, y2022.Count));
        Assert.Equal(-11.0 / 30, y2022.Weight, 12);
        Assert.Equal([1L, 0, 1, 1], y2022.QuadCounts);
        Assert.Equal(0.2, table.Dyads[1].Weight, 12);
        Assert.Equal((4L, 4L, 0L), (table.Report.Rows, table.Report.Used, table.Report.Malformed));
    }

    [Fact]
    public void Gdelt_MonthsDirectedAndVersionOne()
    {
        var file = Write(
            "events.csv",
            Gdelt("20220301", "USA", "RUS", "4", "-10", fields: 57),
            Gdelt("20220302", "RUS", "USA", "4", "-6", fields: 58),
            Gdelt("20220401", "USA", "RUS", "1", "3"));

        var table = EventLoader.Load([file], EventFormat.Gdelt, new LoaderOptions { Period = PeriodKind.Month, Directed = true });

        Assert.Equal([("RUS", "USA", "2022-03"), ("USA", "RUS", "2022-03"), ("USA", "RUS", "2022-04")], table.Dyads.Select(d => (d.Source, d.Target, d.Period)));
        Assert.Equal(-1, table.Dyads[1].Weight, 12);
        Assert.True(table.IsDirected);
    }

    [Fact]
    public void Gdelt_DroppedRowsAreCounted_MalformedRowsReportedWithLine()
    {
        var file = Write(
            "events.csv",
            Gdelt("20220301", "USA", "USA", "1", "1"),       // same country
            Gdelt("20220301", "USA", string.Empty, "1", "1"), // no country
            Gdelt("20220301", "USA", "XYZ", "1", "1"),        // unknown code
            "1\t20220301\ttoo few fields",                     // malformed: field count
            Gdelt("2022-03-01", "USA", "RUS", "1", "1"),      // malformed: date
            Gdelt("20220301", "USA", "RUS", "5", "1"),        // malformed: quad class
            Gdelt("20220301", "USA", "RUS", "1", "11"),       // malformed: Goldstein out of range
            Gdelt("20220230", "USA", "RUS", "1", "1"),        // malformed: no such day
            Gdelt("20220301", "USA", "RUS", "1", "1"));

        var table = EventLoader.Load([file], EventFormat.Gdelt);

        var r = table.Report;
        Assert.Equal((9L, 1L, 1L, 1L, 1L, 5L), (r.Rows, r.Used, r.SameCountry, r.NoCountry, r.UnmappedRows, r.Malformed));
        Assert.Equal(1, r.Unmapped["XYZ"]);
        Assert.Equal(5, r.Issues.Count);
        Assert.Equal(4, r.Issues[0].Location.Line);
        Assert.Contains("found 3", r.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(("SQLDATE", 5), (r.Issues[1].Location.Field, r.Issues[1].Location.Line));
        Assert.Equal("QuadClass", r.Issues[2].Location.Field);
        Assert.Equal("GoldsteinScale", r.Issues[3].Location.Field);
        Assert.Contains(r.Describe(), line => line.Contains("1 row(s) dropped: both actors in the same country", StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_StopsAtTheFirstMalformedRow()
    {
        var file = Write("events.csv", Gdelt("20220301", "USA", "RUS", "1", "1"), Gdelt("20220301", "USA", "RUS", "1", "x"));

        var e = Assert.Throws<MalformedInputException>(() => EventLoader.Load([file], EventFormat.Gdelt, new LoaderOptions { Strict = true }));

        Assert.Equal(2, e.Location.Line);
        Assert.Equal("GoldsteinScale", e.Location.Field);
        Assert.Contains("events.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_AndManyFiles()
    {
        var plain = Write("a.csv", Gdelt("20220301", "USA", "RUS", "4", "-10"));
        var zipped = Path.Combine(folder, "b.csv.gz");
        using (var gz = new GZipStream(File.Create(zipped), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(Gdelt("20220302", "UKR", "RUS", "4", "-10") + "\n"));
        }

        var table = EventLoader.Load([plain, zipped], EventFormat.Gdelt);

        Assert.Equal(2, table.Report.Files);
        Assert.Equal(["RUS-UKR", "RUS-USA"], table.Dyads.Select(d => $"{d.Source}-{d.Target}"));
    }

    [Fact]
    public void Icews_NamesIntensityAndQuadFromTheCameoRoot()
    {
        const string Header = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";
        string Row(string date, string source, string target, string cameo, string intensity) =>
            string.Join('\t', ["1", date, "x", "x", source, "text", cameo, intensity, "y", "y", target, "9", "1", "p", "c", "d", "pr", "co", "0", "0"]);
        var file = Write(
            "icews.tab",
            Header,
            Row("2018-01-05", "Russian Federation", "Ukraine", "190", "-10"),
            Row("2018-02-05", "Ukraine", "Russian Federation", "036", "4"),
            Row("2018-03-05", "Ukraine", "Atlantis", "036", "4"),
            Row("05/01/2018", "Ukraine", "Russian Federation", "036", "4"));

        var table = EventLoader.Load([file], EventFormat.Icews);

        var d = Assert.Single(table.Dyads);
        Assert.Equal(("RUS", "UKR", "2018"), (d.Source, d.Target, d.Period));
        Assert.Equal(-0.3, d.Weight, 12);
        Assert.Equal([1L, 0, 0, 1], d.QuadCounts);
        Assert.Equal(1, table.Report.Unmapped["Atlantis"]);
        Assert.Equal("Event Date", Assert.Single(table.Report.Issues).Location.Field);
    }

    [Fact]
    public void Icews_MissingColumn_IsRejected()
    {
        var file = Write("icews.tab", "Event ID\tEvent Date\tSource Country");

        var e = Assert.Throws<MalformedInputException>(() => EventLoader.Load([file], EventFormat.Icews));

        Assert.Equal("Target Country", e.Location.Field);
    }

    [Fact]
    public void Table_ToNetworkAndCsvRoundTrip()
    {
        var file = Write("events.csv", Gdelt("20220301", "USA", "RUS", "4", "-10"), Gdelt("20230301", "USA", "RUS", "1", "5"));
        var table = EventLoader.Load([file], EventFormat.Gdelt);

        var network = table.ToNetwork();
        Assert.Equal(2, network.Relations.Length);
        Assert.All(network.Relations, r => Assert.Equal(RelationKind.Event, r.Kind));
        Assert.Equal(-1, Assert.Single(network.At(new DateOnly(2022, 6, 1)).Relations).Weight);

        using var text = new StringWriter();
        table.WriteCsv(text);
        var lines = text.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal("source,target,weight,period,count,quad1,quad2,quad3,quad4,kind,directed,start,end", lines[0]);
        Assert.Equal("RUS,USA,-1,2022,1,0,0,0,1,event,false,2022-01-01,2022-12-31", lines[1]);
        var back = RelationsGraph.IO.CsvNetworkReader.Read(new StringReader(text.ToString()), "edges.csv").Network;
        Assert.Equal(network.Relations.Select(r => (r.Source, r.Target, r.Weight, r.Period)), back.Relations.Select(r => (r.Source, r.Target, r.Weight, r.Period)));
    }
}
