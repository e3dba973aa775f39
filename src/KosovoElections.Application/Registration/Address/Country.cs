namespace KosovoElections.Application.Registration.Address;

/// <summary>
/// A country an applicant may live in: its ISO 3166-1 alpha-2 code, its international calling code (without "+";
/// null where there is no telephone service), and its name in the three languages of the site.
/// </summary>
public sealed record Country(string Code, string? CallingCode, string Albanian, string Serbian, string English)
{
    /// <summary>The name in the language of <paramref name="culture"/> ("sq", "sr-Latn", "en"); Albanian by default.</summary>
    public string NameIn(string culture) =>
        culture.StartsWith("sr", StringComparison.OrdinalIgnoreCase) ? Serbian
        : culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English
        : Albanian;
}
