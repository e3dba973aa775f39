using System.Globalization;

namespace KosovoElections.Application.Registration.Address;

/// <summary>
/// The countries of ISO 3166-1 except Kosovo (an address abroad is never in Kosovo), listed as the applicant sees
/// them: where most of the diaspora lives first, then the rest alphabetically in the reader's language.
/// </summary>
public static class Countries
{
    /// <summary>Every country of ISO 3166-1 but Kosovo, by code.</summary>
    public static IReadOnlyList<Country> All => CountryTable.All;

    /// <summary>The countries most applicants live in, in the order the lists show them first.</summary>
    public static readonly IReadOnlyList<string> Diaspora =
        ["DE", "CH", "AT", "IT", "FR", "SE", "BE", "NL", "GB", "US", "NO", "DK", "FI", "SI", "HR", "AL", "MK", "ME", "TR", "CA", "AU"];

    private static readonly Dictionary<string, Country> ByCode = CountryTable.All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, IReadOnlyList<Country>> Ordered = new(StringComparer.Ordinal);

    /// <summary>The country with this exact (upper-case) code, or null: Kosovo and codes not in the list are not countries here.</summary>
    public static Country? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var country) ? country : null;

    /// <summary>Every country, the diaspora first, then by name in <paramref name="culture"/>.</summary>
    public static IReadOnlyList<Country> InOrder(string culture)
    {
        var language = culture.StartsWith("sr", StringComparison.OrdinalIgnoreCase) ? "sr-Latn"
            : culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en"
            : "sq";
        lock (Ordered)
        {
            if (!Ordered.TryGetValue(language, out var list))
            {
                var compare = StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true);
                list = [.. Diaspora.Select(code => ByCode[code]),
                    .. All.Where(c => !Diaspora.Contains(c.Code)).OrderBy(c => c.NameIn(language), compare)];
                Ordered[language] = list;
            }

            return list;
        }
    }
}
