using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RelationsGraph.IO;
using RelationsGraph.Model;
using RelationsGraph.Tests.IO;
using Xunit;

namespace RelationsGraph.Tests.Hardening;

/// <summary>
/// Data safety (issue 9, item 7): any network the model accepts — hostile ids and names (quotes, commas, line breaks,
/// markup, formula characters, non-BMP text), every kind, validity periods, attributes, weights of any finite value
/// (±0, subnormals, ±1.8e308) — survives CSV → network → CSV, GraphML → network → GraphML and JSON → network → JSON
/// with every actor, relation, attribute and weight bit for bit, and the second write is byte-identical to the first.
/// </summary>
/// <remarks>
/// The one thing CSV cannot hold is an attribute whose value is the empty string (an empty cell means "not set"), so
/// the generator leaves those out; GraphML and JSON keep them.
/// </remarks>
public class RoundTripPropertyTests
{
    private const int Cases = 300;

    private static readonly string[] Fragments =
    [
        "A", "b", "RUS", "Türkiye", "日本", "😀", ",", "\"", "\"\"", "'", "=", "+", "-", "@", " ", "\t", "\n", "\r\n", "\r", ";", "<", ">", "&", "]]>",
        "&amp;", "<!--", "{", "}", "[", "]", ":", "\\", "\u00A0", "\u2028", "\uFEFF", "0", "1.5", "-1", "NaN", "null", "true", "id", "source", "weight",
    ];

    private static readonly double[] SpecialWeights =
    [
        0.0, -0.0, 1, -1, double.Epsilon, -double.Epsilon, 2.2250738585072014E-308, double.MaxValue, double.MinValue, 1e-300, 1e300, 0.1, 1.0 / 3,
    ];

    public static class Arbitraries
    {
        public static Arbitrary<RelationsNetwork> Networks() => Arb.From(NetworkGen());

        private static Gen<string> Text(int maxFragments) =>
            from count in Gen.Choose(1, maxFragments)
            from parts in Gen.ArrayOf(Gen.Elements(Fragments), count)
            select string.Concat(parts);

        /// <summary>A valid id: no leading or trailing white space (the model's rule).</summary>
        private static Gen<string> Id() =>
            from text in Text(4)
            let trimmed = text.Trim()
            select trimmed.Length == 0 || char.IsWhiteSpace(trimmed[^1]) || char.IsWhiteSpace(trimmed[0]) ? "x" + trimmed.Trim() + "x" : trimmed;

        private static Gen<KeyValuePair<string, string>[]> Attributes(string[] reserved) =>
            from count in Gen.Choose(0, 3)
            from keys in Gen.ArrayOf(Gen.Elements("group", "note", "=formula", "a,b", "q\"uote", "x y", "日本", "via"), count)
            from values in Gen.ArrayOf(Text(3), count)
            select keys.Distinct(StringComparer.Ordinal).Where(k => !reserved.Contains(k)).Select((k, i) => KeyValuePair.Create(k, values[i])).ToArray();

        private static Gen<double> Weight() =>
            Gen.Frequency(
                (2, Gen.Elements(SpecialWeights)),
                (3, from bits in Gen.Choose(int.MinValue, int.MaxValue).Two()
                    let value = BitConverter.Int64BitsToDouble(((long)bits.Item1 << 32) | (uint)bits.Item2)
                    select double.IsFinite(value) ? value : 1.5));

        private static Gen<ValidityPeriod> Period() =>
            from start in Gen.Choose(-1, 9000)
            from length in Gen.Choose(-1, 400_000)
            let begin = start < 0 ? (DateOnly?)null : DateOnly.FromDayNumber(700_000 + (start * 31))
            let finish = length < 0 ? (DateOnly?)null : (begin ?? new DateOnly(1900, 1, 1)).AddDays(length % 200_000)
            select new ValidityPeriod(begin, finish);

        internal static Gen<RelationsNetwork> NetworkGen() =>
            from actorCount in Gen.Choose(1, 8)
            from ids in Gen.ArrayOf(Id(), actorCount)
            let distinct = ids.Distinct(StringComparer.Ordinal).ToArray()
            from kinds in Gen.ArrayOf(Gen.Elements(Enum.GetValues<ActorKind>()), distinct.Length)
            from names in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text(4).Select(t => (string?)t))), distinct.Length)
            from codes in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(int.MinValue, int.MaxValue).Select(c => (int?)c))), distinct.Length)
            from actorAttributes in Gen.ArrayOf(Attributes(["id", "name", "kind", "ccode"]), distinct.Length)
            from relationCount in Gen.Choose(0, 10)
            from ends in Gen.ArrayOf(Gen.Choose(0, distinct.Length - 1).Two(), relationCount)
            from weights in Gen.ArrayOf(Weight(), relationCount)
            from relationKinds in Gen.ArrayOf(Gen.Elements(Enum.GetValues<RelationKind>()), relationCount)
            from directed in Gen.ArrayOf(Gen.Elements(false, true), relationCount)
            from periods in Gen.ArrayOf(Period(), relationCount)
            from references in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Text(5).Select(t => (string?)t))), relationCount)
            from relationAttributes in Gen.ArrayOf(Attributes(["source", "target", "weight", "kind", "directed", "start", "end", "ref"]), relationCount)
            select Build(distinct, kinds, names, codes, actorAttributes, ends, weights, relationKinds, directed, periods, references, relationAttributes);

        private static RelationsNetwork Build(
            string[] ids, ActorKind[] kinds, string?[] names, int?[] codes, KeyValuePair<string, string>[][] actorAttributes,
            (int, int)[] ends, double[] weights, RelationKind[] relationKinds, bool[] directed, ValidityPeriod[] periods, string?[] references,
            KeyValuePair<string, string>[][] relationAttributes)
        {
            var builder = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions { SelfLoops = SelfLoopPolicy.Drop });
            for (var i = 0; i < ids.Length; i++)
            {
                builder.AddActor(new Actor(ids[i], kinds[i], names[i], codes[i], actorAttributes[i]));
            }

            for (var r = 0; r < ends.Length; r++)
            {
                var (a, b) = ends[r];
                if (a == b)
                {
                    continue;
                }

                builder.AddRelation(new Relation(ids[a], ids[b], weights[r], relationKinds[r], directed[r], periods[r], references[r], relationAttributes[r]));
            }

            return builder.Build();
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void Csv_WriteReadWrite_PreservesEverything(RelationsNetwork network)
    {
        var (edges, nodes) = IoSamples.WriteCsv(network);
        using var e = new StringReader(edges);
        using var n = new StringReader(nodes);
        var back = CsvNetworkReader.Read(e, "edges.csv", n, "nodes.csv").Network;

        IoSamples.AssertSameNetwork(network, back);
        Assert.Equal((edges, nodes), IoSamples.WriteCsv(back));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void GraphML_WriteReadWrite_PreservesEverything(RelationsNetwork network) =>
        AssertRoundTrip(network, GraphMLFormat.Write, stream => GraphMLFormat.Read(stream, "network.graphml"));

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void Json_WriteReadWrite_PreservesEverything(RelationsNetwork network) =>
        AssertRoundTrip(network, JsonNetworkFormat.Write, stream => JsonNetworkFormat.Read(stream, "network.json"));

    [Fact]
    public void Generator_CoversTheHostileShapes()
    {
        var networks = Arbitraries.NetworkGen().Sample(300, new Rnd(20261206UL), 50);
        var actors = networks.SelectMany(n => n.Actors).ToList();
        var relations = networks.SelectMany(n => n.Relations).ToList();
        var texts = actors.SelectMany(a => new[] { a.Id, a.Name }).Concat(relations.Select(r => r.Reference ?? string.Empty)).ToList();

        Assert.True(relations.Count > 300, $"too few relations: {relations.Count} in {networks.Length} networks of {actors.Count} actors");
        Assert.Contains(texts, t => t.Contains('\r', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('"', StringComparison.Ordinal) && t.Contains(',', StringComparison.Ordinal));
        Assert.Contains(actors, a => "=+-@".Contains(a.Id[0], StringComparison.Ordinal));
        Assert.Contains(actors, a => a.Attributes.Count > 0);
        Assert.Contains(relations, r => r.Attributes.Count > 0 && r.Period.Start is not null);
        Assert.Contains(relations, r => BitConverter.DoubleToInt64Bits(r.Weight) == BitConverter.DoubleToInt64Bits(-0.0));
        Assert.Contains(relations, r => double.IsSubnormal(r.Weight));
        Assert.Contains(relations, r => r.IsDirected);
    }

    /// <summary>Write, read back (same network, -0.0 included), write again (same bytes).</summary>
    private static void AssertRoundTrip(RelationsNetwork network, Action<RelationsNetwork, Stream> write, Func<Stream, NetworkReadResult> read)
    {
        var first = Write(write, network);
        var back = read(new MemoryStream(first)).Network;

        IoSamples.AssertSameNetwork(network, back);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(Write(write, back)));
    }


    private static byte[] Write(Action<RelationsNetwork, Stream> write, RelationsNetwork network)
    {
        using var stream = new MemoryStream();
        write(network, stream);
        return stream.ToArray();
    }
}
