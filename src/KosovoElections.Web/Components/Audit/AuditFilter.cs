using System.Globalization;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Web.Components.Shared;
using Microsoft.AspNetCore.Http;

namespace KosovoElections.Web.Components.Audit;

/// <summary>
/// The audit page's filters as they live in the query string, so a search can be bookmarked and paged. Times are
/// typed in Kosovo time, to the minute (a day alone means the whole day); "to" includes the minute or day it names.
/// </summary>
public sealed record AuditFilter(string? Reference, string? Staff, string? Action, string? From, string? To, int Page)
{
    public const string Path = "/office/audit";

    private const int MaxLength = 100;

    public static AuditFilter Parse(string? reference, string? staff, string? action, string? from, string? to, string? page) => new(
        Text(reference),
        Text(staff),
        Text(action),
        Text(from),
        Text(to),
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1);

    /// <summary>Field id → text key of a time that is not one, for the error summary.</summary>
    public IEnumerable<KeyValuePair<string, string>> Problems()
    {
        if (From is not null && Instant(From, end: false) is null)
        {
            yield return new("fromDay", "Audit_TimeInvalid");
        }

        if (To is not null && Instant(To, end: true) is null)
        {
            yield return new("toDay", "Audit_TimeInvalid");
        }
    }

    public AuditSearch ToSearch(StaffIdentity staff) =>
        new(staff, Reference, Staff, Action, From is null ? null : Instant(From, end: false), To is null ? null : Instant(To, end: true), Page);

    /// <summary>This search's address with another page, relative to the site.</summary>
    public string Link(int page)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["reference"] = Reference,
            ["staff"] = Staff,
            ["action"] = Action,
            ["from"] = From,
            ["to"] = To,
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        }.Where(p => p.Value is not null));
        return Path + query.ToUriComponent();
    }

    private static string? Text(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, MaxLength)];
    }

    /// <summary>
    /// "yyyy-MM-ddTHH:mm" or "yyyy-MM-dd" (from the date boxes through FilterDate, or a link) on Kosovo's clock, as UTC; the end of a range
    /// is the minute or day after the one named. Null when malformed or skipped by the change to summer time.
    /// </summary>
    private static DateTime? Instant(string text, bool end)
    {
        DateTime local;
        TimeSpan length;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var minute))
        {
            (local, length) = (minute, TimeSpan.FromMinutes(1));
        }
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            (local, length) = (day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromDays(1));
        }
        else
        {
            return null;
        }

        local = DateTime.SpecifyKind(end ? local + length : local, DateTimeKind.Unspecified);
        return KosovoTime.Zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, KosovoTime.Zone);
    }
}
