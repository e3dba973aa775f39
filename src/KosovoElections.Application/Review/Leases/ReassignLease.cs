using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Leases;

/// <summary>
/// A supervisor hands a claimed application from <paramref name="Holder"/> to <paramref name="To"/>, an active reviewer or
/// supervisor, with a fresh lease. The application's version changes, so the first reviewer's open decision is refused.
/// </summary>
public sealed record ReassignLeaseCommand(StaffIdentity Supervisor, Guid ApplicationId, Guid Holder, Guid To);

public sealed class ReassignLease(IElectionsDbFactory dbFactory, IAuditLog audit, ReviewOptions options, TimeProvider clock)
{
    public async Task<LeaseChange> HandleAsync(ReassignLeaseCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Supervisor.May(Permission.ReassignApplications))
        {
            return LeaseChange.NotPermitted;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var to = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.To, cancellationToken);
        if (to is null || to.IsDisabled || !to.Role.Grants(Permission.ReviewApplications))
        {
            return LeaseChange.NotAReviewer;
        }

        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken);
        if (application is null || !application.IsClaimedBy(command.Holder, now))
        {
            return LeaseChange.NoLongerHeld;
        }

        application.Reassign(to.Id, now + options.Lease, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LeaseChange.NoLongerHeld;
        }

        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, $"{command.Supervisor.StaffId}", AuditActions.Staff.LeaseReassigned, application.Id, $"from={command.Holder} to={to.Id}"),
            cancellationToken);
        return LeaseChange.Reassigned;
    }
}
