using System.IO.Compression;
using System.Text;

namespace RelationsGraph.Loaders;

/// <summary>Opens loader input files: plain text or gzip (<c>.gz</c>), UTF-8 with or without BOM.</summary>
internal static class LoaderInput
{
    public static IEnumerable<(string Name, TextReader Reader)> Open(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"cannot read '{file}': file not found", file);
            }

            Stream stream = File.OpenRead(file);
            if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            yield return (file, reader);
        }
    }
}
