using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Leases;

/// <summary>
/// The reviewer's open review page keeps its lease alive while they work; when they leave, nothing renews it and it
/// lapses. False when the lease is no longer theirs (it lapsed and someone else claimed it, or a supervisor released
/// or reassigned it): the page must say so instead of letting them decide.
/// </summary>
public sealed class RenewLease(IElectionsDbFactory dbFactory, ReviewOptions options, TimeProvider clock)
{
    public async Task<bool> HandleAsync(StaffIdentity staff, Guid applicationId, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.ReviewApplications))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !application.IsClaimedBy(staff.StaffId, now))
        {
            return false;
        }

        application.RenewLease(staff.StaffId, now + options.Lease, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
