using System.Globalization;

namespace KosovoElections.Web.Components.Shared;

/// <summary>Instants are stored in UTC and shown in Kosovo's time (Europe/Belgrade), in the reader's language.</summary>
public static class KosovoTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    public static string Instant(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The time of day in Kosovo, 24-hour clock.</summary>
    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
