using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RelationsGraph.IO;
using Xunit;

namespace RelationsGraph.Tests.Hardening;

/// <summary>
/// GraphML input that tries to make the reader read local files or the network: external entities (general and
/// parameter), an external DTD, entity expansion ("billion laughs", small), <c>xsi:schemaLocation</c>, XInclude and a
/// stylesheet processing instruction. Documented (docs/formats.md, Security): DTDs are prohibited and no resolver is
/// set, so nothing is fetched; a document with a DOCTYPE is rejected with a <see cref="MalformedInputException"/>.
/// A secret file is watched by its content (never in a result or message) and, where the file system updates access
/// times, by its last access time; URLs point at a loopback listener that must see no connection.
/// </summary>
public sealed class GraphMLSecurityTests : IDisposable
{
    private const string Name = "network.graphml";
    private const string Secret = "RELGRAPH-SECRET-5b1e7c";
    private const string Ns = "xmlns=\"http://graphml.graphdrawing.org/xmlns\"";
    private static readonly DateTime LongAgo = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"relgraph-xxe-{Guid.NewGuid():N}");
    private readonly string secretPath;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);

    public GraphMLSecurityTests()
    {
        Directory.CreateDirectory(folder);
        secretPath = Path.Combine(folder, "secret.txt");
        File.WriteAllText(secretPath, Secret);
        File.SetLastAccessTimeUtc(secretPath, LongAgo);
        listener.Start();
    }

    public static TheoryData<string> EntityDocuments => new()
    {
        // General external entity in a data value, in an attribute value, and in a key name.
        "<!DOCTYPE graphml [ <!ENTITY x SYSTEM \"{SECRET}\"> ]>\n<graphml {NS}><key id=\"n\" for=\"node\" attr.name=\"name\"/><graph><node id=\"A\"><data key=\"n\">&x;</data></node></graph></graphml>",
        "<!DOCTYPE graphml [ <!ENTITY x SYSTEM \"{SECRET}\"> ]>\n<graphml {NS}><graph><node id=\"&x;\"/></graph></graphml>",
        "<!DOCTYPE graphml [ <!ENTITY x SYSTEM \"{SECRET}\"> ]>\n<graphml {NS}><key id=\"n\" for=\"node\" attr.name=\"&x;\"/><graph/></graphml>",

        // Parameter entity, and an external DTD subset.
        "<!DOCTYPE graphml [ <!ENTITY % p SYSTEM \"{SECRET}\"> %p; ]>\n<graphml {NS}><graph/></graphml>",
        "<!DOCTYPE graphml SYSTEM \"{SECRET}\">\n<graphml {NS}><graph/></graphml>",
        "<!DOCTYPE graphml PUBLIC \"-//x//y\" \"{HTTP}/graphml.dtd\">\n<graphml {NS}><graph/></graphml>",

        // Over HTTP, to the loopback listener.
        "<!DOCTYPE graphml [ <!ENTITY x SYSTEM \"{HTTP}/entity\"> ]>\n<graphml {NS}><graph><node id=\"A\">&x;</node></graph></graphml>",
        "<!DOCTYPE graphml [ <!ENTITY % p SYSTEM \"{HTTP}/p.dtd\"> %p; ]>\n<graphml {NS}><graph/></graphml>",
    };

    public void Dispose()
    {
        listener.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(EntityDocuments))]
    public async Task ExternalEntityOrDtd_RejectedAtTheDoctypeLine_NothingReadOrFetched(string template)
    {
        var xml = "<?xml version=\"1.0\"?>\n" + Fill(template);
        var path = Path.Combine(folder, "doc.graphml");
        await File.WriteAllTextAsync(path, xml, TestContext.Current.CancellationToken);

        var fromStream = await Rejects(() => Read(Encoding.UTF8.GetBytes(xml)));
        var fromPath = await Rejects(() => GraphMLFormat.Read(path));
        var fromUnseekable = await Rejects(() => GraphMLFormat.Read(new ForwardOnlyStream(Encoding.UTF8.GetBytes(xml)), Name));

        Assert.Equal(new InputLocation(Name, 2), fromStream.Location);
        Assert.Equal(new InputLocation(path, 2), fromPath.Location);
        Assert.Equal(Name, fromUnseekable.Location.Source); // no line: the stream cannot be re-read to find the DOCTYPE
        foreach (var e in new[] { fromStream, fromPath, fromUnseekable })
        {
            Assert.Contains("DTD", e.Problem, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal);
        }

        AssertNothingReadOrFetched();
    }

    [Fact]
    public async Task Doctype_InUtf16Document_RejectedAtItsLine()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n\n" + Fill("<!DOCTYPE graphml [ <!ENTITY x SYSTEM \"{SECRET}\"> ]>\n<graphml {NS}><graph><node id=\"&x;\"/></graph></graphml>");

        var e = await Rejects(() => Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]));

        Assert.Equal(new InputLocation(Name, 3), e.Location);
        AssertNothingReadOrFetched();
    }

    [Fact]
    public async Task BillionLaughs_Small_RejectedQuicklyWithoutExpanding()
    {
        var dtd = new StringBuilder("<!DOCTYPE graphml [\n <!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 6; i++)
        {
            dtd.Append(" <!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))).Append("\">\n");
        }

        var xml = dtd + "]>\n<graphml " + Ns + "><key id=\"n\" for=\"node\" attr.name=\"name\"/><graph><node id=\"A\"><data key=\"n\">&lol6;</data></node></graph></graphml>";
        var clock = Stopwatch.StartNew();

        var e = await Rejects(() => Read(Encoding.UTF8.GetBytes(xml)));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(new InputLocation(Name, 1), e.Location);
        Assert.Contains("DTD", e.Problem, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 1000, "the message holds expanded text");
    }

    [Theory]
    [InlineData("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns {SECRET}\"")]
    [InlineData("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns {HTTP}/graphml.xsd\"")]
    [InlineData("xsi:noNamespaceSchemaLocation=\"{SECRET}\"")]
    public async Task SchemaLocation_NeverFetched_ResultIndependentOfIt(string attribute)
    {
        // The "schema" would, if applied, add a default edgedefault and a default weight.
        await File.WriteAllTextAsync(
            secretPath,
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"http://graphml.graphdrawing.org/xmlns\"><!-- " + Secret + " --></xs:schema>",
            TestContext.Current.CancellationToken);
        File.SetLastAccessTimeUtc(secretPath, LongAgo);
        const string Body = "><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><key id=\"n\" for=\"node\" attr.name=\"name\"/><graph>" +
            "<node id=\"A\"><data key=\"n\">Alpha</data></node><node id=\"B\"/><edge source=\"A\" target=\"B\"><data key=\"w\">-2</data></edge></graph></graphml>";
        var plain = "<graphml " + Ns + Body;
        var withSchema = "<graphml " + Ns + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" " + Fill(attribute) + Body;

        var expected = ReaderHarness.Dump(Read(Encoding.UTF8.GetBytes(plain)));
        var actual = ReaderHarness.Dump(await Within(() => Read(Encoding.UTF8.GetBytes(withSchema))));

        Assert.Equal(expected, actual);
        Assert.DoesNotContain(Secret, actual, StringComparison.Ordinal);
        AssertNothingReadOrFetched();
    }

    [Fact]
    public async Task XIncludeAndStylesheet_NotProcessed()
    {
        var xml = Fill(
            "<?xml-stylesheet type=\"text/xsl\" href=\"{HTTP}/style.xsl\"?>\n" +
            "<graphml {NS} xmlns:xi=\"http://www.w3.org/2001/XInclude\"><key id=\"n\" for=\"node\" attr.name=\"name\"/><graph>" +
            "<xi:include href=\"{SECRET}\" parse=\"text\"/>" +
            "<node id=\"A\"><data key=\"n\">before<xi:include href=\"{SECRET}\" parse=\"text\"/>after</data></node>" +
            "<node id=\"B\"><data key=\"n\"><xi:include href=\"{HTTP}/name\" parse=\"text\"/></data></node></graph></graphml>");

        var result = await Within(() => Read(Encoding.UTF8.GetBytes(xml)));

        Assert.Equal(["A", "B"], result.Network.Actors.Select(a => a.Id));
        Assert.Equal("beforeafter", result.Network.Actors[0].Name);
        Assert.Equal("B", result.Network.Actors[1].Name); // an empty name falls back to the id
        Assert.DoesNotContain(Secret, ReaderHarness.Dump(result), StringComparison.Ordinal);
        AssertNothingReadOrFetched();
    }

    private static NetworkReadResult Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return GraphMLFormat.Read(stream, Name);
    }

    /// <summary>Runs the read with a time limit: a reader that tried to fetch from the silent listener would hang.</summary>
    private static async Task<T> Within<T>(Func<T> read) =>
        await Task.Run(read, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

    private static async Task<MalformedInputException> Rejects(Func<NetworkReadResult> read) =>
        await Assert.ThrowsAsync<MalformedInputException>(() => Within(read));

    /// <summary>Whether this file system records reads in the last access time (not with noatime).</summary>
    private bool AccessTimesRecorded()
    {
        var probe = Path.Combine(folder, "atime-probe.txt");
        File.WriteAllText(probe, "probe");
        File.SetLastAccessTimeUtc(probe, LongAgo);
        _ = File.ReadAllText(probe);
        return File.GetLastAccessTimeUtc(probe) != LongAgo;
    }

    private void AssertNothingReadOrFetched()
    {
        Assert.False(listener.Pending(), "the reader connected to the URL in the document");
        if (AccessTimesRecorded())
        {
            Assert.Equal(LongAgo, File.GetLastAccessTimeUtc(secretPath));
        }
    }

    private string Fill(string template) => template
        .Replace("{SECRET}", new Uri(secretPath).AbsoluteUri, StringComparison.Ordinal)
        .Replace("{HTTP}", $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", StringComparison.Ordinal)
        .Replace("{NS}", Ns, StringComparison.Ordinal);

    /// <summary>A stream that cannot seek (as from a pipe or socket).</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
