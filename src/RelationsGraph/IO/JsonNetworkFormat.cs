using System.Text.Json;
using RelationsGraph.Model;

namespace RelationsGraph.IO;

/// <summary>
/// Reads and writes a network as JSON (schema in <c>docs/formats.md</c>):
/// <c>{"format": "relationsgraph-network", "version": 1, "actors": [...], "relations": [...]}</c>.
/// </summary>
/// <remarks>
/// An actor is <c>{"id", "name", "kind", "ccode", "attributes"}</c> (only <c>id</c> required); a relation is
/// <c>{"source", "target", "weight", "kind", "directed", "start", "end", "ref", "attributes"}</c> (only
/// <c>source</c> and <c>target</c> required; <c>weight</c> defaults to 1). Unknown properties are rejected, every
/// endpoint must be a listed actor, and errors name the JSON path (<c>relations[3].weight</c>) and, for syntax
/// errors, the line. Output is indented, deterministic, UTF-8 without BOM.
/// </remarks>
public static class JsonNetworkFormat
{
    /// <summary>The value of the <c>format</c> property.</summary>
    public const string FormatName = "relationsgraph-network";

    /// <summary>The schema version written and read.</summary>
    public const int Version = 1;

    private static readonly HashSet<string> TopKeys = new(["format", "version", "actors", "relations"], StringComparer.Ordinal);
    private static readonly HashSet<string> ActorKeys = new(["id", "name", "kind", "ccode", "attributes"], StringComparer.Ordinal);
    private static readonly HashSet<string> RelationKeys = new(["source", "target", "weight", "kind", "directed", "start", "end", "ref", "attributes"], StringComparer.Ordinal);

    /// <summary>Writes the network.</summary>
    /// <param name="network">The network.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(RelationsNetwork network, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(network);
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", Version);
        json.WriteStartArray("actors");
        foreach (var a in network.Actors)
        {
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("name", a.Name);
            json.WriteString("kind", FieldParsers.Lower(a.Kind));
            if (a.CowCode is { } code)
            {
                json.WriteNumber("ccode", code);
            }

            WriteAttributes(json, a.Attributes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("relations");
        foreach (var r in network.Relations)
        {
            json.WriteStartObject();
            json.WriteString("source", r.Source);
            json.WriteString("target", r.Target);
            json.WriteNumber("weight", r.Weight);
            json.WriteString("kind", FieldParsers.Lower(r.Kind));
            json.WriteBoolean("directed", r.IsDirected);
            if (r.Period.Start is not null)
            {
                json.WriteString("start", FieldParsers.Format(r.Period.Start));
            }

            if (r.Period.End is not null)
            {
                json.WriteString("end", FieldParsers.Format(r.Period.End));
            }

            if (r.Reference is not null)
            {
                json.WriteString("ref", r.Reference);
            }

            WriteAttributes(json, r.Attributes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the network to a file.</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The file to create or overwrite.</param>
    public static void Write(RelationsNetwork network, string path)
    {
        using var stream = File.Create(path);
        Write(network, stream);
    }

    /// <summary>Reads a network.</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <param name="options">Reading options (<see cref="NetworkReadOptions.DirectedByDefault"/> applies where <c>directed</c> is absent).</param>
    /// <returns>The network and the notes.</returns>
    /// <exception cref="InvalidInputException">Malformed JSON, a wrong schema or an invalid value.</exception>
    public static NetworkReadResult Read(Stream stream, string source, NetworkReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new NetworkReadOptions();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new MalformedInputException(new InputLocation(source, (int?)(e.LineNumber + 1)), $"malformed JSON: {FirstSentence(e.Message)}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            CheckText(root, source, string.Empty);
            Expect(root, JsonValueKind.Object, source, "$");
            CheckKeys(root, TopKeys, source, "$");
            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
            {
                throw new MalformedInputException(new InputLocation(source, null, "format"), $"expected \"format\": \"{FormatName}\"");
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != Version)
            {
                throw new MalformedInputException(new InputLocation(source, null, "version"), $"expected \"version\": {Version}");
            }

            var builder = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions { RequireDeclaredActors = true, SelfLoops = options.SelfLoops });
            var i = 0;
            foreach (var a in Array(root, "actors", source))
            {
                var path = $"actors[{i++}]";
                Expect(a, JsonValueKind.Object, source, path);
                CheckKeys(a, ActorKeys, source, path);
                var at = new InputLocation(source, null, path + ".id");
                builder.AddActor(
                    new Actor(
                        FieldParsers.Id(String(a, "id", source, path, required: true), at),
                        FieldParsers.Enum(String(a, "kind", source, path), ActorKind.Other, at with { Field = path + ".kind" }),
                        String(a, "name", source, path) is { Length: > 0 } name ? name : null,
                        a.TryGetProperty("ccode", out var c) && c.ValueKind != JsonValueKind.Null
                            ? (c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var code) ? code : throw new InvalidValueException(at with { Field = path + ".ccode" }, "not an integer"))
                            : null,
                        Attributes(a, source, path)),
                    at);
            }

            i = 0;
            foreach (var r in Array(root, "relations", source))
            {
                var path = $"relations[{i++}]";
                Expect(r, JsonValueKind.Object, source, path);
                CheckKeys(r, RelationKeys, source, path);
                var at = new InputLocation(source, null, path);
                double weight = 1;
                if (r.TryGetProperty("weight", out var w))
                {
                    weight = w.ValueKind == JsonValueKind.Number && w.TryGetDouble(out var d) && double.IsFinite(d)
                        ? d
                        : throw new InvalidValueException(at with { Field = path + ".weight" }, "weight is not a finite number");
                }

                bool? directed = r.TryGetProperty("directed", out var dir) && dir.ValueKind != JsonValueKind.Null
                    ? dir.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => throw new InvalidValueException(at with { Field = path + ".directed" }, "not a boolean"),
                    }
                    : null;
                var start = FieldParsers.Date(String(r, "start", source, path), isEnd: false, at with { Field = path + ".start" });
                var end = FieldParsers.Date(String(r, "end", source, path), isEnd: true, at with { Field = path + ".end" });
                string? reference = r.TryGetProperty("ref", out var refValue) && refValue.ValueKind != JsonValueKind.Null ? String(r, "ref", source, path) : null;
                builder.AddRelation(
                    new Relation(
                        FieldParsers.Id(String(r, "source", source, path, required: true), at with { Field = path + ".source" }),
                        FieldParsers.Id(String(r, "target", source, path, required: true), at with { Field = path + ".target" }),
                        weight,
                        FieldParsers.Enum(String(r, "kind", source, path), RelationKind.Other, at with { Field = path + ".kind" }),
                        directed ?? options.DirectedByDefault,
                        FieldParsers.Period(start, end, at with { Field = path + ".end" }),
                        reference,
                        Attributes(r, source, path)),
                    at);
            }

            return new NetworkReadResult(builder.Build(), builder.Notes);
        }
    }

    /// <summary>Reads a network from a file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="options">Reading options.</param>
    /// <returns>The network and the notes.</returns>
    public static NetworkReadResult Read(string path, NetworkReadOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path, options);
    }

    private static void WriteAttributes(Utf8JsonWriter json, System.Collections.Immutable.ImmutableSortedDictionary<string, string> attributes)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        json.WriteStartObject("attributes");
        foreach (var (key, value) in attributes)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    private static List<KeyValuePair<string, string>>? Attributes(JsonElement e, string source, string path)
    {
        if (!e.TryGetProperty("attributes", out var attributes) || attributes.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(attributes, JsonValueKind.Object, source, path + ".attributes");
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var p in attributes.EnumerateObject())
        {
            Expect(p.Value, JsonValueKind.String, source, $"{path}.attributes.{p.Name}");
            pairs.Add(new KeyValuePair<string, string>(p.Name, p.Value.GetString()!));
        }

        return pairs;
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name, string source)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            throw new MalformedInputException(new InputLocation(source, null, name), $"missing required property '{name}'");
        }

        Expect(array, JsonValueKind.Array, source, name);
        return array.EnumerateArray();
    }

    private static string String(JsonElement e, string name, string source, string path, bool required = false)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new MalformedInputException(new InputLocation(source, null, $"{path}.{name}"), $"missing required property '{name}'") : string.Empty;
        }

        Expect(value, JsonValueKind.String, source, $"{path}.{name}");
        return value.GetString()!;
    }

    /// <summary>
    /// Rejects what System.Text.Json lets through: a property name given twice in one object (the last would silently
    /// win) and strings that are not valid Unicode (invalid UTF-8, unpaired surrogates).
    /// </summary>
    private static void CheckText(JsonElement e, string source, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    var name = Text(() => p.Name, source, path);
                    if (!names.Add(name))
                    {
                        throw new MalformedInputException(new InputLocation(source, null, Join(path, name)), $"property '{name}' is given twice");
                    }

                    CheckText(p.Value, source, Join(path, name));
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    CheckText(item, source, $"{path}[{i++}]");
                }

                break;
            case JsonValueKind.String:
                _ = Text(() => e.GetString()!, source, path);
                break;
            default:
                break;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Text(Func<string> read, string source, string path)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException ex)
        {
            throw new MalformedInputException(new InputLocation(source, null, path), "text that is not valid Unicode (invalid UTF-8 or an unpaired surrogate)", ex);
        }
    }

    private static void Expect(JsonElement e, JsonValueKind kind, string source, string path)
    {
        if (e.ValueKind != kind)
        {
            throw new MalformedInputException(new InputLocation(source, null, path), $"expected a JSON {kind.ToString().ToLowerInvariant()}, found {e.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private static void CheckKeys(JsonElement e, HashSet<string> allowed, string source, string path)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (!allowed.Contains(p.Name))
            {
                throw new MalformedInputException(new InputLocation(source, null, $"{path}.{p.Name}"), $"unknown property '{p.Name}'");
            }
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
