using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Staff.SignIn;

/// <summary>The key to type or scan into an authenticator app: as Base32 text and as the otpauth:// URI of the QR code.</summary>
public sealed record AuthenticatorKey(string Base32Key, string KeyUri);

/// <summary>
/// The first sign-in of a staff member forces enrolment: a random 160-bit key, kept encrypted, shown until a code
/// from the app confirms it (<see cref="VerifyStaffCode"/>). Reloading the page shows the same key.
/// </summary>
public sealed class AuthenticatorEnrolment(IElectionsDbFactory dbFactory, IAuthenticatorKeyProtector protector, IAuditLog audit, TimeProvider clock)
{
    public const string Issuer = "KQZ Kosovo";

    /// <summary>The key to enrol, or null when the session is not awaiting a second factor or the member is already enrolled.</summary>
    public async Task<AuthenticatorKey?> GetOrStartAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var member = (await PendingSecondFactor.FindAsync(db, sessionId, clock.GetUtcNow().UtcDateTime, cancellationToken))?.Member;
        if (member is null || member.HasSecondFactor)
        {
            return null;
        }

        byte[] secret;
        if (member.TotpSecret is { } kept)
        {
            secret = protector.Unprotect(kept);
        }
        else
        {
            secret = Totp.NewSecret();
            member.BeginEnrolment(protector.Protect(secret));
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{member.Id}", AuditActions.Staff.TotpEnrolmentStarted), cancellationToken);
        }

        return new AuthenticatorKey(Base32.Encode(secret), Totp.KeyUri(Issuer, member.Email, secret));
    }
}

/// <summary>A session that passed the password and awaits the second factor, and its (enabled) staff member; both tracked.</summary>
internal sealed record PendingSecondFactor(StaffSession Session, StaffMember Member)
{
    public static async Task<PendingSecondFactor?> FindAsync(IElectionsDb db, string sessionId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var session = await db.StaffSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !session.AwaitingSecondFactor || !session.IsActiveAt(nowUtc))
        {
            return null;
        }

        var member = await db.Staff.FirstOrDefaultAsync(s => s.Id == session.StaffId, cancellationToken);
        return member is { IsDisabled: false } ? new PendingSecondFactor(session, member) : null;
    }
}
