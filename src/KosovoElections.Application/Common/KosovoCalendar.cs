namespace KosovoElections.Application.Common;

/// <summary>Kosovo's days (Europe/Belgrade) for rules that count in dates, such as a postmark's.</summary>
public static class KosovoCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    /// <summary>The day it is in Kosovo at <paramref name="utc"/>.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone));

    /// <summary>The instant (UTC) Kosovo's <paramref name="day"/> begins.</summary>
    public static DateTime StartOf(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);
}
