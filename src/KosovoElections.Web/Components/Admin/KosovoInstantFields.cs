using System.Globalization;
using KosovoElections.Web.Components.Shared;

namespace KosovoElections.Web.Components.Admin;

/// <summary>
/// A day, and for an instant a time on the 24-hour clock, as an admin types them in Kosovo time (GOV.UK's date input:
/// a box each for day, month and year). The browser's own date pickers were left out: they show the computer's
/// formats (month first, AM/PM), not Kosovo's.
/// </summary>
public class KosovoInstantFields
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>"23:59"; a dot is taken too, as people in Kosovo often write it.</summary>
    public string? Time { get; set; }

    /// <summary>The date typed, or null when missing or not a day of the calendar.</summary>
    public DateOnly? Date()
    {
        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>The date and time on Kosovo's clock as UTC; null when missing, malformed or skipped by the change to summer time.</summary>
    public DateTime? Utc()
    {
        if (Date() is not { } date
            || !TimeOnly.TryParseExact(Time?.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return null;
        }

        var local = date.ToDateTime(clock, DateTimeKind.Unspecified);
        return KosovoTime.Zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, KosovoTime.Zone);
    }

    /// <summary>Fills the boxes with <paramref name="utc"/> on Kosovo's clock.</summary>
    public void Show(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), KosovoTime.Zone);
        Show(DateOnly.FromDateTime(local));
        Time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    public void Show(DateOnly day)
    {
        Day = day.Day.ToString(CultureInfo.InvariantCulture);
        Month = day.Month.ToString(CultureInfo.InvariantCulture);
        Year = day.Year.ToString(CultureInfo.InvariantCulture);
    }
}
