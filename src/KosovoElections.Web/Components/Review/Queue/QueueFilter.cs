using System.Globalization;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Web.Components.Shared;
using Microsoft.AspNetCore.Http;

namespace KosovoElections.Web.Components.Review.Queue;

/// <summary>
/// The queue's filters as they live in the query string, so that a filtered view can be bookmarked and the back button
/// works. A value that is not one of the choices is ignored (it never reaches the query); dates are days in Kosovo time.
/// </summary>
public sealed record QueueFilter(
    ApplicationStatus? Status,
    string? Country,
    int? Municipality,
    ReturnMethod? Method,
    FlagKind? Flag,
    DateOnly? From,
    DateOnly? To,
    int Page,
    ApplicationChannel? Channel = null)
{
    public const string Path = "/office/queue";

    public static QueueFilter Parse(string? status, string? country, string? municipality, string? method, string? flag, string? from, string? to, string? page, string? channel = null) => new(
        Named<ApplicationStatus>(status) is { } s && s != ApplicationStatus.Draft ? s : null,
        country is { Length: 2 } && country.All(char.IsAsciiLetterUpper) ? country : null,
        int.TryParse(municipality, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null,
        Named<ReturnMethod>(method),
        Named<FlagKind>(flag),
        Day(from),
        Day(to),
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        Named<ApplicationChannel>(channel));

    public ReviewQueueQuery ToQuery(StaffIdentity staff) =>
        new(staff, Status, Country, Municipality, Method, Flag, StartUtc(From), StartUtc(To?.AddDays(1)), Page, Channel);

    /// <summary>This view's address with some values changed (a status link, a page), relative to the site.</summary>
    public string Link(QueueFilter? changed = null)
    {
        var f = changed ?? this;
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = f.Status?.ToString(),
            ["country"] = f.Country,
            ["municipality"] = f.Municipality?.ToString(CultureInfo.InvariantCulture),
            ["method"] = f.Method?.ToString(),
            ["flag"] = f.Flag?.ToString(),
            ["from"] = f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["page"] = f.Page > 1 ? f.Page.ToString(CultureInfo.InvariantCulture) : null,
            ["channel"] = f.Channel?.ToString(),
        }.Where(p => p.Value is not null));
        return Path + query.ToUriComponent();
    }

    /// <summary>Only a value's exact name: never a number, a different case or a comma-joined combination.</summary>
    private static TEnum? Named<TEnum>(string? text)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal) ? Enum.Parse<TEnum>(text!) : null;

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The instant a day starts in Kosovo.</summary>
    private static DateTime? StartUtc(DateOnly? day) =>
        day is { } d ? TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), KosovoTime.Zone) : null;
}
