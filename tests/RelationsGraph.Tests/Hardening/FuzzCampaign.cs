using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RelationsGraph.IO;

namespace RelationsGraph.Tests.Hardening;

/// <summary>One input of the fuzz corpus: which reader, how the text reaches it, the text and (CSV) the other file.</summary>
/// <param name="Reader">The reader.</param>
/// <param name="Encoding">How the text reaches it.</param>
/// <param name="Variant">Reader options (0..3, see <see cref="ReaderHarness"/>).</param>
/// <param name="Text">The input.</param>
/// <param name="Companion">For CSV, the other file, or <see langword="null"/>.</param>
/// <param name="Signature">What the reader made of it (outcome and normalised message) when it was saved.</param>
internal sealed record CorpusEntry(ReaderKind Reader, InputEncoding Encoding, int Variant, string Text, string? Companion, string Signature)
{
    /// <summary>Writes the entry as JSON: exact texts as base64 of their UTF-16 code units (lone surrogates survive), plus a readable preview.</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("reader", Reader.ToString());
            json.WriteString("encoding", Encoding.ToString());
            json.WriteNumber("variant", Variant);
            json.WriteString("signature", ReaderHarness.Escape(Signature, 300));
            json.WriteString("preview", ReaderHarness.Escape(Text, 2000));
            json.WriteString("text_utf16le", CodeUnits(Text));
            if (Companion is not null)
            {
                json.WriteString("companion_utf16le", CodeUnits(Companion));
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The UTF-16 code units as they are (an encoder would replace lone surrogates), little-endian, base64.</summary>
    private static string CodeUnits(string text) =>
        Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));

    public static CorpusEntry FromJson(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        static string Decode(JsonElement e) => new(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(Convert.FromBase64String(e.GetString()!)));
        return new CorpusEntry(
            Enum.Parse<ReaderKind>(root.GetProperty("reader").GetString()!),
            Enum.Parse<InputEncoding>(root.GetProperty("encoding").GetString()!),
            root.GetProperty("variant").GetInt32(),
            Decode(root.GetProperty("text_utf16le")),
            root.TryGetProperty("companion_utf16le", out var c) ? Decode(c) : null,
            root.GetProperty("signature").GetString()!);
    }

    /// <summary>A stable file name: reader and a hash of everything that defines the input.</summary>
    public string FileName()
    {
        var key = Encoding.ToString() + "\u0001" + Variant.ToString(CultureInfo.InvariantCulture) + "\u0001" + Text + "\u0001" + Companion;
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.Unicode.GetBytes(key)))[..16].ToLowerInvariant();
        return $"{Reader.ToString().ToLowerInvariant()}-{hash}.json";
    }
}

/// <summary>What one campaign did.</summary>
internal sealed record CampaignReport(
    IReadOnlyDictionary<ReaderKind, int> Cases,
    IReadOnlyDictionary<ReaderKind, int> Signatures,
    IReadOnlyList<string> Saved,
    IReadOnlyList<string> Violations,
    TimeSpan Elapsed)
{
    public string Summary()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"fuzz campaign: {Cases.Values.Sum()} inputs in {Elapsed.TotalSeconds:0.0} s, {Violations.Count} violations, {Saved.Count} new corpus entries\n");
        foreach (var (kind, cases) in Cases)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {kind,-9} {cases,8} inputs {Signatures[kind],5} distinct outcomes\n");
        }

        foreach (var v in Violations)
        {
            text.Append("  VIOLATION ").Append(v).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>
/// A coverage-guided mutation campaign over every reader, for a time budget: inputs are mutated from the seed
/// documents and from the corpus; an input whose outcome (the exception type, the field it names and the kind of its
/// message, or success with the counts the reader reports) was not seen before for its reader joins the corpus
/// and is mutated further; any breach of the reader contract (<see cref="ReaderHarness.Run"/>) is a violation. Seeded
/// and reproducible for a given number of inputs; the time budget decides how many.
/// </summary>
internal static partial class FuzzCampaign
{
    /// <summary>Inputs longer than this (in characters) are not kept, unless they break the contract.</summary>
    private const int MaxSavedLength = 32_000;

    public static CampaignReport Run(TimeSpan budget, int seed, string? corpusOut, IEnumerable<CorpusEntry> corpus)
    {
        var clock = Stopwatch.StartNew();
        var kinds = Enum.GetValues<ReaderKind>();
        var cases = kinds.ToDictionary(k => k, _ => 0);
        var signatures = kinds.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal));
        var pools = kinds.ToDictionary(k => k, k => FuzzSeeds.For(k).Select((s, i) => (Text: s, Companion: SeedCompanion(k, i))).ToList());
        foreach (var entry in corpus)
        {
            signatures[entry.Reader].Add(entry.Signature);
            pools[entry.Reader].Add((entry.Text, entry.Companion));
        }

        var saved = new List<string>();
        var violations = new List<string>();
        var random = new Random(seed);
        var perReader = budget / kinds.Length;
        foreach (var kind in kinds)
        {
            var until = clock.Elapsed + perReader;
            var pool = pools[kind];
            while (clock.Elapsed < until)
            {
                var (start, companion) = pool[random.Next(pool.Count)];
                var text = start;
                var edits = random.Next(1, 6);
                for (var i = 0; i < edits; i++)
                {
                    text = RandomMutation(random, kind).Apply(text, FuzzSeeds.Separator(kind));
                }

                var encoding = (InputEncoding)random.Next(Enum.GetValues<InputEncoding>().Length);
                var variant = random.Next(4);
                cases[kind]++;
                var violation = ReaderHarness.Run(kind, text, encoding, variant, companion);
                var signature = violation is null ? Signature(kind, text, encoding, variant, companion) : "violation: " + violation.Description;
                if (!signatures[kind].Add(signature))
                {
                    continue;
                }

                var entry = new CorpusEntry(kind, encoding, variant, text, companion, signature);
                if (text.Length > MaxSavedLength && violation is null)
                {
                    continue; // keeps the corpus small and stops inputs from growing without bound
                }

                pool.Add((text, companion));
                if (violation is not null)
                {
                    violations.Add($"{kind} ({violation.Stage}): {ReaderHarness.Escape(violation.Description, 400)} — input {entry.FileName()}");
                }

                if (corpusOut is not null)
                {
                    var folder = violation is null ? corpusOut : Path.Combine(corpusOut, "violations");
                    Directory.CreateDirectory(folder);
                    File.WriteAllBytes(Path.Combine(folder, entry.FileName()), entry.ToJson());
                    saved.Add(entry.FileName());
                }
            }
        }

        return new CampaignReport(cases, signatures.ToDictionary(p => p.Key, p => p.Value.Count), saved, violations, clock.Elapsed);
    }

    /// <summary>The outcome of reading: exception type and normalised problem, or success with the count of notes or dropped rows.</summary>
    public static string Signature(ReaderKind kind, string text, InputEncoding encoding, int variant, string? companion)
    {
        try
        {
            switch (kind)
            {
                case ReaderKind.CsvEdges or ReaderKind.CsvNodes:
                    var edgesText = kind == ReaderKind.CsvEdges ? text : companion!;
                    var nodesText = kind == ReaderKind.CsvNodes ? text : companion;
                    using (var edges = ReaderHarness.Text(edgesText, kind == ReaderKind.CsvEdges ? encoding : InputEncoding.Direct))
                    using (var nodes = nodesText is null ? null : ReaderHarness.Text(nodesText, kind == ReaderKind.CsvNodes ? encoding : InputEncoding.Direct))
                    {
                        return Ok(CsvNetworkReader.Read(edges, ReaderHarness.EdgesName, nodes, nodesText is null ? null : ReaderHarness.NodesName, ReaderHarness.NetworkOptions(variant)).Notes.Count);
                    }

                case ReaderKind.GraphML:
                    return Ok(GraphMLFormat.Read(new MemoryStream(ReaderHarness.Encode(text, encoding)), "g", ReaderHarness.NetworkOptions(variant)).Notes.Count);
                case ReaderKind.Json:
                    return Ok(JsonNetworkFormat.Read(new MemoryStream(ReaderHarness.Encode(text, encoding)), "j", ReaderHarness.NetworkOptions(variant)).Notes.Count);
                default:
                    var table = ReaderHarness.Load(kind, text, encoding, ReaderHarness.LoaderOptionsFor(variant));
                    var report = table.Report;
                    var issues = string.Join("|", report.Issues.Select(i => Shape(i.Message)).Distinct().Order(StringComparer.Ordinal));
                    return string.Create(CultureInfo.InvariantCulture, $"ok: dyads {Some(table.Dyads.Count)}, no-country {Some(report.NoCountry)}, unmapped {Some(report.UnmappedRows)}, same {Some(report.SameCountry)}, none {Some(report.NoAlliance)} [{issues}]");
            }
        }
        catch (InvalidInputException e)
        {
            return e.GetType().Name + " " + Field(kind, e.Location.Field) + ": " + Shape(e.Problem);
        }
        catch (Exception e)
        {
            return "unexpected " + e.GetType().Name + ": " + Shape(e.Message);
        }

        static string Ok(int count) => "ok: notes " + Bucket(count);
    }

    /// <summary>0, 1, few (&lt; 10) or many.</summary>
    private static string Bucket(long count) => count switch { 0 => "0", 1 => "1", < 10 => "few", _ => "many" };

    private static string Some(long count) => count == 0 ? "0" : "+";

    /// <summary>A field or JSON path: names the seeds use are kept, indices become #, names that mutations garbled "?".</summary>
    private static string Field(ReaderKind kind, string? field)
    {
        if (field is null)
        {
            return "-";
        }

        if (kind != ReaderKind.Json)
        {
            return Vocabulary.Contains(field) ? field : "?";
        }

        var path = Digits().Replace(field, "#");
        return JsonPath().IsMatch(path) && Word().Matches(path).All(m => Vocabulary.Contains(m.Value)) ? path : "?";
    }

    /// <summary>
    /// The kind of a message, not its particulars: cut before the first colon, parenthesis or quote (where values,
    /// ids and parser details begin), digits as #.
    /// </summary>
    private static string Shape(string message)
    {
        var cut = message.IndexOfAny([':', '(', '\'', '"', '<']);
        return Digits().Replace(cut < 0 ? message : message[..cut], "#").Trim();
    }
    private static string? SeedCompanion(ReaderKind kind, int index) => kind switch
    {
        ReaderKind.CsvNodes => FuzzSeeds.CsvEdges[index % FuzzSeeds.CsvEdges.Length],
        ReaderKind.CsvEdges when index % 2 == 1 => FuzzSeeds.CsvNodes[index % FuzzSeeds.CsvNodes.Length],
        _ => null,
    };

    private static Mutation RandomMutation(Random random, ReaderKind kind)
    {
        var mutation = (MutationKind)random.Next(Enum.GetValues<MutationKind>().Length);
        var text = mutation switch
        {
            MutationKind.InsertText => FuzzArbitraries.Inserts[random.Next(FuzzArbitraries.Inserts.Length)],
            MutationKind.ReplaceField or MutationKind.ReplaceToken => random.Next(8) == 0 ? HeaderName(random, kind) : FuzzArbitraries.Values[random.Next(FuzzArbitraries.Values.Length)],
            MutationKind.SpliceBytes => RandomBytes(random),
            _ => string.Empty,
        };
        return new Mutation(mutation, random.Next(1 << 20), random.Next(1 << 20), text);
    }

    /// <summary>A column name from the reader's own seeds, so that mutations also rename and move real columns.</summary>
    private static string HeaderName(Random random, ReaderKind kind)
    {
        var seeds = FuzzSeeds.For(kind);
        var header = seeds[random.Next(seeds.Length)].Split('\n')[0].TrimEnd('\r').Split(FuzzSeeds.Separator(kind));
        return header[random.Next(header.Length)];
    }

    private static string RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 13)];
        random.NextBytes(bytes);
        return random.Next(2) == 0 ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Every word of the seed documents (column names, JSON properties, GraphML keys).</summary>
    private static readonly HashSet<string> Vocabulary = Enum.GetValues<ReaderKind>()
        .SelectMany(FuzzSeeds.For)
        .SelectMany(seed => Word().Matches(seed).Select(m => m.Value))
        .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_ ]*")]
    private static partial Regex Word();

    /// <summary>A JSON path of plain property names and indices, e.g. <c>$.relations[#].weight</c>.</summary>
    [GeneratedRegex(@"^\$?([A-Za-z_]+)?(\.[A-Za-z_]+|\[#\])*$")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
