using System.Globalization;

namespace KosovoElections.Application.Common;

/// <summary>A date typed into GOV.UK's three boxes (day, month, year), read the one way every form reads it.</summary>
public static class TypedDate
{
    /// <summary>The date, or null when a box is empty, not a number, or the three do not make a day of the calendar.</summary>
    public static DateOnly? Of(string? day, string? month, string? year) =>
        int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>True when all three boxes have something in them.</summary>
    public static bool IsFilled(string? day, string? month, string? year) =>
        !string.IsNullOrWhiteSpace(day) && !string.IsNullOrWhiteSpace(month) && !string.IsNullOrWhiteSpace(year);
}
