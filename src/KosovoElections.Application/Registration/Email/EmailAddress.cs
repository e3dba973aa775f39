using FluentValidation;

namespace KosovoElections.Application.Registration.Email;

/// <summary>
/// The form of an e-mail address: one plain address (no display name, comment, quoted local part or IP literal), at
/// most 254 characters, a local part of at most 64 (RFC 5321), a domain of at least two dotted labels. Letters beyond
/// ASCII are allowed (RFC 6531 addresses, internationalised domains).
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    private const int MaxLocalPartLength = 64;

    private const int MaxLabelLength = 63;

    // RFC 5322 atext besides letters and digits.
    private const string AtomSymbols = "!#$%&'*+-/=?^_`{|}~";

    public static bool IsValid(string? value)
    {
        var address = value?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at > MaxLocalPartLength)
        {
            return false;
        }

        return IsDotAtom(address[..at]) && IsDomain(address[(at + 1)..]);
    }

    public static IRuleBuilderOptions<T, string?> ValidEmailAddress<T>(this IRuleBuilderInitial<T, string?> rule, string requiredMessage, string formatMessage) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(requiredMessage)
            .Must(IsValid).WithMessage(formatMessage);

    private static bool IsDotAtom(string localPart) =>
        localPart.Split('.').All(atom => atom.Length > 0 && atom.All(c => char.IsAsciiLetterOrDigit(c) || AtomSymbols.Contains(c, StringComparison.Ordinal) || IsInternational(c)));

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(label =>
            label.Length is > 0 and <= MaxLabelLength
            && label[0] != '-' && label[^1] != '-'
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || IsInternational(c)));
    }

    private static bool IsInternational(char c) => c > '\u007f' && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
}
