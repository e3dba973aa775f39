namespace KosovoElections.Application.Registration.Address;

/// <summary>
/// A country an applicant may live in: its ISO 3166-1 alpha-2 code and its name in the three languages of the site.
/// </summary>
public sealed record Country(string Code, string Albanian, string Serbian, string English)
{
    /// <summary>Its international calling code (without "+") from libphonenumber's numbering plans; null where it has none (Antarctica, Bouvet Island).</summary>
    public string? CallingCode { get; } = PhoneNumbering.CallingCodeOf(Code);

    /// <summary>The name in the language of <paramref name="culture"/> ("sq", "sr-Latn", "en"); Albanian by default.</summary>
    public string NameIn(string culture) =>
        culture.StartsWith("sr", StringComparison.OrdinalIgnoreCase) ? Serbian
        : culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English
        : Albanian;
}
