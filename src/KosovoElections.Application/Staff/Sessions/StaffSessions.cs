using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Staff.Sessions;

/// <summary>Who a staff session belongs to, while it is active and the staff member is not disabled.</summary>
public sealed record StaffIdentity(string SessionId, Guid StaffId, string Email, StaffRole Role, bool AwaitingSecondFactor)
{
    /// <summary>Whether this session may do something now: never before the second factor has passed.</summary>
    public bool May(Permission permission) => !AwaitingSecondFactor && Role.Grants(permission);
}

/// <summary>Checks and ends staff sessions; the cookie is only a pointer to the row kept here.</summary>
public sealed class StaffSessions(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The identity behind an active session (and records activity), or null when it ended, expired or the member was disabled.</summary>
    public async Task<StaffIdentity?> ValidateAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var session = await db.StaffSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !session.IsActiveAt(now))
        {
            return null;
        }

        var member = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == session.StaffId, cancellationToken);
        if (member is null || member.IsDisabled)
        {
            return null;
        }

        if (session.Touch(now))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new StaffIdentity(session.Id, member.Id, member.Email, member.Role, session.AwaitingSecondFactor);
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var session = await db.StaffSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.EndedAt is not null)
        {
            return;
        }

        session.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{session.StaffId}", AuditActions.Staff.SignOutSucceeded), cancellationToken);
    }
}
