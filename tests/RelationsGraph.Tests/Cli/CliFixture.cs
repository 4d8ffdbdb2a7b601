using System.Text;
using RelationsGraph.Cli;
using Xunit;

namespace RelationsGraph.Tests.Cli;

/// <summary>The outcome of one <c>relgraph</c> run.</summary>
internal sealed record CliRun(int Exit, string Stdout, string Stderr)
{
    /// <summary>The lines written to stderr (without the final line break).</summary>
    public string[] ErrorLines => Stderr.Length == 0 ? [] : Stderr.TrimEnd('\n').Split('\n');
}

/// <summary>Runs the CLI in-process against files in a private temporary directory that is deleted afterwards.</summary>
internal sealed class CliFixture : IDisposable
{
    public CliFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"relgraph-cli-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to a file of this name in the directory and returns its path.</summary>
    public string File(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes <paramref name="content"/> as they are to a file of this name in the directory and returns its path.</summary>
    public string Bytes(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>The path of a file of this name in the directory (not created).</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Runs relgraph and asserts exit code 0 (showing stderr when not).</summary>
    public static CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.True(run.Exit == 0, $"exit code {run.Exit}, stderr: {run.Stderr}");
        return run;
    }

    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = RelgraphApp.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Asserts the contract for bad input: exit code 2, nothing on stdout, exactly one line on stderr, no stack trace,
    /// and every fragment (file, line, field, id) in that line.
    /// </summary>
    public static string AssertBadInput(CliRun run, params string[] fragments)
    {
        Assert.True(run.Exit == 2, $"exit code {run.Exit}, stderr: {run.Stderr}");
        Assert.Equal(string.Empty, run.Stdout);
        var line = Assert.Single(run.ErrorLines);
        Assert.EndsWith("\n", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("relgraph: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }

        return line;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Folder))
        {
            System.IO.Directory.Delete(Folder, recursive: true);
        }
    }
}
