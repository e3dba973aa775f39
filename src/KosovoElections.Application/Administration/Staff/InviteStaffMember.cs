using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Staff;

/// <param name="Language">The letter's language (sq, sr-Latn or en): the member has none yet, so the admin chooses.</param>
/// <param name="SiteAddress">The site's address as the admin reached it, which the set-password link starts with.</param>
public sealed record InviteStaffMemberCommand(StaffIdentity Admin, string Email, StaffRole Role, string Language, string SiteAddress);

public sealed class InviteStaffMemberValidator : AbstractValidator<InviteStaffMemberCommand>
{
    public InviteStaffMemberValidator()
    {
        RuleFor(c => c.Email).StaffEmail();
        RuleFor(c => c.Role).KnownRole();
    }
}

/// <summary>
/// An admin invites a colleague (issue 14): the account is created without a password and a letter with a single-use
/// set-password link valid 48 hours goes out through the outbox in the same save, so an account never exists without its
/// letter. While the member has not set a password, <see cref="ResendAsync"/> sends a new link.
/// </summary>
public sealed class InviteStaffMember(
    IElectionsDbFactory dbFactory, StaffInvitations invitations, IAuditLog audit, TimeProvider clock, IValidator<InviteStaffMemberCommand> validator)
{
    public const string NotPermitted = "StaffAdmin_NotPermitted";
    public const string NotInvitable = "StaffAdmin_NotInvitable";

    public async Task<Outcome<StaffMember>> HandleAsync(InviteStaffMemberCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Admin.May(Permission.ManageStaff))
        {
            return Outcome<StaffMember>.Failure(NotPermitted);
        }

        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<StaffMember>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await CreateStaffMember.IsTakenAsync(db, command.Email, cancellationToken))
        {
            return Outcome<StaffMember>.Failure(CreateStaffMember.EmailTaken, command.Email.Trim());
        }

        var member = StaffMember.Invite(command.Email.Trim(), command.Role, clock.GetUtcNow().UtcDateTime);
        db.Staff.Add(member);
        invitations.Enqueue(db, member, command.Language, command.SiteAddress);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on the e-mail: another admin invited the same address at the same moment.
            return Outcome<StaffMember>.Failure(CreateStaffMember.EmailTaken, command.Email.Trim());
        }

        await AuditAsync(command.Admin, AuditActions.Administration.StaffInvited, member, cancellationToken);
        return Outcome<StaffMember>.Ok(member);
    }

    /// <summary>A new link for a member who has not set a password yet (and is not disabled).</summary>
    public async Task<Outcome> ResendAsync(StaffIdentity admin, Guid staffId, string language, string siteAddress, CancellationToken cancellationToken = default)
    {
        if (!admin.May(Permission.ManageStaff))
        {
            return Outcome.Failure(NotPermitted);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var member = await db.Staff.FirstOrDefaultAsync(s => s.Id == staffId, cancellationToken);
        if (member is not { HasPassword: false, IsDisabled: false })
        {
            return Outcome.Failure(NotInvitable);
        }

        invitations.Enqueue(db, member, language, siteAddress);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(admin, AuditActions.Administration.StaffReinvited, member, cancellationToken);
        return Outcome.Success;
    }

    // Staff e-mails are work addresses, not applicants' personal data: the audit names the member by id and e-mail.
    private Task AuditAsync(StaffIdentity admin, string action, StaffMember member, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{admin.StaffId}", action, Details: $"{member.Id} email={member.Email} role={member.Role}"), cancellationToken);
}
