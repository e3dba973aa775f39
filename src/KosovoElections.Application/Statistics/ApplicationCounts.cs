using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Statistics;

/// <summary>
/// Applications sent on, approved on and rejected on one day in Kosovo, and those sent that day by how they arrived
/// (issue 15: a paper application counts on the day it was entered, when it joined the queue).
/// </summary>
public sealed record DailyCount(DateOnly Day, int Submitted, int Approved, int Rejected, IReadOnlyDictionary<ApplicationChannel, int> SubmittedBy)
{
    public int SubmittedVia(ApplicationChannel channel) => SubmittedBy.GetValueOrDefault(channel);
}

/// <summary>Applications of one key (a channel, a status) in one UTC date and hour.</summary>
internal sealed record HourlyCount<TKey>(DateTime Date, int Hour, TKey Key, int Count);

/// <summary>Sent applications of one status, return method and country (null without an address), and how many of them were sent lately.</summary>
internal sealed record ApplicationTally(ApplicationStatus Status, ReturnMethod? ReturnMethod, string? Country, int Count, int SentLately);

/// <summary>
/// The exact counts of one election's sent applications (drafts are not applications yet), each one GROUP BY that both
/// providers translate. Exact: the public page protects them (<see cref="SmallCounts"/>), the admins' export does not.
/// </summary>
internal static class ApplicationCounts
{
    /// <summary>Sent applications by status; a rejection awaiting its second review still counts as in review, as its applicant sees it.</summary>
    public static async Task<Dictionary<ApplicationStatus, int>> ByStatusAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken)
    {
        var rows = await Sent(db, electionId).GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key == ApplicationStatus.RejectionPending ? ApplicationStatus.InReview : r.Key)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
    }

    /// <summary>
    /// Sent applications by status (a pending rejection on its own), return method and country at once, each with how
    /// many were sent at or after <paramref name="sentFrom"/>: one pass over the election's applications where the
    /// separate counts would take four (the dashboard's).
    /// </summary>
    public static async Task<IReadOnlyList<ApplicationTally>> TallyAsync(IElectionsDb db, Guid electionId, DateTime sentFrom, CancellationToken cancellationToken) =>
        await Sent(db, electionId)
            .GroupBy(a => new { a.Status, a.ReturnMethod, Country = a.Address!.CountryCode })
            .Select(g => new ApplicationTally(g.Key.Status, g.Key.ReturnMethod, g.Key.Country, g.Count(), g.Count(a => a.SubmittedAt >= sentFrom)))
            .ToListAsync(cancellationToken);

    /// <summary>Sent applications by how they arrived: online, by post, by e-mail (issue 15).</summary>
    public static async Task<Dictionary<ApplicationChannel, int>> ByChannelAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken)
    {
        var rows = await Sent(db, electionId).GroupBy(a => a.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.Count);
    }

    /// <summary>Sent applications by the country of the address abroad (ISO code).</summary>
    public static async Task<Dictionary<string, int>> ByCountryAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken)
    {
        var rows = await Sent(db, electionId).Where(a => a.Address != null)
            .GroupBy(a => a.Address!.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// Sent applications by the applicant's municipality in the civil registry when the application was started (kept on
    /// the application, so that counting needs no join with a registry of every citizen).
    /// </summary>
    public static async Task<Dictionary<int, int>> ByMunicipalityAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken)
    {
        var rows = await Sent(db, electionId).Where(a => a.MunicipalityId != null)
            .GroupBy(a => a.MunicipalityId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.Count);
    }

    /// <summary>
    /// Per day in Kosovo: applications sent (in all and by channel), approved and rejected. The database groups by UTC
    /// date and hour (which both providers translate, unlike a time zone); Kosovo's offset is whole hours, so each UTC
    /// hour falls in one Kosovo day.
    /// </summary>
    public static async Task<IReadOnlyList<DailyCount>> DailyAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken) =>
        Daily(await SentHourlyAsync(db, electionId, cancellationToken), await DecidedHourlyAsync(db, electionId, cancellationToken));

    /// <summary>The election's sent applications per UTC date, hour and channel: the first half of <see cref="DailyAsync"/>.</summary>
    public static async Task<IReadOnlyList<HourlyCount<ApplicationChannel>>> SentHourlyAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken) =>
        await Sent(db, electionId).GroupBy(a => new { a.SubmittedAt!.Value.Date, a.SubmittedAt!.Value.Hour, a.Channel })
            .Select(g => new HourlyCount<ApplicationChannel>(g.Key.Date, g.Key.Hour, g.Key.Channel, g.Count())).ToListAsync(cancellationToken);

    /// <summary>The election's approvals and rejections per UTC date and hour of the decision: the second half of <see cref="DailyAsync"/>.</summary>
    public static async Task<IReadOnlyList<HourlyCount<ApplicationStatus>>> DecidedHourlyAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken) =>
        await Sent(db, electionId).Where(a => a.DecidedAt != null && (a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.Rejected))
            .GroupBy(a => new { a.Status, a.DecidedAt!.Value.Date, a.DecidedAt!.Value.Hour })
            .Select(g => new HourlyCount<ApplicationStatus>(g.Key.Date, g.Key.Hour, g.Key.Status, g.Count())).ToListAsync(cancellationToken);

    /// <summary>The two hourly counts as days in Kosovo.</summary>
    public static IReadOnlyList<DailyCount> Daily(IEnumerable<HourlyCount<ApplicationChannel>> sent, IEnumerable<HourlyCount<ApplicationStatus>> decided)
    {
        var days = new SortedDictionary<DateOnly, (int Submitted, int Approved, int Rejected)>();
        var byChannel = new Dictionary<DateOnly, Dictionary<ApplicationChannel, int>>();
        foreach (var row in sent)
        {
            var day = KosovoCalendar.DayOf(KosovoCalendar.UtcHour(row.Date, row.Hour));
            days[day] = days.GetValueOrDefault(day) with { Submitted = days.GetValueOrDefault(day).Submitted + row.Count };
            var channels = byChannel.TryGetValue(day, out var found) ? found : byChannel[day] = [];
            channels[row.Key] = channels.GetValueOrDefault(row.Key) + row.Count;
        }

        foreach (var row in decided)
        {
            var day = KosovoCalendar.DayOf(KosovoCalendar.UtcHour(row.Date, row.Hour));
            var counts = days.GetValueOrDefault(day);
            days[day] = row.Key == ApplicationStatus.Approved
                ? counts with { Approved = counts.Approved + row.Count }
                : counts with { Rejected = counts.Rejected + row.Count };
        }

        return [.. days.Select(d => new DailyCount(
            d.Key, d.Value.Submitted, d.Value.Approved, d.Value.Rejected, byChannel.GetValueOrDefault(d.Key) ?? new Dictionary<ApplicationChannel, int>()))];
    }

    private static IQueryable<VoterApplication> Sent(IElectionsDb db, Guid electionId) =>
        db.Applications.AsNoTracking().Where(a => a.ElectionId == electionId && a.SubmittedAt != null);
}
