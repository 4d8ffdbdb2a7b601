namespace RelationsGraph.WorldBuilder;

/// <summary>
/// Bad input to the build: a source whose checksum differs from the manifest, a code that cannot be mapped, a year
/// outside a source's coverage, a malformed row. The message names the file, the line and the field; the builder
/// prints it as one line and exits with code 2, having written nothing.
/// </summary>
internal sealed class BuildException(string file, long? line, string? field, string problem)
    : Exception($"{file}{(line is { } l ? ":" + l.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}: {(field is null ? string.Empty : $"field '{field}': ")}{problem}")
{
    public string File { get; } = file;

    public long? Line { get; } = line;

    public string? Field { get; } = field;
}
