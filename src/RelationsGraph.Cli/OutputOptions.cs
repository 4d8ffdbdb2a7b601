using System.CommandLine;
using System.Text;

namespace RelationsGraph.Cli;

/// <summary>The output options of every command: <c>--format table|json|csv</c> and <c>--output FILE</c>.</summary>
internal sealed class OutputOptions
{
    private readonly Option<string> format = new Option<string>("--format")
    {
        Description = "Output format: table (human-readable), json or csv",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json", "csv");

    private readonly Option<string?> output = new("--output") { Description = "Write to this file instead of stdout", HelpName = "FILE" };

    public void AddTo(Command command)
    {
        command.Add(format);
        command.Add(output);
    }

    public string Format(ParseResult parsed) => parsed.GetValue(format)!;

    /// <summary>
    /// Writes a result in the chosen format to stdout or the output file: <paramref name="json"/> (then a line break),
    /// <paramref name="csv"/>, or the table <paramref name="table"/> builds.
    /// </summary>
    public void Write(ParseResult parsed, TextWriter stdout, Action<Stream> json, Action<TextWriter> csv, Func<Spectre.Console.Rendering.IRenderable> table) =>
        Write(parsed, stdout, (stream, text) =>
        {
            switch (Format(parsed))
            {
                case "json":
                    json(stream);
                    stream.WriteByte((byte)'\n');
                    break;
                case "csv":
                    csv(text);
                    break;
                default:
                    text.Flush();
                    Tables.Render(text, table(), parsed.GetValue(output) is null && ReferenceEquals(stdout, Console.Out));
                    break;
            }
        });

    /// <summary>
    /// As <see cref="Write(ParseResult, TextWriter, Action{Stream}, Action{TextWriter}, Func{Spectre.Console.Rendering.IRenderable})"/>,
    /// streamed: when stdout is the process's console output, the result goes straight to the standard output stream
    /// through a 64 KB buffer — no copy of the whole output in memory, no string — with the same bytes. (Large metric
    /// results: brokerage on 20,000 nodes is 19 MB of JSON.)
    /// </summary>
    public void WriteStreamed(ParseResult parsed, TextWriter stdout, Action<Stream> json, Action<TextWriter> csv, Func<Spectre.Console.Rendering.IRenderable> table)
    {
        if (parsed.GetValue(output) is not null || !ReferenceEquals(stdout, Console.Out))
        {
            Write(parsed, stdout, json, csv, table);
            return;
        }

        stdout.Flush();
        using var standardOutput = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(standardOutput, 1 << 16);
        using (var text = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" })
        {
            switch (Format(parsed))
            {
                case "json":
                    json(buffered);
                    buffered.WriteByte((byte)'\n');
                    break;
                case "csv":
                    csv(text);
                    break;
                default:
                    Tables.Render(text, table(), terminal: true);
                    break;
            }
        }

        buffered.Flush();
    }

    /// <summary>Runs <paramref name="write"/> against stdout or the output file, as UTF-8 text without BOM.</summary>
    public void Write(ParseResult parsed, TextWriter stdout, Action<Stream, TextWriter> write)
    {
        var file = parsed.GetValue(output);
        if (file is null)
        {
            using var buffer = new MemoryStream();
            using (var text = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
            {
                write(buffer, text);
            }

            stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            stdout.Flush();
            return;
        }

        using var stream = File.Create(file);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        write(stream, writer);
    }
}
