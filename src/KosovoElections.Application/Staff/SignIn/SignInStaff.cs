using KosovoElections.Application.Administration.Staff;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Staff.SignIn;

public sealed record SignInStaffCommand(string Email, string Password, string Client);

public enum StaffSignInStatus
{
    /// <summary>Unknown e-mail, wrong password, disabled or locked: one answer for all.</summary>
    Refused,
    NeedsCode,
    NeedsEnrolment,
}

/// <param name="SessionId">The session that reaches only the second factor, when the password was right.</param>
public sealed record StaffSignInResult(StaffSignInStatus Status, string? SessionId = null);

/// <summary>
/// The password step of the staff sign-in. It grants nothing but a 5-minute session that reaches the second factor.
/// An unknown e-mail, a wrong password, a disabled and a locked account get the same answer after the same work: one
/// PBKDF2 verification (of a dummy hash when nobody has the e-mail). Every outcome is audited; the password never is.
/// </summary>
public sealed class SignInStaff(IElectionsDbFactory dbFactory, IPasswordHasher hasher, IAuditLog audit, TimeProvider clock)
{
    private static string? _dummyHash;

    public async Task<StaffSignInResult> HandleAsync(SignInStaffCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = StaffMember.Normalize(command.Email);
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var member = normalized.Length is > 0 and <= 254
            ? await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.NormalizedEmail == normalized, cancellationToken)
            : null;
        if (member is null)
        {
            hasher.Verify(DummyHash(), command.Password);
            await AuditAsync("unknown", AuditActions.Staff.SignInFailed, $"reason=unknown-email email={Typed(normalized)} client={command.Client}", cancellationToken);
            return new StaffSignInResult(StaffSignInStatus.Refused);
        }

        var counted = await StaffLockout.ReserveAsync(db, audit, member.Id, now, command.Client, cancellationToken);

        // An invited member without a password yet costs the same PBKDF2 work, so the time taken does not tell that the account exists.
        var passwordRight = hasher.Verify(member.HasPassword ? member.PasswordHash : DummyHash(), command.Password) && member.HasPassword;
        var actor = $"{member.Id}";
        if (!counted)
        {
            return new StaffSignInResult(StaffSignInStatus.Refused);
        }

        if (!passwordRight || member.IsDisabled)
        {
            await StaffLockout.FailAsync(db, audit, member.Id, now, Entry(actor, AuditActions.Staff.SignInFailed, $"reason={(member.IsDisabled ? "disabled" : "password")} client={command.Client}"), cancellationToken);
            return new StaffSignInResult(StaffSignInStatus.Refused);
        }

        await StaffLockout.GiveBackAsync(db, member.Id, cancellationToken);
        var session = StaffSession.AfterPassword(member.Id, now);
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(actor, AuditActions.Staff.SignInPasswordAccepted, $"client={command.Client}", cancellationToken);
        return new StaffSignInResult(member.HasSecondFactor ? StaffSignInStatus.NeedsCode : StaffSignInStatus.NeedsEnrolment, session.Id);
    }

    private string DummyHash() => _dummyHash ??= hasher.Hash(Convert.ToHexString(Guid.NewGuid().ToByteArray()));

    /// <summary>The typed e-mail, only when it looks like one: a password typed into the wrong field is never recorded.</summary>
    private static string Typed(string normalized) =>
        normalized.Contains('@', StringComparison.Ordinal) && normalized.Length <= 254 && !normalized.Any(char.IsWhiteSpace) ? normalized : "(not-an-email)";

    private Task AuditAsync(string actor, string action, string details, CancellationToken cancellationToken) =>
        audit.AppendAsync(Entry(actor, action, details), cancellationToken);

    private static AuditEntry Entry(string actor, string action, string details) => new(ActorKind.Staff, actor, action, Details: details);
}
