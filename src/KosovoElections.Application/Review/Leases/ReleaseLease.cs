using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Review.Queue;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Review.Leases;

/// <summary>
/// A supervisor gives a claimed application back to the queue. <paramref name="Holder"/> is the reviewer the supervisor
/// saw holding it: if the claim has changed hands since, nothing happens, so a stale page never frees someone else's work.
/// </summary>
public sealed record ReleaseLeaseCommand(StaffIdentity Supervisor, Guid ApplicationId, Guid Holder);

public sealed class ReleaseLease(IElectionsDbFactory dbFactory, IAuditLog audit, QueueCounts queueCounts, TimeProvider clock)
{
    public async Task<LeaseChange> HandleAsync(ReleaseLeaseCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Supervisor.May(Permission.ReassignApplications))
        {
            return LeaseChange.NotPermitted;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken);
        if (application is null || !application.IsClaimedBy(command.Holder, now))
        {
            return LeaseChange.NoLongerHeld;
        }

        application.ReleaseReview(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LeaseChange.NoLongerHeld;
        }

        queueCounts.StatusChanged();
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, $"{command.Supervisor.StaffId}", AuditActions.Staff.LeaseReleased, application.Id, $"holder={command.Holder}"),
            cancellationToken);
        return LeaseChange.Released;
    }
}
