using System.Text.Encodings.Web;
using System.Text.Json;

namespace RelationsGraph.IO;

/// <summary>
/// The writer options of every JSON the library writes: indented, LF line ends, and characters written as themselves
/// (ids such as <c>Türkiye</c>, keys such as <c>+++</c>) rather than as <c>\uXXXX</c> escapes — the output is data for
/// files and pipes, not for embedding in HTML. Quotes, backslashes and control characters are still escaped.
/// </summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
