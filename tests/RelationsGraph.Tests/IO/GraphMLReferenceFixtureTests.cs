using System.Text.Json;
using RelationsGraph.IO;
using RelationsGraph.Model;
using Xunit;

namespace RelationsGraph.Tests.IO;

/// <summary>
/// GraphML interoperability with networkx and igraph, from fixtures made by
/// <c>tests/RelationsGraph.Tests/fixtures/graphml/check_graphml.py</c>: networkx and igraph read what we write
/// (checked once by the script, which records what they read in <c>expected.json</c>), and we read what they write.
/// </summary>
public sealed class GraphMLReferenceFixtureTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", "graphml");
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    private static RelationsNetwork Sample() =>
        CsvNetworkReader.Read(Path.Combine(Samples, "eurasia-sample.edges.csv"), Path.Combine(Samples, "eurasia-sample.nodes.csv")).Network;

    private static List<(string A, string B, double Weight, string Kind, bool Directed)> Unordered(RelationsNetwork network) =>
        network.Relations
            .Select(r => string.CompareOrdinal(r.Source, r.Target) <= 0
                ? (r.Source, r.Target, r.Weight, r.Kind.ToString().ToLowerInvariant(), r.IsDirected)
                : (r.Target, r.Source, r.Weight, r.Kind.ToString().ToLowerInvariant(), r.IsDirected))
            .Order()
            .ToList();

    [Fact]
    public void Write_Sample_IsByteIdenticalToTheFileReferencesWereCheckedOn()
    {
        using var written = new MemoryStream();
        GraphMLFormat.Write(Sample(), written);

        Assert.Equal(File.ReadAllBytes(Path.Combine(Fixtures, "relationsgraph-written.graphml")), written.ToArray());
    }

    [Fact]
    public void Expected_WhatNetworkxAndIgraphRead_MatchesOurNetwork()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, "expected.json")));
        var edges = expected.RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetDouble(), e[3].GetString()!, e[4].GetBoolean()))
            .Order()
            .ToList();
        var nodes = expected.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n[0].GetString()!).Order(StringComparer.Ordinal);

        Assert.Equal(Unordered(Sample()), edges);
        Assert.Equal(Sample().Actors.Select(a => a.Id).Order(StringComparer.Ordinal), nodes);
    }

    [Theory]
    [InlineData("networkx-written.graphml")]
    [InlineData("igraph-written.graphml")]
    public void Read_FileWrittenByReference_KeepsActorsRelationsAndAttributes(string file)
    {
        var read = GraphMLFormat.Read(Path.Combine(Fixtures, file)).Network;
        var sample = Sample();

        // Actors keep id, name, kind and attributes (igraph renumbers nodes and keeps the id as data).
        Assert.Equal(sample.Actors.OrderBy(a => a.Id, StringComparer.Ordinal), read.Actors.OrderBy(a => a.Id, StringComparer.Ordinal));

        // networkx stores an undirected multigraph, so an edge may come back with its endpoints swapped:
        // compare unordered pairs with weight, kind and the directed flag.
        Assert.Equal(Unordered(sample), Unordered(read));
        Assert.Equal(
            sample.Relations.Select(r => (r.Reference, r.Period.ToString())).Order(),
            read.Relations.Select(r => (r.Reference, r.Period.ToString())).Order());
    }
}
