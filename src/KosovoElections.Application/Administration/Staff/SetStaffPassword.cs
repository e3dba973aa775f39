using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Staff;

/// <param name="Token">The invitation link's last segment.</param>
public sealed record SetStaffPasswordCommand(string Token, string Password, string Confirmation);

public sealed class SetStaffPasswordValidator : AbstractValidator<SetStaffPasswordCommand>
{
    public const string Mismatch = "SetPassword_Mismatch";

    public SetStaffPasswordValidator()
    {
        RuleFor(c => c.Password).StaffPassword();
        RuleFor(c => c.Confirmation).Equal(c => c.Password).WithMessage(Mismatch);
    }
}

/// <summary>
/// An invited staff member chooses a password through the invitation's link (decision 0014), with the same rules as
/// <c>staff create</c>. The link works once: the password is stored only if the hash is still the one the link was
/// issued for (a conditional UPDATE, so two requests with one link cannot both succeed), and the new hash no longer
/// matches the link's fingerprint. The second factor is enrolled at the first sign-in, as for every account.
/// </summary>
public sealed class SetStaffPassword(
    IElectionsDbFactory dbFactory, StaffInvitations invitations, IPasswordHasher hasher, IAuditLog audit, IValidator<SetStaffPasswordCommand> validator)
{
    /// <summary>Expired, used, forged, or the account was disabled: one answer for all.</summary>
    public const string LinkInvalid = "SetPassword_LinkInvalid";

    /// <summary>Whether the link can still set a password; the page shows its form only then.</summary>
    public async Task<bool> IsUsableAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        return await invitations.FindAsync(db, token, cancellationToken) is not null;
    }

    public async Task<Outcome> HandleAsync(SetStaffPasswordCommand command, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var member = await invitations.FindAsync(db, command.Token, cancellationToken);
        if (member is null)
        {
            return Outcome.Failure(LinkInvalid);
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.From(validation);
        }

        var issuedFor = member.PasswordHash;
        var hash = hasher.Hash(command.Password);
        var stored = await db.Staff.Where(s => s.Id == member.Id && s.PasswordHash == issuedFor)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PasswordHash, hash), cancellationToken);
        if (stored != 1)
        {
            return Outcome.Failure(LinkInvalid);
        }

        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{member.Id}", AuditActions.Staff.PasswordChosen), cancellationToken);
        return Outcome.Success;
    }
}
