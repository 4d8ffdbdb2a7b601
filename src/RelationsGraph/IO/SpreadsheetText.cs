using System.Globalization;

namespace RelationsGraph.IO;

/// <summary>
/// Protection of CSV text cells against formula injection: a spreadsheet runs a cell that starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return as a formula (OWASP "CSV injection"). Such text is written
/// with a leading single quote, which spreadsheets show as plain text; plain numbers (<c>-1</c>, <c>+2.5e3</c>) are
/// harmless and stay as they are.
/// </summary>
/// <remarks>
/// The escape is reversible, so files written by the library read back unchanged: text is escaped when, after any
/// leading single quotes, it starts with one of the trigger characters and is not a number; the reader removes one
/// leading quote exactly when what follows it would have been escaped. (Text that already starts with quotes
/// before a trigger therefore gains one more quote, and loses it again on reading.)
/// </remarks>
public static class SpreadsheetText
{
    private const string Triggers = "=+-@\t\r";

    /// <summary>The text to write in a CSV cell: <paramref name="text"/>, behind a single quote when a spreadsheet would run it.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The text to write.</returns>
    public static string Protect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsEscape(text) ? "'" + text : text;
    }

    /// <summary>The text a cell written by <see cref="Protect"/> stands for.</summary>
    /// <param name="cell">The cell's text as read (after CSV unquoting).</param>
    /// <returns>The original text.</returns>
    public static string Unprotect(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == '\'' && NeedsEscape(cell.AsSpan(1)) ? cell[1..] : cell;
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart('\'');
        if (rest.IsEmpty || !Triggers.Contains(rest[0]))
        {
            return false;
        }

        // A plain number is shown as a number, not run; after quotes it is text and is escaped like any other.
        return rest.Length != text.Length || !double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
