using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.ReturnMethods;

/// <summary>
/// Gives back the mission places of drafts that held one for <see cref="VoterApplication.MissionHoldPeriod"/> without
/// applying, so places go in order of application time (SPEC §1) and a draft nobody sends cannot keep a place from
/// someone who applies. Each release is its own transaction: the application's concurrency token makes a release that
/// races the applicant's APLIKO (or a new choice) give way, and the place is given back in the same transaction.
/// </summary>
public sealed class ReleaseExpiredMissionHolds(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    private const int BatchSize = 100;

    /// <summary>One pass; returns how many places were given back.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> expired;
        await using (var db = await dbFactory.OpenAsync(cancellationToken))
        {
            expired = await db.Applications.AsNoTracking()
                .Where(a => a.MissionHeldUntil != null && a.MissionHeldUntil <= now && a.Status == ApplicationStatus.Draft)
                .OrderBy(a => a.MissionHeldUntil).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
        }

        var released = 0;
        foreach (var id in expired)
        {
            released += await ReleaseAsync(id, now, cancellationToken) ? 1 : 0;
        }

        return released;
    }

    private async Task<bool> ReleaseAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application?.ReleaseExpiredMissionHold(now) is not { } mission)
        {
            return false;
        }

        await ChooseReturnMethod.MovePlaceAsync(db, mission, null, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // The applicant applied or chose again meanwhile; their change stands and the place stays taken.
        }

        await transaction.CommitAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry(ActorKind.System, "mission-hold", AuditActions.System.MissionHoldReleased, application.Id, $"mission={mission}"), cancellationToken);
        return true;
    }
}
