using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Statistics.Dashboard;

/// <summary>
/// The review's decisions as the audit log recorded them: every decision a staff member made, even one a resubmission
/// or a second review has since replaced on the application (which keeps only its last decision). Each query joins the
/// election's applications and groups in the database.
/// </summary>
internal static class ReviewDecisions
{
    /// <summary>Every decision a reviewer or supervisor makes (<c>DecideApplication</c>'s actions).</summary>
    public static readonly string[] Made =
    [
        AuditActions.Staff.ApplicationApproved, AuditActions.Staff.ApplicationRejected, AuditActions.Staff.RejectionProposed,
        AuditActions.Staff.RejectionConfirmed, AuditActions.Staff.CorrectionRequested,
    ];

    /// <summary>The decisions that take an application out of the backlog; a proposed rejection waits for its second review.</summary>
    public static readonly string[] Settling =
    [
        AuditActions.Staff.ApplicationApproved, AuditActions.Staff.ApplicationRejected, AuditActions.Staff.RejectionConfirmed,
        AuditActions.Staff.CorrectionRequested,
    ];

    /// <summary>Decisions that took one of the election's applications out of the backlog at or after <paramref name="fromUtc"/>.</summary>
    public static Task<int> SettledSinceAsync(IElectionsDb db, Guid electionId, DateTime fromUtc, CancellationToken cancellationToken) =>
        Of(db, electionId, Settling, fromUtc).CountAsync(cancellationToken);

    /// <summary>Kosovo's <paramref name="day"/>: each staff member's decisions per Kosovo hour, by their e-mail.</summary>
    public static async Task<IReadOnlyList<ReviewerDecisions>> OnDayAsync(IElectionsDb db, Guid electionId, DateOnly day, CancellationToken cancellationToken)
    {
        var (from, to) = (KosovoCalendar.StartOf(day), KosovoCalendar.StartOf(day.AddDays(1)));
        // By UTC date and hour, which both providers translate; Kosovo's offset is whole hours.
        var rows = await Of(db, electionId, Made, from).Where(e => e.OccurredAt < to)
            .GroupBy(e => new { e.Actor, e.OccurredAt.Date, e.OccurredAt.Hour })
            .Select(g => new { g.Key.Actor, g.Key.Date, g.Key.Hour, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => StaffIdOf(r.Actor)).OfType<Guid>().Distinct().ToList();
        var emails = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Email, cancellationToken);
        string NameOf(string actor) => StaffIdOf(actor) is { } id && emails.TryGetValue(id, out var email) ? email : actor;
        return [.. rows
            .GroupBy(r => NameOf(r.Actor))
            .Select(reviewer => new ReviewerDecisions(reviewer.Key, [.. reviewer
                .GroupBy(r => KosovoCalendar.HourOf(KosovoCalendar.UtcHour(r.Date, r.Hour)))
                .Select(h => new KeyedCount<int>(h.Key, h.Sum(r => r.Count)))
                .OrderBy(h => h.Key)]))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Reviewer, StringComparer.Ordinal)];
    }

    private static Guid? StaffIdOf(string actor) => Guid.TryParse(actor, out var id) ? id : null;

    private static IQueryable<AuditEvent> Of(IElectionsDb db, Guid electionId, string[] actions, DateTime fromUtc) =>
        from e in db.AuditEvents.AsNoTracking()
        join a in db.Applications on e.ApplicationId equals a.Id
        where a.ElectionId == electionId && e.ActorKind == ActorKind.Staff && actions.Contains(e.Action) && e.OccurredAt >= fromUtc
        select e;
}
