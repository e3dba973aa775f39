using FluentValidation;
using KosovoElections.Domain.Staff;

namespace KosovoElections.Application.Administration.Staff;

/// <summary>
/// The rules a staff account's e-mail, role and password follow wherever they are typed (<c>staff create</c>, an
/// invitation, the invitation's set-password page), so the command line and the pages refuse the same things with the
/// same texts.
/// </summary>
public static class StaffRules
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

    public static IRuleBuilderOptions<T, string> StaffEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(EmailRequired)
            .EmailAddress().WithMessage(EmailFormat)
            .MaximumLength(EmailMaxLength).WithMessage(EmailTooLong).WithState(_ => EmailMaxLength);

    public static IRuleBuilderOptions<T, StaffRole> KnownRole<T>(this IRuleBuilder<T, StaffRole> rule) =>
        rule.IsInEnum().WithMessage(RoleUnknown);

    public static IRuleBuilderOptions<T, string> StaffPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(PasswordRequired)
            .MinimumLength(PasswordMinLength).WithMessage(PasswordTooShort).WithState(_ => PasswordMinLength)
            .MaximumLength(PasswordMaxLength).WithMessage(PasswordTooLong).WithState(_ => PasswordMaxLength);
}
