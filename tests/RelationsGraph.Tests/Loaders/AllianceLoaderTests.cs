using RelationsGraph.Loaders;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Loaders;

/// <summary>ATOP 5.1 and COW v4.1 dyad-year files written by the tests: the strongest obligation per dyad and year.</summary>
public sealed class AllianceLoaderTests
{
    private static DyadTable Load(string content, AllianceFormat format, LoaderOptions? options = null) =>
        AllianceLoader.Load([("alliances.csv", (TextReader)new StringReader(content))], format, options);

    [Fact]
    public void Atop_StrongestObligationPerDyadYear()
    {
        // 2 USA – 740 JPN: defence; 2 – 20 CAN: two alliances, consultation and neutrality → 0.6; 2 – 365: atopally 0.
        const string Csv = "dyad,mem1,mem2,year,atopally,defense,offense,neutral,nonagg,consul\n"
            + "1,2,740,2010,1,1,0,0,0,1\n2,2,20,2010,1,0,0,0,0,1\n3,2,20,2010,1,0,0,1,0,0\n4,2,365,2010,0,0,0,0,0,0\n";

        var table = Load(Csv, AllianceFormat.Atop);

        Assert.Equal(RelationKind.Alliance, table.Kind);
        Assert.Equal([("CAN", "USA", 0.6), ("JPN", "USA", 1.0)], table.Dyads.Select(d => (d.Source, d.Target, d.Weight)));
        Assert.Equal(1, table.Report.NoAlliance);
        Assert.All(table.ToNetwork().Relations, r => Assert.True(r.Weight > 0));
        Assert.Equal(["neutrality", "defense"], table.ToNetwork().Relations.Select(r => r.Attributes["obligation"]));
        using var csv = new StringWriter();
        table.WriteCsv(csv);
        Assert.StartsWith("source,target,weight,period,count,obligation,kind,directed,start,end\nCAN,USA,0.6,2010,2,neutrality,alliance,false,2010-01-01,2010-12-31\n", csv.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cow_CodesNotAbbreviations_MalformedReported()
    {
        // 225 Switzerland and 305 Austria (COW abbreviations SWZ and AUS), entente; a bad flag and a short row.
        const string Csv = "version4id,ccode1,state_name1,ccode2,state_name2,defense,neutrality,nonaggression,entente,year,version\n"
            + "1,225,Switzerland,305,Austria,0,0,0,1,1995,4.1\n2,2,USA,20,Canada,x,0,0,0,1995,4.1\n3,2,USA\n";

        var table = Load(Csv, AllianceFormat.Cow);

        var d = Assert.Single(table.Dyads);
        Assert.Equal(("AUT", "CHE", 0.4, "1995"), (d.Source, d.Target, d.Weight, d.Period));
        Assert.Equal(2, table.Report.Malformed);
        Assert.Equal("defense", table.Report.Issues[0].Location.Field);
    }

    [Fact]
    public void MissingColumn_IsRejected()
    {
        var e = Assert.Throws<MalformedInputException>(() => Load("mem1,mem2,year\n", AllianceFormat.Atop));

        Assert.Equal("atopally", e.Location.Field);
    }
}
