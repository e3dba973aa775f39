using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.SecondReview;

/// <summary>A rejection waiting for a supervisor: who proposed it, when, and why.</summary>
public sealed record PendingRejection(Guid ApplicationId, string ReferenceNumber, DateTime ProposedAt, Guid ProposedBy, string ProposerEmail, IReadOnlyList<DecisionReason> Reasons);

/// <summary>The supervisors' queue (SPEC §5): pending rejections, the oldest proposal first. Null when not permitted.</summary>
public sealed class GetSecondReviewQueue(IElectionsDbFactory dbFactory)
{
    private const int PageSize = 200;

    public async Task<IReadOnlyList<PendingRejection>?> HandleAsync(StaffIdentity staff, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.SecondReview))
        {
            return null;
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var pending = await db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.RejectionPending)
            .OrderBy(a => a.DecidedAt).ThenBy(a => a.Id)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var proposers = pending.Select(a => a.DecidedBy).OfType<Guid>().Distinct().ToList();
        var emails = await db.Staff.AsNoTracking().Where(s => proposers.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Email, cancellationToken);
        return pending.Select(a => new PendingRejection(
            a.Id, a.ReferenceNumber ?? string.Empty, a.DecidedAt ?? a.UpdatedAt, a.DecidedBy ?? Guid.Empty,
            a.DecidedBy is { } by && emails.TryGetValue(by, out var email) ? email : string.Empty, a.Reasons)).ToList();
    }
}
