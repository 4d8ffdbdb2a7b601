using System.Globalization;
using System.Text.Json;
using RelationsGraph.Data;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.Data;

/// <summary>Facts the embedded <c>world</c> dataset must hold (built by tools/RelationsGraph.WorldBuilder).</summary>
public sealed class WorldDatasetTests
{
    private static readonly Dataset World = Datasets.Load("world");

    private static bool ActiveAt(Relation r, int year, int month = 7, int day = 1) => r.Period.Contains(new DateOnly(year, month, day));

    private static IEnumerable<Relation> Memberships(string state, string bloc) =>
        World.Network.Relations.Where(r => r.Kind == RelationKind.Membership && r.Source == state && r.Target == bloc);

    [Fact]
    public void Both_datasets_load_by_name_and_load_once()
    {
        Assert.Contains("world", Datasets.Names);
        Assert.Contains("world-2023", Datasets.Names);
        Assert.Same(World, Datasets.Load("world"));
        Assert.NotEmpty(Datasets.Load("world-2023").Network.Relations);
    }

    [Fact]
    public void Concurrent_loads_share_one_instance()
    {
        var loaded = new Dataset[8];
        Parallel.For(0, loaded.Length, i => loaded[i] = Datasets.Load(i % 2 == 0 ? "world" : "world-2023"));
        Assert.All(loaded.Where((_, i) => i % 2 == 0), d => Assert.Same(World, d));
        Assert.All(loaded.Where((_, i) => i % 2 == 1), d => Assert.Same(loaded[1], d));
        var at = new RelationsNetwork[8];
        Parallel.For(0, at.Length, i => at[i] = World.NetworkAt(new DateOnly(2012, 1 + i, 1)));
        Assert.All(at, n => Assert.Same(at[0], n));
    }

    [Theory]
    [InlineData("GUAM")]
    [InlineData("BSEC")]
    [InlineData("OSCE")]
    public void Ukraine_is_in_GUAM_BSEC_and_the_OSCE_in_2020(string bloc) =>
        Assert.Contains(Memberships("UKR", bloc), r => ActiveAt(r, 2020));

    [Fact]
    public void Ukraine_is_out_of_the_CIS_after_2018()
    {
        Assert.Contains(Memberships("UKR", "CIS"), r => ActiveAt(r, 2017));
        var after = Memberships("UKR", "CIS").Where(r => r.Period.End is null || r.Period.End >= new DateOnly(2018, 6, 1)).ToList();
        Assert.Empty(after);
    }

    [Fact]
    public void Armenia_froze_its_CSTO_participation_in_2024()
    {
        var now = Memberships("ARM", "CSTO").Single(r => ActiveAt(r, 2024, 12, 31));
        Assert.Equal("frozen", now.Attributes["status"]);
        Assert.Equal("full", Memberships("ARM", "CSTO").Single(r => ActiveAt(r, 2020)).Attributes["status"]);
    }

    [Fact]
    public void The_US_and_Japan_have_a_defence_alliance()
    {
        var pact = World.Network.Relations.Where(r => r.Kind == RelationKind.Alliance && r.Source == "JPN" && r.Target == "USA").ToList();
        Assert.Contains(pact, r => ActiveAt(r, 2010) && r.Attributes["obligation"] == "defence" && r.Weight == 1.0);
        Assert.Contains(pact, r => r.Period.End is null && r.Attributes["observed_to"] == "2018");
    }

    [Theory]
    [InlineData("CHE", 2002)]
    [InlineData("SSD", 2011)]
    [InlineData("MNE", 2006)]
    public void UN_membership_starts_at_admission(string state, int year)
    {
        var un = Memberships(state, "UN").ToList();
        Assert.Contains(un, r => ActiveAt(r, year, 12, 31) && r.Attributes["status"] == "full");
        Assert.DoesNotContain(un, r => ActiveAt(r, year - 1, 12, 31));
        Assert.Contains(un, r => ActiveAt(r, 2025));
    }

    [Fact]
    public void There_are_195_states_and_the_blocs_carry_a_category()
    {
        Assert.Equal(195, World.Network.Actors.Count(a => a.Kind == ActorKind.State));
        var blocs = World.Network.Actors.Where(a => a.Kind == ActorKind.Bloc).ToList();
        Assert.InRange(blocs.Count, 45, 70);
        Assert.All(blocs, b => Assert.Contains(b.Attributes["category"], new[] { "security", "political", "economic", "regional", "universal" }));
        Assert.Equal("universal", World.Network["UN"].Attributes["category"]);
        Assert.Equal(195, World.Network.Relations.Count(r => r.Target == "UN" && ActiveAt(r, 2020)));
    }

    [Fact]
    public void Every_state_year_has_a_gdp_figure_or_a_gap_note()
    {
        var gaps = new HashSet<(string, int)>();
        using (var stream = typeof(Datasets).Assembly.GetManifestResourceStream("RelationsGraph.Data.world.gaps.csv")!)
        using (var reader = new StreamReader(stream))
        {
            Assert.Equal("id,year,attribute,reason", reader.ReadLine());
            while (reader.ReadLine() is { } line)
            {
                var f = line.Split(',');
                Assert.Equal("gdp", f[2]);
                gaps.Add((f[0], int.Parse(f[1], CultureInfo.InvariantCulture)));
            }
        }

        var checkedYears = 0;
        foreach (var un in World.Network.Relations.Where(r => r.Target == "UN"))
        {
            for (var year = 1995; year <= 2025; year++)
            {
                if (!ActiveAt(un, year, 12, 31))
                {
                    continue;
                }

                checkedYears++;
                var hasFigure = World.AttributeYear(un.Source, "gdp", year) == year;
                Assert.True(hasFigure || gaps.Contains((un.Source, year)), $"{un.Source} {year}: no gdp figure and no gap note");
            }
        }

        Assert.InRange(checkedYears, 5800, 6100);
    }

    [Fact]
    public void Attributes_come_by_year_and_NetworkAt_sets_them()
    {
        var gdp2020 = World.Attribute("USA", "gdp", 2020);
        Assert.NotNull(gdp2020);
        Assert.InRange(gdp2020!.Value, 15000, 30000);
        Assert.InRange(World.Attribute("CHN", "population", 2015)!.Value, 1200, 1500);
        Assert.Null(World.Attribute("USA", "gdp", 1990));
        Assert.Equal(2024, World.AttributeYear("USA", "gdp", 2025)); // the Factbook 2025 edition gives 2024; carried forward
        Assert.Equal(2024, World.AttributeYear("USA", "gdp", 2029));
        Assert.Null(World.AttributeYear("USA", "gdp", 2030));
        var at = World.NetworkAt(new DateOnly(2020, 6, 30));
        Assert.Equal(World.Network.Relations.Length, at.Relations.Length);
        Assert.Equal("2020", at["USA"].Attributes["gdp_year"]);
        Assert.Equal(gdp2020.Value, double.Parse(at["USA"].Attributes["gdp"], CultureInfo.InvariantCulture));
        Assert.True(at["USA"].Attributes.ContainsKey("idealpoint"));
        Assert.True(at["USA"].Attributes.ContainsKey("cinc"));
        Assert.Same(at, World.NetworkAt(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Counts_per_kind_and_year_are_in_range()
    {
        for (var year = 1995; year <= 2025; year++)
        {
            var active = World.Network.Relations.Where(r => ActiveAt(r, year)).ToList();
            Assert.InRange(active.Count(r => r.Kind == RelationKind.Membership), 900, 2000);
            Assert.InRange(active.Count(r => r.Kind == RelationKind.Alliance), 2000, 6000);
        }
    }

    [Fact]
    public void Every_relation_cites_a_source_listed_in_sources_csv()
    {
        var refs = World.Sources.Select(s => s.Ref).ToHashSet(StringComparer.Ordinal);
        Assert.All(World.Network.Relations, r => Assert.True(r.Reference is not null && refs.Contains(r.Reference), $"{r.Source}-{r.Target} cites '{r.Reference}'"));
    }

    [Fact]
    public void No_mediation_or_hosting_event_is_data()
    {
        string[] words = ["mediat", "talks", "hosting", "hosted", "good offices", "negotiat", "broker"];
        // At a word start: "immediately" (a UN press release's title cited by the world-2023 overlay) is not "mediat…".
        bool Mentions(string? text) => text is not null
            && words.Any(w => System.Text.RegularExpressions.Regex.IsMatch(text, @"\b" + System.Text.RegularExpressions.Regex.Escape(w), System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant));
        Assert.DoesNotContain(World.Network.Relations, r => r.Kind is RelationKind.Event || Mentions(r.Kind.ToString()) || Mentions(r.Reference)
            || r.Attributes.Any(kv => Mentions(kv.Key) || Mentions(kv.Value)));
        Assert.DoesNotContain(World.Sources, s => Mentions(s.Title) || Mentions(s.Ref) || Mentions(s.Url));

        // None of the mediation record's events (its source pages) is cited, when the record is at hand.
        var record = FindRecord();
        if (record is null)
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(record));
        var urls = json.RootElement.GetProperty("conflicts").EnumerateArray()
            .SelectMany(c => c.GetProperty("mediators").EnumerateArray())
            .Select(m => m.GetProperty("source").GetString()!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.NotEmpty(urls);
        Assert.DoesNotContain(World.Sources, s => urls.Contains(s.Url));
    }

    private static string? FindRecord()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RelationsGraph.sln")))
        {
            dir = dir.Parent;
        }

        var path = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "research", "mediation-record.json");
        return path is not null && File.Exists(path) ? path : null;
    }
}
