using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Leases;

/// <summary>A live claim: which application, who holds it, until when.</summary>
public sealed record LeaseRow(Guid ApplicationId, string ReferenceNumber, Guid ReviewerId, string ReviewerEmail, DateTime Until);

/// <summary>Someone a claim can be handed to: an active staff member whose role reviews applications.</summary>
public sealed record Reviewer(Guid Id, string Email);

public sealed record LiveLeases(IReadOnlyList<LeaseRow> Leases, IReadOnlyList<Reviewer> Reviewers);

/// <summary>The supervisor's view of the leases (SPEC §5): every claim that still holds, the oldest application first.</summary>
public sealed class GetLeases(IElectionsDbFactory dbFactory, TimeProvider clock)
{
    public async Task<Outcome<LiveLeases>> HandleAsync(StaffIdentity staff, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.ReassignApplications))
        {
            return Outcome<LiveLeases>.Failure(TextKey.For(LeaseChange.NotPermitted));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var leases = await (
                from a in db.Applications.AsNoTracking()
                where a.Status == ApplicationStatus.InReview && a.ClaimedBy != null && a.ClaimedUntil > now
                join s in db.Staff on a.ClaimedBy equals s.Id
                orderby a.SubmittedAt
                select new LeaseRow(a.Id, a.ReferenceNumber!, s.Id, s.Email, a.ClaimedUntil!.Value))
            .ToListAsync(cancellationToken);
        return Outcome<LiveLeases>.Ok(new LiveLeases(leases, await ReviewersAsync(db, cancellationToken)));
    }

    /// <summary>The staff members a claim may go to.</summary>
    internal static async Task<List<Reviewer>> ReviewersAsync(IElectionsDb db, CancellationToken cancellationToken)
    {
        var roles = Enum.GetValues<StaffRole>().Where(r => r.Grants(Permission.ReviewApplications)).ToList();
        return await db.Staff.AsNoTracking()
            .Where(s => !s.IsDisabled && roles.Contains(s.Role))
            .OrderBy(s => s.Email)
            .Select(s => new Reviewer(s.Id, s.Email))
            .ToListAsync(cancellationToken);
    }
}
