namespace KosovoElections.Application.Common;

/// <summary>Kosovo's days (Europe/Belgrade) for rules that count in dates, such as a postmark's.</summary>
public static class KosovoCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    /// <summary>The day it is in Kosovo at <paramref name="utc"/>.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone));

    /// <summary>
    /// The instant a UTC date and hour begins: the hours the figures are kept in, and the date and hour the audit log's
    /// GROUP BY returns (both providers translate a date and an hour, unlike a time zone); Kosovo's offset is whole
    /// hours, so each UTC hour falls in one Kosovo hour.
    /// </summary>
    public static DateTime UtcHour(DateTime utcDate, int utcHour) => DateTime.SpecifyKind(utcDate.Date.AddHours(utcHour), DateTimeKind.Utc);

    /// <summary>The hour of the day it is in Kosovo at <paramref name="utc"/>.</summary>
    public static int HourOf(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone).Hour;

    /// <summary>The instant (UTC) Kosovo's <paramref name="day"/> begins.</summary>
    public static DateTime StartOf(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);
}
