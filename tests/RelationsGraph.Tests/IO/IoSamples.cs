using RelationsGraph.IO;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.IO;

/// <summary>Networks and helpers shared by the format tests.</summary>
internal static class IoSamples
{
    public static KeyValuePair<string, string> Attr(string key, string value) => new(key, value);

    /// <summary>
    /// A network that exercises every field: awkward ids (commas, quotes, newlines, unicode), names, kinds, COW codes,
    /// attributes present on some rows only, periods open at either end, references, directed and undirected relations,
    /// extreme and signed-zero weights, a parallel relation, and an isolated actor.
    /// </summary>
    /// <param name="withCarriageReturns">Whether text values may hold a carriage return.</param>
    public static RelationsNetwork Tricky(bool withCarriageReturns = true)
    {
        var nl = withCarriageReturns ? "\r\n" : "\n";
        Actor[] actors =
        [
            new("RUS", ActorKind.State, "Russia", 365, [Attr("group", "east"), Attr("gdp", "1.8e12")]),
            new("a,b", ActorKind.Other, "comma, name"),
            new("q\"uote", ActorKind.Bloc, "He said \"hi\"", null, [Attr("group", "west")]),
            new("multi\nline", ActorKind.Organization, $"line1{nl}line2"),
            new("Türkiye-日本-ü", ActorKind.State, "日本 \"ü\", ok", 740, [Attr("note", "ü, \"x\"\nnext")]),
            new("<xml>&amp;'", ActorKind.Other, "<b>bold</b> & more"),
            new("ISOLATED"),
        ];
        Relation[] relations =
        [
            new("RUS", "a,b", 0.1, RelationKind.Alliance, isDirected: false, new ValidityPeriod(new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31)), "ref, with comma", [Attr("src", "x")]),
            new("a,b", "q\"uote", -1e-300, RelationKind.Sanction, isDirected: true, new ValidityPeriod(new DateOnly(2014, 3, 17), null)),
            new("q\"uote", "multi\nline", 1e300, RelationKind.Trade, isDirected: false, new ValidityPeriod(null, new DateOnly(1991, 12, 26)), $"line{nl}break \"quoted\""),
            new("multi\nline", "Türkiye-日本-ü", -0.0, RelationKind.Vote, isDirected: true),
            new("RUS", "q\"uote", double.Epsilon, RelationKind.Membership, isDirected: false, default, null, [Attr("src", "y"), Attr("weight note", "a \"b\", c")]),
            new("RUS", "a,b", -123456789.123456789, RelationKind.War, isDirected: true, new ValidityPeriod(new DateOnly(2022, 2, 24), new DateOnly(2022, 2, 24))),
            new("RUS", "a,b", 0.1, RelationKind.Alliance, isDirected: false, new ValidityPeriod(new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31)), "ref, with comma", [Attr("src", "x")]),
            new("<xml>&amp;'", "RUS", double.MaxValue, RelationKind.Event, isDirected: false, default, "<ref/>"),
            new("Türkiye-日本-ü", "<xml>&amp;'", -double.MaxValue, RelationKind.Conflict, isDirected: false),
            new("RUS", "Türkiye-日本-ü", 0.30000000000000004, RelationKind.Partnership, isDirected: true),
        ];
        var builder = new RelationsNetworkBuilder();
        foreach (var a in actors)
        {
            builder.AddActor(a);
        }

        foreach (var r in relations)
        {
            builder.AddRelation(r);
        }

        return builder.Build();
    }

    /// <summary>A unique temporary file path (not created).</summary>
    public static string TempPath(string extension) =>
        Path.Combine(Path.GetTempPath(), $"relgraph-test-{Guid.NewGuid():N}{extension}");

    /// <summary>The network as the CSV edges and nodes texts <see cref="CsvNetworkWriter"/> writes.</summary>
    public static (string Edges, string Nodes) WriteCsv(RelationsNetwork network)
    {
        using var edges = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var nodes = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CsvNetworkWriter.WriteEdges(network, edges);
        CsvNetworkWriter.WriteNodes(network, nodes);
        return (edges.ToString(), nodes.ToString());
    }

    /// <summary>Asserts two networks hold the same actors and relations in the same order, -0.0 included.</summary>
    public static void AssertSameNetwork(RelationsNetwork expected, RelationsNetwork actual)
    {
        Assert.Equal(expected.Actors.ToArray(), actual.Actors.ToArray());
        Assert.Equal(expected.Relations.ToArray(), actual.Relations.ToArray());
        Assert.Equal(
            expected.Relations.Select(r => BitConverter.DoubleToInt64Bits(r.Weight)),
            actual.Relations.Select(r => BitConverter.DoubleToInt64Bits(r.Weight)));
    }
}
