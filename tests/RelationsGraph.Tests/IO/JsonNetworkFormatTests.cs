using System.Text;
using RelationsGraph.IO;
using RelationsGraph.Model;
using Xunit;
using static RelationsGraph.Tests.IO.IoSamples;

namespace RelationsGraph.Tests.IO;

public class JsonNetworkFormatTests
{
    private const string Name = "net.json";

    private static NetworkReadResult Read(string json, NetworkReadOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return JsonNetworkFormat.Read(stream, Name, options);
    }

    private static byte[] Write(RelationsNetwork network)
    {
        using var stream = new MemoryStream();
        JsonNetworkFormat.Write(network, stream);
        return stream.ToArray();
    }

    private static string Doc(string actors, string relations) =>
        $$"""{"format": "relationsgraph-network", "version": 1, "actors": [{{actors}}], "relations": [{{relations}}]}""";

    private static T Rejects<T>(string json, string field)
        where T : InvalidInputException
    {
        var e = Assert.Throws<T>(() => Read(json));
        Assert.Equal(Name, e.Location.Source);
        Assert.Equal(field, e.Location.Field);
        Assert.Contains(Name, e.Message, StringComparison.Ordinal);
        Assert.Contains($"field '{field}'", e.Message, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void WriteRead_TrickyNetwork_PreservesEveryActorAndRelation()
    {
        var network = Tricky();

        using var stream = new MemoryStream(Write(network));
        var back = JsonNetworkFormat.Read(stream, Name);

        AssertSameNetwork(network, back.Network);
    }

    [Fact]
    public void WriteRead_ThroughFile_RoundTrips()
    {
        var network = Tricky();
        var path = TempPath(".json");
        try
        {
            JsonNetworkFormat.Write(network, path);

            AssertSameNetwork(network, JsonNetworkFormat.Read(path).Network);
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_TwoRuns_ByteIdentical()
    {
        Assert.Equal(Write(Tricky()), Write(Tricky()));
    }

    [Fact]
    public void Write_Shape_FormatVersionActorsRelations()
    {
        var network = new RelationsNetworkBuilder()
            .AddActor(new Actor("A", ActorKind.State, "Alpha", 2))
            .AddRelation(new Relation("A", "B", -0.5, RelationKind.War, isDirected: true, new ValidityPeriod(new DateOnly(2020, 1, 1), null), "r"))
            .Build();

        using var doc = System.Text.Json.JsonDocument.Parse(Write(network));

        var root = doc.RootElement;
        Assert.Equal(["format", "version", "actors", "relations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonNetworkFormat.FormatName, root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var relation = root.GetProperty("relations")[0];
        Assert.Equal(-0.5, relation.GetProperty("weight").GetDouble());
        Assert.Equal("war", relation.GetProperty("kind").GetString());
        Assert.True(relation.GetProperty("directed").GetBoolean());
        Assert.Equal("2020-01-01", relation.GetProperty("start").GetString());
        Assert.False(relation.TryGetProperty("end", out _));
        Assert.Equal(2, root.GetProperty("actors")[0].GetProperty("ccode").GetInt32());
    }

    [Fact]
    public void Read_MinimalRelation_DefaultsWeightOneAndDirectedByOption()
    {
        var json = Doc("""{"id": "A"}, {"id": "B"}""", """{"source": "A", "target": "B"}""");

        Assert.Equal(new Relation("A", "B"), Assert.Single(Read(json).Network.Relations));
        Assert.True(Assert.Single(Read(json, new NetworkReadOptions { DirectedByDefault = true }).Network.Relations).IsDirected);
    }

    [Fact]
    public void Read_MalformedJson_ReportsLine()
    {
        const string json = "{\n  \"format\": \"relationsgraph-network\",\n  \"version\": 1,\n  \"actors\": [\n    {\"id\": \"A\"},,\n  ],\n  \"relations\": []\n}\n";

        var e = Assert.Throws<MalformedInputException>(() => Read(json));

        Assert.Equal(Name, e.Location.Source);
        Assert.Equal(5, e.Location.Line);
        Assert.Contains("net.json:5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedJson_MalformedWithLine()
    {
        var e = Assert.Throws<MalformedInputException>(() => Read("{\"format\": \"relationsgraph-network\",\n\"version\": 1,\n\"actors\": ["));

        Assert.NotNull(e.Location.Line);
        Assert.Contains("net.json:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NaNLiteral_MalformedWithLine()
    {
        var json = "{\"format\": \"relationsgraph-network\", \"version\": 1, \"actors\": [{\"id\": \"A\"}, {\"id\": \"B\"}],\n\"relations\": [\n{\"source\": \"A\", \"target\": \"B\", \"weight\": NaN}]}";

        var e = Assert.Throws<MalformedInputException>(() => Read(json));

        Assert.Equal(3, e.Location.Line);
    }

    [Theory]
    [InlineData("""{"format": "relationsgraph-network", "version": 1, "actors": [], "relations": [], "extra": 1}""", "$.extra")]
    [InlineData("""{"format": "relationsgraph-network", "version": 1, "actors": [{"id": "A", "nmae": "x"}], "relations": []}""", "actors[0].nmae")]
    [InlineData("""{"format": "relationsgraph-network", "version": 1, "actors": [{"id": "A"}, {"id": "B"}], "relations": [{"source": "A", "target": "B", "colour": "red"}]}""", "relations[0].colour")]
    public void Read_UnknownProperty_RejectedNamingPath(string json, string path)
    {
        var e = Rejects<MalformedInputException>(json, path);

        Assert.Contains("unknown property", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"target": "B"}""", "relations[1].source")]
    [InlineData("""{"source": "A"}""", "relations[1].target")]
    [InlineData("""{"source": null, "target": "B"}""", "relations[1].source")]
    public void Read_MissingEndpoint_RejectedNamingPath(string relation, string path)
    {
        var json = Doc("""{"id": "A"}, {"id": "B"}""", """{"source": "A", "target": "B"}, """ + relation);

        Rejects<MalformedInputException>(json, path);
    }

    [Fact]
    public void Read_MissingActorId_RejectedNamingPath()
    {
        Rejects<MalformedInputException>(Doc("""{"id": "A"}, {"name": "x"}""", string.Empty), "actors[1].id");
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("\"1\"")]
    [InlineData("\"NaN\"")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[1]")]
    public void Read_NonFiniteOrNonNumericWeight_ThrowsInvalidValueNamingPath(string weight)
    {
        var json = Doc("""{"id": "A"}, {"id": "B"}""", $$"""{"source": "A", "target": "B", "weight": {{weight}}}""");

        Rejects<InvalidValueException>(json, "relations[0].weight");
    }

    [Fact]
    public void Read_UnknownEndpoint_ThrowsUnknownActorNamingId()
    {
        var json = Doc("""{"id": "A"}, {"id": "B"}""", """{"source": "A", "target": "B"}, {"source": "A", "target": "Zed"}""");

        var e = Rejects<UnknownActorException>(json, "relations[1].target");

        Assert.Equal("Zed", e.ActorId);
        Assert.Contains("'Zed'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateActor_ThrowsDuplicateActor()
    {
        var e = Assert.Throws<DuplicateActorException>(() => Read(Doc("""{"id": "A"}, {"id": "A"}""", string.Empty)));

        Assert.Equal("A", e.ActorId);
        Assert.Contains("actors[1].id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SelfLoop_ThrowsSelfLoop()
    {
        var e = Assert.Throws<SelfLoopException>(() => Read(Doc("""{"id": "A"}""", """{"source": "A", "target": "A"}""")));

        Assert.Contains("relations[0]", e.Message, StringComparison.Ordinal);
        Assert.Contains(Name, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"365\"")]
    [InlineData("3.5")]
    [InlineData("true")]
    public void Read_CcodeNotAnInteger_ThrowsInvalidValueNamingPath(string ccode)
    {
        Rejects<InvalidValueException>(Doc($$"""{"id": "A", "ccode": {{ccode}}}""", string.Empty), "actors[0].ccode");
    }

    [Fact]
    public void Read_NullOptionalProperties_TreatedAsAbsent()
    {
        var json = Doc(
            """{"id": "A", "name": null, "kind": null, "ccode": null, "attributes": null}, {"id": "B"}""",
            """{"source": "A", "target": "B", "kind": null, "directed": null, "start": null, "end": null, "ref": null, "attributes": null}""");

        var network = Read(json).Network;

        Assert.Equal(new Actor("A"), network.Actors[0]);
        var relation = Assert.Single(network.Relations);
        Assert.Null(relation.Reference);
        Assert.Equal(new Relation("A", "B"), relation);
    }

    [Fact]
    public void Read_AttributeValueNotString_RejectedNamingPath()
    {
        Rejects<MalformedInputException>(Doc("""{"id": "A", "attributes": {"gdp": 1.5}}""", string.Empty), "actors[0].attributes.gdp");
    }

    [Fact]
    public void Read_EmptyId_ThrowsInvalidValue()
    {
        Rejects<InvalidValueException>(Doc("""{"id": ""}""", string.Empty), "actors[0].id");
    }

    [Fact]
    public void Read_UnknownKind_ThrowsInvalidValue()
    {
        Rejects<InvalidValueException>(Doc("""{"id": "A"}, {"id": "B"}""", """{"source": "A", "target": "B", "kind": "feud"}"""), "relations[0].kind");
    }

    [Fact]
    public void Read_EndBeforeStart_ThrowsInvalidValue()
    {
        Rejects<InvalidValueException>(Doc("""{"id": "A"}, {"id": "B"}""", """{"source": "A", "target": "B", "start": "2020", "end": "2019"}"""), "relations[0].end");
    }

    [Theory]
    [InlineData("""{"format": "graphml", "version": 1, "actors": [], "relations": []}""", "format")]
    [InlineData("""{"version": 1, "actors": [], "relations": []}""", "format")]
    [InlineData("""{"format": "relationsgraph-network", "version": 2, "actors": [], "relations": []}""", "version")]
    [InlineData("""{"format": "relationsgraph-network", "version": "1", "actors": [], "relations": []}""", "version")]
    [InlineData("""{"format": "relationsgraph-network", "actors": [], "relations": []}""", "version")]
    public void Read_WrongFormatOrVersion_RejectedNamingProperty(string json, string field)
    {
        Rejects<MalformedInputException>(json, field);
    }

    [Fact]
    public void Read_MissingRelationsArray_Rejected()
    {
        Rejects<MalformedInputException>("""{"format": "relationsgraph-network", "version": 1, "actors": []}""", "relations");
    }

    [Fact]
    public void Read_RootNotObject_Rejected()
    {
        Rejects<MalformedInputException>("[]", "$");
    }
}
