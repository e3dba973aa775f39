using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Staff.SignIn;

public sealed record VerifyStaffCodeCommand(string SessionId, string Code, string Client);

public enum StaffCodeStatus
{
    Accepted,
    WrongCode,

    /// <summary>Too many failures: the half-open session is ended and the account locked.</summary>
    Locked,

    /// <summary>No session awaits a second factor (never opened, older than 5 minutes, signed out, disabled).</summary>
    Expired,
}

/// <param name="SessionId">The new, fully signed-in session.</param>
/// <param name="RecoveryCodes">After enrolment only: the ten one-time codes, to be shown once.</param>
public sealed record StaffCodeResult(StaffCodeStatus Status, string? SessionId = null, IReadOnlyList<string>? RecoveryCodes = null);

/// <summary>
/// The second factor: a TOTP code (±1 step, each step once, enforced by a conditional UPDATE of the last accepted
/// step) or, once enrolled, an unused recovery code. Failures count towards the same lockout as passwords. On success
/// the half-open session is replaced by a new one, so its id never becomes a signed-in session's id.
/// </summary>
public sealed class VerifyStaffCode(IElectionsDbFactory dbFactory, IAuthenticatorKeyProtector protector, IAuditLog audit, TimeProvider clock)
{
    public async Task<StaffCodeResult> HandleAsync(VerifyStaffCodeCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await PendingSecondFactor.FindAsync(db, command.SessionId, now, cancellationToken) is not { Member.TotpSecret: not null } pending)
        {
            return new StaffCodeResult(StaffCodeStatus.Expired);
        }

        var (session, member) = (pending.Session, pending.Member);
        var actor = $"{member.Id}";
        if (!await StaffLockout.ReserveAsync(db, audit, member.Id, now, command.Client, cancellationToken))
        {
            await EndAsync(db, session, now, cancellationToken);
            return new StaffCodeResult(StaffCodeStatus.Locked);
        }

        var factor = await CheckAsync(db, member, command.Code, now, cancellationToken);
        if (factor is null)
        {
            var failure = new AuditEntry(ActorKind.Staff, actor, AuditActions.Staff.SignInCodeFailed, Details: $"client={command.Client}");
            if (!await StaffLockout.FailAsync(db, audit, member.Id, now, failure, cancellationToken))
            {
                return new StaffCodeResult(StaffCodeStatus.WrongCode);
            }

            await EndAsync(db, session, now, cancellationToken);
            return new StaffCodeResult(StaffCodeStatus.Locked);
        }

        await StaffLockout.ClearAsync(db, member.Id, cancellationToken);
        var recoveryCodes = member.HasSecondFactor ? null : await RecoveryCodes.ReplaceAsync(db, member.Id, cancellationToken);
        member.ConfirmEnrolment(now);
        session.End(now);
        var signedIn = StaffSession.SignedIn(member.Id, now);
        db.StaffSessions.Add(signedIn);
        await db.SaveChangesAsync(cancellationToken);
        if (recoveryCodes is not null)
        {
            await AuditAsync(actor, AuditActions.Staff.TotpEnrolled, $"recovery-codes={recoveryCodes.Count}", cancellationToken);
        }

        await AuditAsync(actor, AuditActions.Staff.SignInSucceeded, $"second-factor={factor} client={command.Client}", cancellationToken);
        return new StaffCodeResult(StaffCodeStatus.Accepted, signedIn.Id, recoveryCodes);
    }

    /// <summary>Which factor the typed code proved ("totp" or "recovery-code"), or null; a proved code is used up here.</summary>
    private async Task<string?> CheckAsync(IElectionsDb db, StaffMember member, string code, DateTime now, CancellationToken cancellationToken)
    {
        var step = Totp.Match(protector.Unprotect(member.TotpSecret!), code, now, member.LastTotpStep);
        if (step is { } accepted)
        {
            var first = await db.Staff.Where(s => s.Id == member.Id && (s.LastTotpStep == null || s.LastTotpStep < accepted))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastTotpStep, accepted), cancellationToken);
            return first == 1 ? "totp" : null;
        }

        return member.HasSecondFactor && await RecoveryCodes.UseAsync(db, member.Id, code, now, cancellationToken) ? "recovery-code" : null;
    }

    private static async Task EndAsync(IElectionsDb db, StaffSession session, DateTime now, CancellationToken cancellationToken)
    {
        session.End(now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task AuditAsync(string actor, string action, string details, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Staff, actor, action, Details: details), cancellationToken);
}
