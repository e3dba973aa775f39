using System.Net.Mail;
using FluentValidation;

namespace KosovoElections.Application.Registration.Email;

/// <summary>The form of an e-mail address: one plain address (no display name), at most 254 characters, a dotted domain.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? value)
    {
        var address = value?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        if (!MailAddress.TryCreate(address, out var parsed) || !string.Equals(parsed.Address, address, StringComparison.Ordinal))
        {
            return false;
        }

        var domain = parsed.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }

    public static IRuleBuilderOptions<T, string?> ValidEmailAddress<T>(this IRuleBuilderInitial<T, string?> rule, string requiredMessage, string formatMessage) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(requiredMessage)
            .Must(IsValid).WithMessage(formatMessage);
}
