using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Statistics.Dashboard;

/// <summary>
/// The dashboard of supervisors and admins (issue 14): the exact figures of the election open now or the last one
/// opened (as the public statistics and the exports choose it), as the saves keep them (docs/decisions/0020), and the
/// reviewers' decisions from the audit log. Aggregates only, so reading them is not audited (decision 0018).
/// </summary>
public sealed class GetDashboard(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    public async Task<DashboardResult> HandleAsync(StaffIdentity staff, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.ViewStatistics))
        {
            return new(DashboardStatus.NotAllowed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await db.ForFiguresAsync(now, cancellationToken) is not { } election)
        {
            return new(DashboardStatus.NoElection);
        }

        // The kept counts and the audit log's two reads are independent: each on a connection of its own, at the same
        // time, so the page waits for the longest of them rather than for their sum (docs/performance.md, "Dashboard").
        var from = BacklogProjection.WindowStart(election.OpensAt, now);
        var reading = ReadAsync(d => ApplicationCounts.ReadAsync(d, election.Id, cancellationToken), cancellationToken);
        var countingToday = ReadAsync(d => ReviewDecisions.OnDayAsync(d, election.Id, KosovoCalendar.DayOf(now), cancellationToken), cancellationToken);
        var countingSettled = ReadAsync(d => ReviewDecisions.SettledSinceAsync(d, election.Id, from, cancellationToken), cancellationToken);
        await Task.WhenAll(reading, countingToday, countingSettled);
        var (counts, decisionsToday, settled) = (await reading, await countingToday, await countingSettled);

        var byStatus = counts.ByStatus;
        var byMunicipality = counts.ByMunicipality;
        var backlog = DashboardFigures.Undecided.Sum(s => byStatus.GetValueOrDefault(s));
        var municipalityIds = byMunicipality.Keys.ToList();
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => municipalityIds.Contains(m.Id)).ToListAsync(cancellationToken);
        return new(DashboardStatus.Ready, new DashboardFigures(
            election.Names,
            election.ClosesAt,
            now,
            counts.Daily,
            [.. DashboardFigures.Statuses.Select(s => new KeyedCount<ApplicationStatus>(s, byStatus.GetValueOrDefault(s)))],
            Largest(counts.ByCountry.Select(c => (c.Key, c.Value)), c => c),
            Largest(municipalities.Select(m => (m, byMunicipality[m.Id])), m => m.NameSq),
            [.. counts.ByReturnMethod.OrderBy(m => m.Key).Select(m => new KeyedCount<ReturnMethod>(m.Key, m.Value))],
            decisionsToday,
            BacklogProjection.Compute(backlog, counts.SentSince(from), settled, from, now, election.ClosesAt)));
    }

    private async Task<T> ReadAsync<T>(Func<IElectionsDb, Task<T>> query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        return await query(db);
    }

    private static KeyedCount<TKey>[] Largest<TKey>(IEnumerable<(TKey Key, int Count)> counts, Func<TKey, string> name) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => name(c.Key), StringComparer.Ordinal).Select(c => new KeyedCount<TKey>(c.Key, c.Count))];
}
