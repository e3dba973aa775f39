using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Staff;

public sealed record CreateStaffMemberCommand(string Email, StaffRole Role, string Password, string Actor);

/// <summary>Messages are text keys (<see cref="TextMessage"/>); a message with values in it gets them from the failure's state.</summary>
public sealed class CreateStaffMemberValidator : AbstractValidator<CreateStaffMemberCommand>
{
    public CreateStaffMemberValidator()
    {
        RuleFor(c => c.Email).StaffEmail();
        RuleFor(c => c.Role).KnownRole();
        RuleFor(c => c.Password).StaffPassword();
    }
}

/// <summary>Hashes staff passwords; the implementation is ASP.NET Core Identity's PBKDF2 hasher.</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);
}

public sealed class CreateStaffMember(IElectionsDbFactory dbFactory, IPasswordHasher hasher, IAuditLog audit, TimeProvider clock, IValidator<CreateStaffMemberCommand> validator)
{
    public const string EmailTaken = "StaffMember_EmailTaken";

    public async Task<Outcome<StaffMember>> HandleAsync(CreateStaffMemberCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<StaffMember>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await IsTakenAsync(db, command.Email, cancellationToken))
        {
            return Outcome<StaffMember>.Failure(EmailTaken, command.Email.Trim());
        }

        var member = new StaffMember(command.Email.Trim(), command.Role, hasher.Hash(command.Password), clock.GetUtcNow().UtcDateTime);
        db.Staff.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, command.Actor, AuditActions.Administration.StaffCreated, Details: $"{member.Id} role={member.Role}"), cancellationToken);
        return Outcome<StaffMember>.Ok(member);
    }

    /// <summary>Whether a staff member already has this e-mail (in any case): an account is never created twice.</summary>
    internal static Task<bool> IsTakenAsync(IElectionsDb db, string email, CancellationToken cancellationToken)
    {
        var normalized = StaffMember.Normalize(email);
        return db.Staff.AnyAsync(s => s.NormalizedEmail == normalized, cancellationToken);
    }
}
