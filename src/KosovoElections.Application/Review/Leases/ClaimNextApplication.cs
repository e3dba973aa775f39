using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Leases;

[ShownToPeople]
public enum ClaimStatus
{
    Claimed,

    /// <summary>Nothing is waiting for review.</summary>
    QueueEmpty,
    NotPermitted,
}

public sealed record ClaimResult(ClaimStatus Status, string? ReferenceNumber = null, Guid? ApplicationId = null);

/// <summary>
/// "Review next" (SPEC §5): the reviewer's own live lease if they hold one, else the oldest application waiting (or
/// whose lease lapsed), claimed for <see cref="ReviewOptions.Lease"/>. Atomic on every database without locks: the claim
/// is saved against the application's concurrency token, so of two reviewers pressing at the same moment one wins and
/// the other, refused by the token, takes the next one.
/// </summary>
public sealed class ClaimNextApplication(IElectionsDbFactory dbFactory, IAuditLog audit, ReviewOptions options, QueueCounts queueCounts, TimeProvider clock)
{
    /// <summary>Enough for a room of reviewers pressing at once; each lost race moves on to a later application.</summary>
    private const int Attempts = 12;

    public async Task<ClaimResult> HandleAsync(StaffIdentity staff, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.ReviewApplications))
        {
            return new ClaimResult(ClaimStatus.NotPermitted);
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await dbFactory.OpenAsync(cancellationToken);
            var own = await db.Applications.AsNoTracking().HeldBy(staff.StaffId, now)
                .OrderBy(a => a.SubmittedAt).Select(a => new { a.Id, a.ReferenceNumber }).FirstOrDefaultAsync(cancellationToken);
            if (own is not null)
            {
                return new ClaimResult(ClaimStatus.Claimed, own.ReferenceNumber, own.Id);
            }

            // After a lost race, pick among the few oldest so that reviewers pressing together spread out.
            var candidates = await OldestClaimableAsync(db, staff.StaffId, now, attempt, cancellationToken);
            if (candidates.Count == 0)
            {
                return new ClaimResult(ClaimStatus.QueueEmpty);
            }

            var application = candidates[Random.Shared.Next(candidates.Count)];
            application.BeginReview(staff.StaffId, now + options.Lease, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }

            queueCounts.StatusChanged();
            await audit.AppendAsync(
                new AuditEntry(ActorKind.Staff, $"{staff.StaffId}", AuditActions.Staff.ApplicationClaimed, application.Id, $"until={application.ClaimedUntil:O}"),
                cancellationToken);
            return new ClaimResult(ClaimStatus.Claimed, application.ReferenceNumber, application.Id);
        }

        return new ClaimResult(ClaimStatus.QueueEmpty);
    }

    /// <summary>
    /// The <paramref name="count"/> oldest claimable applications. The waiting ones and the lapsed claims are read apart,
    /// each along the (status, submitted at) index so that only the oldest rows are touched: one query with both
    /// conditions would sort every waiting application to find the first. A paper application is never offered to the
    /// staff member who entered it (separation of duties, decision 0016).
    /// </summary>
    private static async Task<List<VoterApplication>> OldestClaimableAsync(IElectionsDb db, Guid staffId, DateTime now, int count, CancellationToken cancellationToken)
    {
        var waiting = await db.Applications.Where(a => a.Status == ApplicationStatus.Submitted && a.EnteredBy != staffId)
            .OrderBy(a => a.SubmittedAt).Take(count).ToListAsync(cancellationToken);
        var lapsed = await db.Applications.Where(a => a.Status == ApplicationStatus.InReview && a.EnteredBy != staffId).Claimable(now)
            .OrderBy(a => a.SubmittedAt).Take(count).ToListAsync(cancellationToken);
        return [.. waiting.Concat(lapsed).OrderBy(a => a.SubmittedAt).Take(count)];
    }
}
