using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.Sessions;

/// <summary>Who a session belongs to, while it is active.</summary>
public sealed record ApplicantIdentity(string SessionId, string PersonalNumber, Guid ElectionId)
{
    /// <summary>When the session ends without further activity (UTC), as of the check that found it: what the idle warning counts down to.</summary>
    public DateTime EndsAt { get; init; }
}

/// <summary>Checks and ends applicant sessions; the cookie is only a pointer to the row kept here.</summary>
public sealed class ApplicantSessions(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The identity behind an active session (and records activity), or null when it ended or expired.</summary>
    public Task<ApplicantIdentity?> ValidateAsync(string sessionId, CancellationToken cancellationToken = default) =>
        CheckAsync(sessionId, recordActivity: true, cancellationToken);

    /// <summary>
    /// The identity behind an active session, or null; records activity only when <paramref name="recordActivity"/>, so
    /// that what merely looks at a session (an open page's periodic re-check, the idle warning asking how long is left)
    /// never keeps an idle one alive (T-SES-01).
    /// </summary>
    public async Task<ApplicantIdentity?> CheckAsync(string sessionId, bool recordActivity, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var session = await db.ApplicantSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !session.IsActiveAt(now))
        {
            return null;
        }

        if (recordActivity && session.Touch(now))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApplicantIdentity(session.Id, session.PersonalNumber, session.ElectionId) { EndsAt = session.EndsAt };
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
