using System.Text;
using System.Xml;
using System.Xml.Linq;
using RelationsGraph.Model;

namespace RelationsGraph.IO;

/// <summary>
/// Reads and writes GraphML (graphml.graphdrawing.org). What it writes, networkx's <c>read_graphml</c> and igraph's
/// <c>Graph.Read_GraphML</c> read back (checked by <c>tests/fixtures/graphml/check_graphml.py</c>).
/// </summary>
/// <remarks>
/// <para>Written: one <c>&lt;graph&gt;</c> whose <c>edgedefault</c> is <c>directed</c> when every relation is directed
/// and <c>undirected</c> otherwise; node data <c>name</c>, <c>kind</c>, <c>ccode</c> and one key per attribute;
/// edge data <c>weight</c> (double), <c>kind</c>, <c>directed</c> (boolean), <c>start</c>, <c>end</c>, <c>ref</c>
/// and one key per attribute. Each relation's direction is in its <c>directed</c> data rather than the XML
/// attribute, because networkx refuses a directed edge in an undirected graph.</para>
/// <para>Read: keys are matched by <c>attr.name</c>, so files written by networkx, igraph or yEd load; an edge's
/// direction is its <c>directed</c> data, else its <c>directed</c> XML attribute, else the graph's
/// <c>edgedefault</c>; a missing weight is the key's default or 1. Every edge endpoint must be a declared node.
/// A node with an <c>id</c> data value (igraph renumbers nodes <c>n0, n1, ...</c> and keeps the original id
/// there) takes that value as its actor id.
/// Nested graphs, hyperedges and ports are rejected.</para>
/// <para>Security: DTD processing is prohibited and no resolver is set, so no entity, DTD or schema is ever
/// fetched or read; a document with a DTD is rejected with a <see cref="MalformedInputException"/>.</para>
/// </remarks>
public static class GraphMLFormat
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";
    private static readonly string[] NodeKeys = ["id", "name", "kind", "ccode"];
    private static readonly string[] EdgeKeys = ["weight", "kind", "directed", "start", "end", "ref"];
    private static readonly XNamespace X = Ns;

    /// <summary>Writes the network.</summary>
    /// <param name="network">The network.</param>
    /// <param name="stream">Where to write (UTF-8, indented).</param>
    public static void Write(RelationsNetwork network, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(network);
        var nodeExtra = network.Actors.SelectMany(a => a.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var edgeExtra = network.Relations.SelectMany(r => r.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var allDirected = network.Relations.Length > 0 && network.Relations.All(r => r.IsDirected);
        CheckReserved(nodeExtra, NodeKeys, "actor");
        CheckReserved(edgeExtra, EdgeKeys, "relation");
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", NewLineHandling = NewLineHandling.Entitize };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        Key(xml, "v_name", "node", "name", "string");
        Key(xml, "v_kind", "node", "kind", "string");
        Key(xml, "v_ccode", "node", "ccode", "int");
        for (var i = 0; i < nodeExtra.Length; i++)
        {
            Key(xml, $"v_a{i}", "node", nodeExtra[i], "string");
        }

        Key(xml, "e_weight", "edge", "weight", "double");
        Key(xml, "e_kind", "edge", "kind", "string");
        Key(xml, "e_directed", "edge", "directed", "boolean");
        Key(xml, "e_start", "edge", "start", "string");
        Key(xml, "e_end", "edge", "end", "string");
        Key(xml, "e_ref", "edge", "ref", "string");
        for (var i = 0; i < edgeExtra.Length; i++)
        {
            Key(xml, $"e_a{i}", "edge", edgeExtra[i], "string");
        }

        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", allDirected ? "directed" : "undirected");
        foreach (var a in network.Actors)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", a.Id);
            Data(xml, "v_name", a.Name);
            Data(xml, "v_kind", FieldParsers.Lower(a.Kind));
            if (a.CowCode is { } code)
            {
                Data(xml, "v_ccode", code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            for (var i = 0; i < nodeExtra.Length; i++)
            {
                if (a.Attributes.TryGetValue(nodeExtra[i], out var value))
                {
                    Data(xml, $"v_a{i}", value);
                }
            }

            xml.WriteEndElement();
        }

        foreach (var r in network.Relations)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("source", r.Source);
            xml.WriteAttributeString("target", r.Target);
            Data(xml, "e_weight", FieldParsers.Format(r.Weight));
            Data(xml, "e_kind", FieldParsers.Lower(r.Kind));
            Data(xml, "e_directed", r.IsDirected ? "true" : "false");
            if (r.Period.Start is not null)
            {
                Data(xml, "e_start", FieldParsers.Format(r.Period.Start));
            }

            if (r.Period.End is not null)
            {
                Data(xml, "e_end", FieldParsers.Format(r.Period.End));
            }

            if (r.Reference is not null)
            {
                Data(xml, "e_ref", r.Reference);
            }

            for (var i = 0; i < edgeExtra.Length; i++)
            {
                if (r.Attributes.TryGetValue(edgeExtra[i], out var value))
                {
                    Data(xml, $"e_a{i}", value);
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Writes the network to a file.</summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The file to create or overwrite.</param>
    public static void Write(RelationsNetwork network, string path)
    {
        using var stream = File.Create(path);
        Write(network, stream);
    }

    /// <summary>Reads a network from a file.</summary>
    /// <param name="path">The GraphML file.</param>
    /// <param name="options">Reading options.</param>
    /// <returns>The network and the notes.</returns>
    /// <exception cref="InvalidInputException">Malformed XML, a DTD, an unsupported construct or an invalid value; the message names file and line.</exception>
    public static NetworkReadResult Read(string path, NetworkReadOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path, options);
    }

    /// <summary>Reads a network.</summary>
    /// <param name="stream">The GraphML.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <param name="options">Reading options (<see cref="NetworkReadOptions.SelfLoops"/> applies; direction comes from the file).</param>
    /// <returns>The network and the notes.</returns>
    /// <exception cref="InvalidInputException">Malformed XML, a DTD, an unsupported construct or an invalid value.</exception>
    public static NetworkReadResult Read(Stream stream, string source, NetworkReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new NetworkReadOptions();
        XDocument document;
        var streamStart = stream.CanSeek ? stream.Position : -1;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        {
            try
            {
                // XmlReader.Create itself reads the encoding declaration and can throw on garbage: inside the try.
                using var reader = XmlReader.Create(stream, settings);
                document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                var isDtd = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
                var problem = isDtd
                    ? "a DTD is not allowed in GraphML input (DTDs and external entities are never processed)"
                    : $"malformed XML: {e.Message}";
                var line = e.LineNumber > 0 ? e.LineNumber : isDtd ? DoctypeLine(stream, streamStart) : null;
                throw new MalformedInputException(new InputLocation(source, line), problem, e);
            }
        }

        var root = document.Root!;
        if (root.Name.LocalName != "graphml")
        {
            throw new MalformedInputException(At(source, root), $"expected a <graphml> root element, found <{root.Name.LocalName}>");
        }

        var keys = new Dictionary<string, (string Name, string? Default)>(StringComparer.Ordinal);
        foreach (var key in Children(root, "key"))
        {
            var id = (string?)key.Attribute("id") ?? throw new MalformedInputException(At(source, key, "id"), "a <key> has no id");
            var name = (string?)key.Attribute("attr.name") ?? id;
            var fallback = Children(key, "default").FirstOrDefault()?.Value;
            if (!keys.TryAdd(id, (name, fallback)))
            {
                throw new MalformedInputException(At(source, key, "id"), $"duplicate key id '{id}'");
            }
        }

        var graphs = Children(root, "graph").ToList();
        if (graphs.Count != 1)
        {
            throw new MalformedInputException(At(source, root), $"expected exactly one <graph>, found {graphs.Count}");
        }

        var graph = graphs[0];
        var graphDirected = ((string?)graph.Attribute("edgedefault") ?? "directed") switch
        {
            "directed" => true,
            "undirected" => false,
            var other => throw new InvalidValueException(At(source, graph, "edgedefault"), $"edgedefault '{other}' is neither directed nor undirected"),
        };
        foreach (var unsupported in graph.Descendants().Where(e => e.Name.LocalName is "graph" or "hyperedge" or "port"))
        {
            throw new MalformedInputException(At(source, unsupported), $"<{unsupported.Name.LocalName}> is not supported (nested graphs, hyperedges and ports)");
        }

        var builder = new RelationsNetworkBuilder(new RelationsNetworkBuilderOptions { RequireDeclaredActors = true, SelfLoops = options.SelfLoops });
        var actorIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var declared = new Dictionary<string, InputLocation>(StringComparer.Ordinal);
        foreach (var node in Children(graph, "node"))
        {
            var at = At(source, node, "id");
            var data = Data(node, keys, "node", source);
            var xmlId = FieldParsers.Id((string?)node.Attribute("id"), at);
            var id = data.Remove("id", out var dataId) ? FieldParsers.Id(dataId, at) : xmlId;
            if (!actorIds.TryAdd(xmlId, id))
            {
                throw new DuplicateActorException(at, xmlId, declared[xmlId]);
            }

            declared.Add(xmlId, at);
            builder.AddActor(
                new Actor(
                    id,
                    FieldParsers.Enum(Take(data, "kind"), ActorKind.Other, at with { Field = "kind" }),
                    Take(data, "name") is { Length: > 0 } name ? name : null,
                    FieldParsers.Integer(Take(data, "ccode"), at with { Field = "ccode" }),
                    data),
                at);
        }

        foreach (var edge in Children(graph, "edge"))
        {
            var at = At(source, edge);
            var data = Data(edge, keys, "edge", source);
            var weightText = Take(data, "weight", DefaultOf(keys, "edge", "weight") ?? "1");
            var directedText = Take(data, "directed");
            var isDirected = FieldParsers.Boolean(directedText, at with { Field = "directed" })
                ?? FieldParsers.Boolean((string?)edge.Attribute("directed") ?? string.Empty, at with { Field = "directed" })
                ?? graphDirected;
            var start = FieldParsers.Date(Take(data, "start"), isEnd: false, at with { Field = "start" });
            var end = FieldParsers.Date(Take(data, "end"), isEnd: true, at with { Field = "end" });
            var reference = Take(data, "ref");
            builder.AddRelation(
                new Relation(
                    Endpoint(edge, "source", actorIds, at),
                    Endpoint(edge, "target", actorIds, at),
                    FieldParsers.Weight(weightText, at with { Field = "weight" }),
                    FieldParsers.Enum(Take(data, "kind"), RelationKind.Other, at with { Field = "kind" }),
                    isDirected,
                    FieldParsers.Period(start, end, at with { Field = "end" }),
                    reference.Length > 0 ? reference : null,
                    data),
                at);
        }

        return new NetworkReadResult(builder.Build(), builder.Notes);
    }

    /// <summary>The XML reader refuses a DTD without a line number: find the <c>&lt;!DOCTYPE</c> line as plain text.</summary>
    private static int? DoctypeLine(Stream stream, long start)
    {
        if (start < 0)
        {
            return null;
        }

        stream.Position = start;
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0;
        while (text.ReadLine() is { } line)
        {
            number++;
            if (line.Contains("<!DOCTYPE", StringComparison.Ordinal))
            {
                return number;
            }
        }

        return null;
    }

    private static void CheckReserved(string[] attributeKeys, string[] reserved, string owner)
    {
        foreach (var key in attributeKeys)
        {
            if (reserved.Contains(key, StringComparer.Ordinal))
            {
                throw new UnrepresentableDataException($"An {owner} attribute is named '{key}', which GraphML output uses for the {owner}'s own field; rename the attribute or write JSON.");
            }
        }
    }

    private static string Endpoint(XElement edge, string attribute, Dictionary<string, string> actorIds, InputLocation at)
    {
        var xmlId = FieldParsers.Id((string?)edge.Attribute(attribute), at with { Field = attribute });
        return actorIds.TryGetValue(xmlId, out var id) ? id : throw new UnknownActorException(at with { Field = attribute }, xmlId);
    }

    private static void Key(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && (e.Name.Namespace == X || e.Name.Namespace == XNamespace.None));

    private static SortedDictionary<string, string> Data(XElement element, Dictionary<string, (string Name, string? Default)> keys, string kind, string source)
    {
        var data = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in Children(element, "data"))
        {
            var keyId = (string?)d.Attribute("key") ?? throw new MalformedInputException(At(source, d, "key"), "a <data> has no key");
            if (!keys.TryGetValue(keyId, out var key))
            {
                throw new MalformedInputException(At(source, d, "key"), $"<data> refers to the undeclared key '{keyId}'");
            }

            if (!data.TryAdd(key.Name, d.Value))
            {
                throw new MalformedInputException(At(source, d, key.Name), $"the {kind} has two values for '{key.Name}'");
            }
        }

        return data;
    }

    private static string Take(SortedDictionary<string, string> data, string name, string fallback = "") =>
        data.Remove(name, out var value) ? value : fallback;

    private static string? DefaultOf(Dictionary<string, (string Name, string? Default)> keys, string kind, string name) =>
        keys.Values.FirstOrDefault(k => k.Name == name).Default;

    private static InputLocation At(string source, XObject node, string? field = null) =>
        new(source, node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null, field);
}
