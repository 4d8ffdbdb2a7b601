using System.Globalization;
using RelationsGraph.Model;

namespace RelationsGraph.IO;

/// <summary>Strict parsers for field values shared by every format; each throws <see cref="InvalidValueException"/> naming the location.</summary>
internal static class FieldParsers
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    public static string Id(string? text, InputLocation at) =>
        Ids.Problem(text) is { } problem ? throw new InvalidValueException(at, problem) : text!;

    public static double Weight(string text, InputLocation at)
    {
        if (text.Length == 0)
        {
            throw new InvalidValueException(at, "empty weight (leave the column out for weight 1)");
        }

        if (text.Contains('\0', StringComparison.Ordinal) || !double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            throw new InvalidValueException(at, $"weight '{Shorten(text)}' is not a number (use '.' as the decimal point)");
        }

        if (!double.IsFinite(value))
        {
            throw new InvalidValueException(at, $"weight '{Shorten(text)}' is not finite");
        }

        return value;
    }

    public static T Enum<T>(string text, T empty, InputLocation at)
        where T : struct, Enum
    {
        if (text.Length == 0)
        {
            return empty;
        }

        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var known = string.Join(", ", System.Enum.GetValues<T>().Select(v => v.ToString().ToLowerInvariant()));
        throw new InvalidValueException(at, $"unknown value '{Shorten(text)}' (expected one of: {known})");
    }

    public static bool? Boolean(string text, InputLocation at) => text.ToLowerInvariant() switch
    {
        "" => null,
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new InvalidValueException(at, $"'{Shorten(text)}' is not a boolean (true/false, 1/0, yes/no)"),
    };

    public static int? Integer(string text, InputLocation at) =>
        text.Length == 0 ? null
        : !text.Contains('\0', StringComparison.Ordinal) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InvalidValueException(at, $"'{Shorten(text)}' is not an integer");

    /// <summary>Parses <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>; a partial date means its first day for a start and its last day for an end.</summary>
    public static DateOnly? Date(string text, bool isEnd, InputLocation at)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return isEnd ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new InvalidValueException(at, $"'{Shorten(text)}' is not a date (yyyy-MM-dd, yyyy-MM or yyyy)");
    }

    public static ValidityPeriod Period(DateOnly? start, DateOnly? end, InputLocation endAt)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new InvalidValueException(endAt, $"period ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd})");
        }

        return new ValidityPeriod(start, end);
    }

    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
