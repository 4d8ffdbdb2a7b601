namespace RelationsGraph.Cli;

/// <summary>The command line is wrong in a way the parser cannot see (conflicting options, an unknown metric). Exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
