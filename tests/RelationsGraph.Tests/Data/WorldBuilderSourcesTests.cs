using RelationsGraph.WorldBuilder;
using Xunit;

namespace RelationsGraph.Tests.Data;

/// <summary>
/// Facts that the world builder's sanctions, conflict, rivalry, trade and overlay modules must produce from the published
/// sources (../shared/sources next to the repository; skipped where the sources are absent).
/// </summary>
public sealed class WorldBuilderSourcesTests
{
    private static readonly string SourcesRoot = Path.GetFullPath(Path.Combine(Repository.Find(), "..", "shared", "sources"));

    private static readonly Lazy<BuildContext> World = new(() => Builder.Build(SourcesRoot, TextWriter.Null));

    private static BuildContext Built()
    {
        Assert.SkipUnless(File.Exists(Path.Combine(SourcesRoot, "MANIFEST.csv")), $"no published sources at {SourcesRoot}");
        return World.Value;
    }

    private static IEnumerable<DatasetRelation> At(BuildContext context, string kind, DateOnly day) =>
        context.Relations.Where(r => r.Kind == kind && r.Start <= day && (r.End is null || r.End >= day));

    private static bool Between(DatasetRelation r, string a, string b) =>
        (r.Source == a && r.Target == b) || (!r.Directed && r.Source == b && r.Target == a);

    private static string? Attr(DatasetRelation r, string name) => r.Attributes is not null && r.Attributes.TryGetValue(name, out var v) ? v : null;

    [Fact]
    public void EuMembers_SanctionRussia_From2014()
    {
        var world = Built();
        var day = new DateOnly(2015, 7, 1);
        var members = world.MembersOf("EU", 2015);
        Assert.True(members.Count >= 27, $"{members.Count} EU members in 2015");
        var senders = At(world, "sanction", day).Where(r => r.Target == "RUS").Select(r => r.Source).ToHashSet(StringComparer.Ordinal);
        Assert.All(members, m => Assert.Contains(m, senders));
        Assert.Contains(At(world, "sanction", day), r => r.Source == "DEU" && r.Target == "RUS" && Attr(r, "via") == "EU");
        Assert.DoesNotContain(At(world, "sanction", new DateOnly(2013, 7, 1)), r => r.Source == "DEU" && r.Target == "RUS");
    }

    [Fact]
    public void RussiaUkraine_ArmedConflictFrom2014_WarFrom2022()
    {
        var world = Built();
        var conflict = Assert.Single(At(world, "conflict", new DateOnly(2014, 7, 1)), r => Between(r, "RUS", "UKR") && r.Ref != "cow-mid-5.0");
        Assert.Equal("supports-rebels", Attr(conflict, "role"));
        Assert.True(conflict.Weight < 0);
        Assert.Contains(At(world, "conflict", new DateOnly(2019, 7, 1)), r => Between(r, "RUS", "UKR"));
        Assert.DoesNotContain(At(world, "war", new DateOnly(2019, 7, 1)), r => Between(r, "RUS", "UKR"));
        var war = Assert.Single(At(world, "war", new DateOnly(2022, 7, 1)), r => Between(r, "RUS", "UKR"));
        Assert.Equal(-1.0, war.Weight);
        Assert.Null(war.End);
        Assert.Equal("2024", Attr(war, "observed_to"));
    }

    /// <summary>COW MID 5.0: militarized disputes short of war, by the higher side's hostility level, to 2014.</summary>
    [Fact]
    public void Disputes_FromCowMid_ByHostilityLevel()
    {
        var world = Built();
        var disputes = world.Relations.Where(r => r.Ref == "cow-mid-5.0").ToList();
        Assert.All(disputes, r => Assert.Equal(("conflict", "dispute", false), (r.Kind, Attr(r, "role"), r.Directed)));
        Assert.All(disputes, r => Assert.Equal(Attr(r, "hostlev") switch { "2" => -0.2, "3" => -0.3, "4" => -0.5, _ => -0.8 }, r.Weight));
        Assert.All(disputes, r => Assert.True(r.Start.Year >= 1995 && r.End is { Year: <= 2014 }));

        // Russia's display of force against Ukraine in 2008 (MID 4438, level 3), which UCDP does not record.
        var rusUkr = Assert.Single(At(world, "conflict", new DateOnly(2008, 7, 1)), r => Between(r, "RUS", "UKR"));
        Assert.Equal(("cow-mid-5.0", -0.3), (rusUkr.Ref, rusUkr.Weight));
        Assert.Contains("4438", Attr(rusUkr, "mid")!.Split(';'));
        Assert.DoesNotContain(At(world, "conflict", new DateOnly(2010, 7, 1)), r => Between(r, "RUS", "UKR"));
    }

    [Fact]
    public void Dprk_SupportsRussia_In2024_AndIsHostileToUkraine()
    {
        var world = Built();
        var day = new DateOnly(2024, 7, 1);
        var support = Assert.Single(At(world, "support", day), r => r.Source == "PRK" && r.Target == "RUS");
        Assert.True(support.Directed);
        Assert.True(support.Weight > 0);
        Assert.Contains(At(world, "war", day), r => Between(r, "PRK", "UKR") && Attr(r, "role") == "supporter");
        Assert.DoesNotContain(At(world, "support", new DateOnly(2023, 7, 1)), r => r.Source == "PRK" && r.Target == "RUS");
    }

    [Fact]
    public void SupportersOfAGovernment_GetTheSupportTieOnly()
    {
        var world = Built();
        var day = new DateOnly(2010, 7, 1);
        Assert.Contains(At(world, "support", day), r => r.Source == "USA" && r.Target == "AFG");
        Assert.DoesNotContain(world.Relations, r => r.Kind is "conflict" or "war" && Between(r, "USA", "AFG") && r.Start.Year <= 2010 && (r.End is null || r.End.Value.Year >= 2010));
    }

    [Fact]
    public void CrimeaMeasures_AreNotReadAsHostilityToUkraine()
    {
        var world = Built();
        var day = new DateOnly(2016, 7, 1);
        var hostile = At(world, "sanction", day).Where(r => r.Target == "UKR" && Attr(r, "on_behalf_of") is null).Select(r => r.Source).ToList();
        Assert.All(new[] { "USA", "CAN", "AUS", "JPN", "CHE", "DEU", "FRA", "NOR" }, s => Assert.DoesNotContain(s, hostile));
        var crimea = At(world, "sanction", day).Where(r => Attr(r, "case") == "1018").ToList();
        Assert.NotEmpty(crimea);
        Assert.All(crimea, r => Assert.Equal(("RUS", "UKR"), (r.Target, Attr(r, "listed_target"))));

        // Russia's own measures on Ukraine stay hostility.
        Assert.Contains(world.Relations, r => r.Kind == "sanction" && r.Source == "RUS" && r.Target == "UKR" && Attr(r, "on_behalf_of") is null);
    }

    [Fact]
    public void OsceArmsEmbargo_IsABlocMeasure_MarkedEvenHanded()
    {
        var world = Built();
        var day = new DateOnly(2020, 7, 1);
        foreach (var target in new[] { "ARM", "AZE" })
        {
            var r = Assert.Single(At(world, "sanction", day), r => r.Source == "OSCE" && r.Target == target);
            Assert.Equal("ARM;AZE", Attr(r, "even_handed"));
        }

        Assert.DoesNotContain(At(world, "sanction", day), r => r.Target == "ARM" && Attr(r, "via") == "OSCE");
    }

    [Fact]
    public void UnSecurityCouncilMeasures_StayWithTheBlocUn()
    {
        var world = Built();
        Assert.Contains(world.Relations, r => r.Kind == "sanction" && r.Source == "UN" && r.Target == "PRK");
        Assert.DoesNotContain(world.Relations, r => r.Kind == "sanction" && Attr(r, "via") == "UN");
    }

    [Fact]
    public void EveryGsdbName_Maps_AndTheAliasMapIsUsed()
    {
        var world = Built();
        var names = new NameMap(world, "gsdb-names.csv");
        var rows = 0;
        foreach (var row in world.Sources.Rows(Sanctions.File))
        {
            Assert.NotEmpty(Sanctions.Parse(names, row, "sanctioning_state"));
            Assert.NotEmpty(Sanctions.Parse(names, row, "sanctioned_state"));
            rows++;
        }

        Assert.Equal(1325, rows);
        Assert.Contains("Korea, North", names.Used);
        Assert.Contains("Egypt, Arab Rep.", names.Used);
        Assert.Contains("EU", names.Used);

        // Names with a comma reach their state through the curated table.
        Assert.Contains(world.Relations, r => r.Kind == "sanction" && r.Target == "PRK" && r.Source == "USA");
        Assert.Contains(world.Relations, r => r.Kind == "sanction" && r.Source == "EGY");
    }

    [Fact]
    public void UnknownName_IsAnErrorNamingFileLineAndField()
    {
        var world = Built();
        var names = new NameMap(world, "gsdb-names.csv");
        var columns = new Dictionary<string, int>(StringComparer.Ordinal) { ["sanctioning_state"] = 0 };
        var row = new SourceRow(Sanctions.File, 42, columns, ["EU, Atlantis"]);
        var e = Assert.Throws<BuildException>(() => Sanctions.Parse(names, row, "sanctioning_state"));
        Assert.StartsWith("gsdb/GSDB_V3.csv:42: field 'sanctioning_state':", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Atlantis'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trade_SharesFromTheFactbook_ByDataYear()
    {
        var world = Built();

        // 2000 edition: exports "Russia 20%, EU 17%, China 7%, Turkey 6%, US 4% (1999)", imports "Russia 48%, EU 23%, US 3% (1999)".
        var day = new DateOnly(1999, 7, 1);
        var ukr = At(world, "trade", day).Where(r => r.Source == "UKR").ToDictionary(r => r.Target, r => (r.Weight, Flow: Attr(r, "flow")), StringComparer.Ordinal);
        Assert.Equal((0.5, "import"), ukr["RUS"]);
        Assert.Equal((0.25, "import"), ukr["EU"]);
        Assert.Equal((0.05, "export"), ukr["TUR"]);
        Assert.False(ukr.ContainsKey("USA"));
        Assert.All(world.Relations.Where(r => r.Kind == "trade" && Attr(r, "overlay") is null), r =>
        {
            Assert.InRange(r.Weight, 0.05, 1.0);
            Assert.Equal(Math.Round(r.Weight * 20) / 20, r.Weight, 12);
            Assert.True(world.IsState(r.Target) || r.Target == "EU", r.Target);
        });
    }

    [Fact]
    public void Rivalries_From1995_OpenWhenOngoing()
    {
        var world = Built();
        var r = Assert.Single(world.Relations, r => r.Kind == "rivalry" && Between(r, "IND", "PAK"));
        Assert.Equal(new DateOnly(1995, 1, 1), r.Start);
        Assert.Null(r.End);
        Assert.Equal("2020", Attr(r, "observed_to"));
        Assert.DoesNotContain(world.Relations, r => r.Kind == "rivalry" && r.Start.Year < 1995);
    }

    [Fact]
    public void Overlay_KeepsUncoveredRows_WithTheirCitation_AndNoMediation()
    {
        var world = Built();
        var treaty = Assert.Single(world.Relations, r => r.Kind == "alliance" && Between(r, "RUS", "PRK") && r.Start == new DateOnly(2024, 12, 4));
        Assert.Equal("w23-S063", treaty.Ref);
        Assert.Contains(world.Relations, r => r.Kind == "partnership" && Between(r, "CHN", "RUS"));
        Assert.Contains(world.Relations, r => r.Kind == "vote" && r.Ref.StartsWith("w23-", StringComparison.Ordinal));

        // Covered by UCDP: the overlay's Russia-Ukraine war row is skipped.
        Assert.DoesNotContain(world.Relations, r => r.Kind == "war" && r.Ref.StartsWith("w23-", StringComparison.Ordinal));
        Assert.All(world.Relations, r => Assert.DoesNotContain("mediat", r.Kind, StringComparison.OrdinalIgnoreCase));
        Assert.All(world.Relations, r => Assert.True(world.Citations.ContainsKey(r.Ref), r.Ref));
    }

    [Fact]
    public void CountsPerKindAndYear_AreSane()
    {
        var world = Built();
        foreach (var year in new[] { 1995, 2005, 2015, 2022 })
        {
            var day = new DateOnly(year, 7, 1);
            Assert.InRange(At(world, "sanction", day).Count(), 100, 5000);
            Assert.InRange(At(world, "rivalry", day).Count(), 30, 100);
            Assert.InRange(At(world, "conflict", day).Count() + At(world, "war", day).Count(), 1, 60);
        }

        foreach (var year in new[] { 2005, 2015, 2022 })
        {
            Assert.InRange(At(world, "trade", new DateOnly(year, 7, 1)).Count(), 1000, 4000);
        }

        Assert.InRange(At(world, "support", new DateOnly(2015, 7, 1)).Count(), 20, 400);
        Assert.Contains(world.Excluded, kv => kv.Key.File == Sanctions.File && kv.Key.Reason.Contains("Taiwan", StringComparison.Ordinal));
        Assert.Contains(world.Excluded, kv => kv.Key.File == Conflicts.File && kv.Key.Reason.Contains("before 1995", StringComparison.Ordinal));
    }
}
