using System.CommandLine;
using RelationsGraph.IO;

namespace RelationsGraph.Cli.Commands;

/// <summary><c>relgraph convert --to FORMAT</c>: writes the input network as GraphML, JSON, DOT or the CSV edges/nodes files.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new InputOptions();
        var to = new Option<string>("--to")
        {
            Description = "Target format: graphml, json, dot (the projected graph, for Graphviz), edges-csv or nodes-csv",
            Required = true,
        }.AcceptOnlyFromAmong("graphml", "json", "dot", "edges-csv", "nodes-csv");
        var output = new Option<string?>("--output") { Description = "Write to this file instead of stdout", HelpName = "FILE" };
        var command = new Command("convert", "Write the input network in another format (GraphML and JSON keep every actor, relation and attribute)") { to, output };
        input.AddTo(command);
        command.SetAction(parsed =>
        {
            var network = input.ReadNetwork(parsed);
            var format = parsed.GetValue(to)!;
            var file = parsed.GetValue(output);
            using var buffer = new MemoryStream();
            using (var text = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
            {
                switch (format)
                {
                    case "graphml":
                        GraphMLFormat.Write(network, buffer);
                        break;
                    case "json":
                        JsonNetworkFormat.Write(network, buffer);
                        buffer.WriteByte((byte)'\n');
                        break;
                    case "dot":
                        DotFormat.Write(input.Project(parsed, network), text);
                        break;
                    case "edges-csv":
                        CsvNetworkWriter.WriteEdges(network, text);
                        break;
                    default:
                        CsvNetworkWriter.WriteNodes(network, text);
                        break;
                }
            }

            if (file is null)
            {
                var stdout = parsed.InvocationConfiguration.Output;
                stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                stdout.Flush();
            }
            else
            {
                File.WriteAllBytes(file, buffer.ToArray());
            }

            input.FlushNotes(parsed.InvocationConfiguration.Error);
            return ExitCodes.Success;
        });
        return command;
    }
}
