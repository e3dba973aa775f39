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
    public const int EmailMaxLength = 254;
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 128;
    public const string EmailRequired = "StaffMember_EmailRequired";
    public const string EmailFormat = "StaffMember_EmailFormat";
    public const string EmailTooLong = "StaffMember_EmailTooLong";
    public const string RoleUnknown = "StaffMember_RoleUnknown";
    public const string PasswordRequired = "StaffMember_PasswordRequired";
    public const string PasswordTooShort = "StaffMember_PasswordTooShort";
    public const string PasswordTooLong = "StaffMember_PasswordTooLong";

    public CreateStaffMemberValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage(EmailRequired)
            .EmailAddress().WithMessage(EmailFormat)
            .MaximumLength(EmailMaxLength).WithMessage(EmailTooLong).WithState(_ => EmailMaxLength);
        RuleFor(c => c.Role).IsInEnum().WithMessage(RoleUnknown);
        RuleFor(c => c.Password).NotEmpty().WithMessage(PasswordRequired)
            .MinimumLength(PasswordMinLength).WithMessage(PasswordTooShort).WithState(_ => PasswordMinLength)
            .MaximumLength(PasswordMaxLength).WithMessage(PasswordTooLong).WithState(_ => PasswordMaxLength);
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
        var normalized = StaffMember.Normalize(command.Email);
        if (await db.Staff.AnyAsync(s => s.NormalizedEmail == normalized, cancellationToken))
        {
            return Outcome<StaffMember>.Failure(EmailTaken, command.Email.Trim());
        }

        var member = new StaffMember(command.Email.Trim(), command.Role, hasher.Hash(command.Password), clock.GetUtcNow().UtcDateTime);
        db.Staff.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, command.Actor, AuditActions.Administration.StaffCreated, Details: $"{member.Id} role={member.Role}"), cancellationToken);
        return Outcome<StaffMember>.Ok(member);
    }
}
