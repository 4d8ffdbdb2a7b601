using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using RelationsGraph.Graphs;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph info</c>: node and edge counts, signs, direction and components of the input.</summary>
internal static class InfoCommand
{
    public static Command Create()
    {
        var input = new InputOptions();
        var output = new OutputOptions();
        var command = new Command("info", "Counts: nodes, edges (input rows after validation), positive and negative edges, directed, connected components (weak, if directed)");
        input.AddTo(command);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var stdout = parsed.InvocationConfiguration.Output;
            // A plain edges file (one row per tie, nothing to note) goes straight into the graph: its rows are its edges.
            (string Key, object Value)[] facts;
            if (input.TryReadPlainGraph(parsed) is { } plain)
            {
                facts =
                [
                    ("nodes", plain.NodeCount),
                    ("edges", plain.EdgeCount),
                    ("positive", plain.PositiveEdgeCount),
                    ("negative", plain.NegativeEdgeCount),
                    ("directed", plain.IsDirected),
                    ("components", Components.Count(plain)),
                ];
            }
            else
            {
                var network = input.ReadNetwork(parsed);
                var graph = input.Project(parsed, network);
                facts =
                [
                    ("nodes", network.Actors.Length),
                    ("edges", network.Relations.Length),
                    ("positive", network.Relations.Count(r => r.Weight > 0)),
                    ("negative", network.Relations.Count(r => r.Weight < 0)),
                    ("directed", graph.IsDirected),
                    ("components", Components.Count(graph)),
                ];
            }

            output.Write(parsed, stdout, (stream, text) =>
            {
                switch (output.Format(parsed))
                {
                    case "json":
                        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
                        {
                            json.WriteStartObject();
                            foreach (var (key, value) in facts)
                            {
                                if (value is bool flag)
                                {
                                    json.WriteBoolean(key, flag);
                                }
                                else
                                {
                                    json.WriteNumber(key, (int)value);
                                }
                            }

                            json.WriteEndObject();
                        }

                        stream.WriteByte((byte)'\n');
                        break;
                    case "csv":
                        text.WriteLine(string.Join(',', facts.Select(f => f.Key)));
                        text.WriteLine(string.Join(',', facts.Select(f => Text(f.Value))));
                        break;
                    default:
                        var table = Tables.Create("", "value");
                        foreach (var (key, value) in facts)
                        {
                            table.AddRow(key, Text(value));
                        }

                        text.Flush();
                        Tables.Render(text, table);
                        break;
                }
            });
            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
