namespace RelationsGraph.Model;

/// <summary>Rules that every actor id follows.</summary>
internal static class Ids
{
    /// <summary>Returns why <paramref name="id"/> is not a valid id, or <see langword="null"/> when it is.</summary>
    public static string? Problem(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "empty id";
        }

        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
        {
            return $"id '{id}' has leading or trailing white space";
        }

        // C0 control characters other than tab, line feed and carriage return: no text format here can carry them
        // (XML 1.0 forbids them), and they are never meant.
        foreach (var c in id)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return "id contains a control character";
            }
        }

        return null;
    }

    public static string Validated(string? id, string parameterName) =>
        Problem(id) is { } problem ? throw new ArgumentException($"Invalid actor id: {problem}.", parameterName) : id!;
}
