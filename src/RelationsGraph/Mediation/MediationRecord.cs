using System.Text.Json;

namespace RelationsGraph.Mediation;

/// <summary>A third state that really mediated, hosted talks or brokered an exchange in a conflict of the record.</summary>
/// <param name="Id">The state's id (ISO3).</param>
/// <param name="Source">Where the record says so.</param>
/// <param name="Unsure">Whether the record doubts it: such states count neither as mediators nor as others in the figures.</param>
public sealed record RecordedMediator(string Id, string Source, bool Unsure);

/// <summary>A conflict of the mediation record: two sides, its years, the states that mediated, and clear partisans.</summary>
/// <param name="A">Side A's state.</param>
/// <param name="B">Side B's state.</param>
/// <param name="FirstYear">The first year.</param>
/// <param name="LastYear">The last year.</param>
/// <param name="Mediators">The states that mediated.</param>
/// <param name="Partisans">States clearly on one side.</param>
public sealed record RecordedConflict(string A, string B, int FirstYear, int LastYear, IReadOnlyList<RecordedMediator> Mediators, IReadOnlyList<string> Partisans)
{
    /// <summary>A name such as <c>ETH–ERI 1998–2018</c>.</summary>
    public string Name => $"{A}–{B} {FirstYear}–{LastYear}";
}

/// <summary>
/// A record of real mediations to measure a mediator ranking against (the yardstick, never data: it must not be encoded
/// as relations or attributes). Reads the JSON of <c>research/mediation-record.json</c>:
/// <c>{"conflicts": [{"a", "b", "years": [first, last], "mediators": [{"id", "source", "unsure"?}], "partisans": [ids]}]}</c>.
/// </summary>
public sealed class MediationRecord
{
    private MediationRecord(IReadOnlyList<RecordedConflict> conflicts) => Conflicts = conflicts;

    /// <summary>The conflicts, in file order.</summary>
    public IReadOnlyList<RecordedConflict> Conflicts { get; }

    /// <summary>Reads a record file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The record.</returns>
    /// <exception cref="MalformedInputException">The file is not a record: the message names the file and the field.</exception>
    public static MediationRecord Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a record.</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="name">The name used in error messages.</param>
    /// <returns>The record.</returns>
    /// <exception cref="MalformedInputException">Not a record.</exception>
    public static MediationRecord Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new MalformedInputException(new InputLocation(name, (int?)(e.LineNumber + 1)), $"not JSON: {e.Message}");
        }

        using (document)
        {
            var conflicts = new List<RecordedConflict>();
            if (!document.RootElement.TryGetProperty("conflicts", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new MalformedInputException(new InputLocation(name, null, "conflicts"), "expected an array 'conflicts'");
            }

            var i = 0;
            foreach (var c in list.EnumerateArray())
            {
                var at = $"conflicts[{i++}]";
                string Text(JsonElement e, string field) =>
                    e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
                        ? s : throw new MalformedInputException(new InputLocation(name, null, $"{at}.{field}"), "expected a non-empty string");
                if (!c.TryGetProperty("years", out var years) || years.ValueKind != JsonValueKind.Array || years.GetArrayLength() != 2
                    || !years[0].TryGetInt32(out var first) || !years[1].TryGetInt32(out var last) || last < first)
                {
                    throw new MalformedInputException(new InputLocation(name, null, $"{at}.years"), "expected [first, last] years");
                }

                var mediators = new List<RecordedMediator>();
                if (c.TryGetProperty("mediators", out var ms) && ms.ValueKind == JsonValueKind.Array)
                {
                    foreach (var m in ms.EnumerateArray())
                    {
                        mediators.Add(new RecordedMediator(Text(m, "id"), m.TryGetProperty("source", out var s) ? s.GetString() ?? string.Empty : string.Empty, m.TryGetProperty("unsure", out var u) && u.ValueKind == JsonValueKind.True));
                    }
                }

                var partisans = c.TryGetProperty("partisans", out var ps) && ps.ValueKind == JsonValueKind.Array
                    ? ps.EnumerateArray().Select(p => p.GetString() ?? string.Empty).Where(p => p.Length > 0).ToList()
                    : [];
                conflicts.Add(new RecordedConflict(Text(c, "a"), Text(c, "b"), first, last, mediators, partisans));
            }

            return new MediationRecord(conflicts);
        }
    }
}
