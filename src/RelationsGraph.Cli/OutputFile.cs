namespace RelationsGraph.Cli;

/// <summary>Checks and writes an output file so that a path that cannot be written is bad input (exit 2, one line), not a failure.</summary>
internal static class OutputFile
{
    /// <summary>Rejects, before any work, a path that is a folder or whose folder does not exist.</summary>
    public static void Check(string file, string option)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            throw new CliUsageException($"{option}: the file name is empty");
        }

        if (Directory.Exists(file))
        {
            throw new CliUsageException($"{option} '{file}': is a folder, not a file");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliUsageException($"{option} '{file}': folder not found");
        }
    }

    /// <summary>Writes the whole output to memory first, then to the file; an error writing it is a usage error naming the file.</summary>
    public static void Write(string file, string option, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        try
        {
            using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None);
            buffer.Position = 0;
            buffer.CopyTo(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{option} '{file}': cannot be written ({e.Message})");
        }
    }
}
