using System.Globalization;

namespace RelationsGraph.Model;

/// <summary>
/// The days on which a relation holds: from <see cref="Start"/> to <see cref="End"/>, both inclusive.
/// A missing bound is open: <c>default</c> (both missing) means "always".
/// </summary>
public readonly record struct ValidityPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day, or <see langword="null"/> for "since always".</param>
    /// <param name="end">The last day, or <see langword="null"/> for "still holds".</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ValidityPeriod(DateOnly? start, DateOnly? end)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new ArgumentException($"The period ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The period without bounds.</summary>
    public static ValidityPeriod Always => default;

    /// <summary>The first day, or <see langword="null"/> when open.</summary>
    public DateOnly? Start { get; }

    /// <summary>The last day, or <see langword="null"/> when open.</summary>
    public DateOnly? End { get; }

    /// <summary>Whether neither bound is set.</summary>
    public bool IsAlways => Start is null && End is null;

    /// <summary>Whether the period holds on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <c>Start ≤ date ≤ End</c>, open bounds always satisfied.</returns>
    public bool Contains(DateOnly date) => (Start is null || Start <= date) && (End is null || date <= End);

    /// <summary>Whether the period shares at least one day with [<paramref name="from"/>, <paramref name="to"/>].</summary>
    /// <param name="from">The first day of the window.</param>
    /// <param name="to">The last day of the window.</param>
    /// <returns><see langword="true"/> when the two intervals intersect.</returns>
    public bool Overlaps(DateOnly from, DateOnly to) => (Start is null || Start <= to) && (End is null || from <= End);

    /// <summary>The days that both periods hold on.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The intersection, or <see langword="null"/> when the two periods share no day.</returns>
    public ValidityPeriod? Intersect(ValidityPeriod other)
    {
        DateOnly? start = Start is null ? other.Start : other.Start is null ? Start : Max(Start.Value, other.Start.Value);
        DateOnly? end = End is null ? other.End : other.End is null ? End : Min(End.Value, other.End.Value);
        return start is { } s && end is { } e && e < s ? null : new ValidityPeriod(start, end);
    }

    /// <summary>Formats the period as <c>start..end</c> with ISO dates, an open bound left empty.</summary>
    /// <returns>The period as text.</returns>
    public override string ToString() =>
        IsAlways ? "always" : $"{Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
