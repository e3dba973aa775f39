using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Sessions;

/// <summary>Who a session belongs to, while it is active.</summary>
public sealed record ApplicantIdentity(string SessionId, string PersonalNumber, Guid ElectionId);

/// <summary>Checks and ends applicant sessions; the cookie is only a pointer to the row kept here.</summary>
public sealed class ApplicantSessions(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The identity behind an active session (and records activity), or null when it ended or expired.</summary>
    public async Task<ApplicantIdentity?> ValidateAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var session = await db.ApplicantSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !session.IsActiveAt(now))
        {
            return null;
        }

        if (session.Touch(now))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApplicantIdentity(session.Id, session.PersonalNumber, session.ElectionId);
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var session = await db.ApplicantSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.EndedAt is not null)
        {
            return;
        }

        session.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(session.PersonalNumber), AuditActions.Applicant.SignOutSucceeded), cancellationToken);
    }
}
