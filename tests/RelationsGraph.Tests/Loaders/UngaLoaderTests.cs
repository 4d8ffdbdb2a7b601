using System.Text;
using RelationsGraph.Loaders;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Loaders;

/// <summary>Voeten-style dyadic agreement files written by the tests; COW codes, not abbreviations.</summary>
public sealed class UngaLoaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"relgraph-unga-{Guid.NewGuid():N}");

    public UngaLoaderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(folder, "agree.csv");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Weight_IsTwiceAgreementMinusOne_CowCodesToIso3()
    {
        // 2 USA, 365 RUS, 225 Switzerland (COW abbreviation SWZ: ISO Eswatini), 305 Austria (COW AUS: ISO Australia).
        var file = Write("ccode1,ccode2,agree,year\n2,365,0.25,2022\n365,2,0.25,2022\n225,305,0.9,2022\n2,365,0.5,2023\n");

        var table = UngaLoader.Load([file]);

        Assert.Equal(RelationKind.Vote, table.Kind);
        var byPair = table.Dyads.ToDictionary(d => $"{d.Source}-{d.Target}-{d.Period}", d => (d.Weight, d.Count));
        Assert.Equal((-0.5, 2L), byPair["RUS-USA-2022"]);
        Assert.Equal(0.8, byPair["AUT-CHE-2022"].Weight, 12);
        Assert.Equal(0, byPair["RUS-USA-2023"].Weight, 12);
        Assert.DoesNotContain(table.Dyads, d => d.Source is "SWZ" or "AUS" || d.Target is "SWZ" or "AUS");
    }

    [Fact]
    public void Session_IsYear1945PlusSession_QuotedHeaderFields()
    {
        var file = Write("\"ccode1\",\"ccode2\",\"agree\",\"session\"\n2,365,1,77\n");

        var d = Assert.Single(UngaLoader.Load([file]).Dyads);

        Assert.Equal(("2022", 1.0), (d.Period, d.Weight));
    }

    [Fact]
    public void UnknownCodesAndMalformedRows_AreCountedAndReported()
    {
        var file = Write("ccode1,ccode2,agree,year\n2,99999,0.5,2022\nx,365,0.5,2022\n2,365,1.5,2022\n2,365\n2,2,1,2022\n2,365,1,2022\n");

        var r = UngaLoader.Load([file]).Report;

        Assert.Equal((6L, 1L, 1L, 3L, 1L), (r.Rows, r.Used, r.UnmappedRows, r.Malformed, r.SameCountry));
        Assert.Equal(1, r.Unmapped["ccode 99999"]);
        Assert.Equal([("ccode1", 3), ("agree", 4), (null, 5)], r.Issues.Select(i => (i.Location.Field, i.Location.Line ?? 0)));
    }

    [Fact]
    public void MissingColumns_AreRejected()
    {
        Assert.Equal("agree", Assert.Throws<MalformedInputException>(() => UngaLoader.Load([Write("ccode1,ccode2,year\n")])).Location.Field);
        Assert.Equal("year", Assert.Throws<MalformedInputException>(() => UngaLoader.Load([Write("ccode1,ccode2,agree\n")])).Location.Field);
    }
}
