using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Staff;

public sealed record CreateStaffMemberCommand(string Email, StaffRole Role, string Password, string Actor);

public sealed class CreateStaffMemberValidator : AbstractValidator<CreateStaffMemberCommand>
{
    public CreateStaffMemberValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(c => c.Role).IsInEnum();
        RuleFor(c => c.Password).NotEmpty().MinimumLength(12).WithMessage("A staff password has at least 12 characters.").MaximumLength(128);
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

    public async Task<Outcome<StaffMember>> HandleAsync(CreateStaffMemberCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<StaffMember>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var normalized = StaffMember.Normalize(command.Email);
        if (await db.Staff.AnyAsync(s => s.NormalizedEmail == normalized, cancellationToken))
        {
            return Outcome<StaffMember>.Failure($"A staff member with the e-mail {command.Email.Trim()} already exists.");
        }

        var member = new StaffMember(command.Email.Trim(), command.Role, hasher.Hash(command.Password), clock.GetUtcNow().UtcDateTime);
        db.Staff.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, command.Actor, "staff.created", Details: $"{member.Id} role={member.Role}"), cancellationToken);
        return Outcome<StaffMember>.Ok(member);
    }
}
