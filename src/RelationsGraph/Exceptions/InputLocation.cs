using System.Globalization;
using System.Text;

namespace RelationsGraph;

/// <summary>
/// Where a piece of input came from: a file (or other named source), a 1-based physical line and a field.
/// Every input error and note carries one, so that a user can find the offending row.
/// </summary>
/// <param name="Source">The file name or source label, or <see langword="null"/> when the data were built in code.</param>
/// <param name="Line">The 1-based physical line (a CSV header is line 1), or <see langword="null"/> when unknown.</param>
/// <param name="Field">The column, attribute or element name, or <see langword="null"/> when the whole row is meant.</param>
public sealed record InputLocation(string? Source, int? Line = null, string? Field = null)
{
    /// <summary>Formats the location as <c>file:line: field 'x'</c>, leaving out the parts that are unknown.</summary>
    /// <returns>A short human-readable location.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Source ?? "<input>");
        if (Line is { } line)
        {
            text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
        }

        if (Field is not null)
        {
            text.Append(": field '").Append(Field).Append('\'');
        }

        return text.ToString();
    }
}
