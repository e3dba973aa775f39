using System.Globalization;
using System.Text.RegularExpressions;
using KosovoElections.Infrastructure;

namespace KosovoElections.Web.Components.Shared;

/// <summary>
/// How an applicant reaches the CEC for help, shown at the foot of every public page: <c>Help:Phone</c>,
/// <c>Help:Email</c> and the hours in each language (<c>Help:Hours:sq</c>, <c>Help:Hours:sr-Latn</c>, <c>Help:Hours:en</c>).
/// Without a phone or an e-mail the section is left out rather than showing made-up contacts.
/// </summary>
public sealed partial record HelpContacts(string? Phone, string? Email, IReadOnlyDictionary<string, string> Hours)
{
    public const string Section = "Help";

    /// <summary>Whether there is anything to show.</summary>
    public bool Any => Phone is not null || Email is not null;

    /// <summary>The phone as a <c>tel:</c> address: its digits and a leading plus.</summary>
    public string? PhoneHref => Phone is null ? null : "tel:" + NotDialled().Replace(Phone, string.Empty);

    /// <summary>The hours in the reader's language, else in Albanian, the site's default.</summary>
    public string? HoursIn(CultureInfo culture) =>
        Hours.TryGetValue(culture.Name, out var hours) ? hours : Hours.GetValueOrDefault("sq");

    /// <summary>Reads the section; a phone or an e-mail that cannot be one stops the start with a line that says so.</summary>
    public static HelpContacts From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var phone = Value(section["Phone"]);
        if (phone is not null && !Telephone().IsMatch(phone))
        {
            throw new SetupException($"{Section}:Phone must be a telephone number with its country code, such as +383 38 000 000.");
        }

        var email = Value(section["Email"]);
        if (email is not null && !Mailbox().IsMatch(email))
        {
            throw new SetupException($"{Section}:Email must be an e-mail address, such as info@example.org.");
        }

        var hours = section.GetSection("Hours").GetChildren()
            .Where(h => Value(h.Value) is not null)
            .ToDictionary(h => h.Key, h => h.Value!.Trim(), StringComparer.OrdinalIgnoreCase);
        return new HelpContacts(phone, email, hours);
    }

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^\+[0-9][0-9 ()\-]{5,20}$")]
    private static partial Regex Telephone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Mailbox();

    [GeneratedRegex(@"[^0-9+]")]
    private static partial Regex NotDialled();
}
