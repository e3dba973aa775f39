using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace KosovoElections.Web.Components.Admin;

/// <summary>
/// A day, for the audit log with an optional time, that a filter of the office reads from its query string: the GOV.UK
/// date boxes its form sends (<c>from.Day</c>, <c>.Month</c>, <c>.Year</c>, <c>.Time</c>), or, from a link the page
/// writes or an address bookmarked before the boxes, one value "2027-03-01" or "2027-03-01T14:30". When any box is
/// filled the boxes win; the boxes show what was given, typed or bookmarked.
/// </summary>
public sealed class FilterDate : KosovoInstantFields
{
    private const string DayFormat = "yyyy-MM-dd";

    private const string MinuteFormat = "yyyy-MM-dd'T'HH:mm";

    private FilterDate()
    {
    }

    /// <summary>
    /// The filter's value in the query string's own form ("2027-03-01", "2027-03-01T14:30"): from the boxes when they
    /// hold a real day (and time), the single value as it came otherwise (the filter decides what a malformed one means);
    /// null when nothing was given or the boxes do not hold a real day.
    /// </summary>
    public string? Value { get; private set; }

    /// <summary>Boxes were filled but do not make a real day, or a time that is not one.</summary>
    public bool Impossible { get; private set; }

    /// <summary>The filter <paramref name="name"/> ("from", "to") of <paramref name="query"/>; its time only <paramref name="withTime"/>.</summary>
    public static FilterDate Read(IQueryCollection query, string name, bool withTime = false) => Read(
        query[name], query[$"{name}.Day"], query[$"{name}.Month"], query[$"{name}.Year"], withTime ? (string?)query[$"{name}.Time"] : null);

    private static FilterDate Read(string? value, string? day, string? month, string? year, string? time)
    {
        if (new[] { day, month, year, time }.Any(box => !string.IsNullOrWhiteSpace(box)))
        {
            var typed = new FilterDate { Day = day?.Trim(), Month = month?.Trim(), Year = year?.Trim(), Time = time?.Trim() };
            var clock = Clock(typed.Time);
            typed.Impossible = typed.Date() is null || (!string.IsNullOrEmpty(typed.Time) && clock is null);
            typed.Value = typed.Date() is { } date && !typed.Impossible ? ValueOf(date, clock) : null;
            return typed;
        }

        var given = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var shown = new FilterDate { Value = given };
        if (DateTime.TryParseExact(given, MinuteFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var minute))
        {
            shown.Show(DateOnly.FromDateTime(minute));
            shown.Time = minute.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
        else if (DateOnly.TryParseExact(given, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var bookmarked))
        {
            shown.Show(bookmarked);
        }

        return shown;
    }

    private static TimeOnly? Clock(string? time) =>
        TimeOnly.TryParseExact(time?.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock) ? clock : null;

    private static string ValueOf(DateOnly date, TimeOnly? clock) => clock is { } c
        ? date.ToDateTime(c).ToString(MinuteFormat, CultureInfo.InvariantCulture)
        : date.ToString(DayFormat, CultureInfo.InvariantCulture);
}
