using System.Text.RegularExpressions;

namespace KosovoElections.Application.Registration.Address;

/// <summary>
/// Postal codes checked against the country's format where it is known, and written the way the country's post
/// writes them ("11455" in Sweden becomes "114 55", "sw1a1aa" in the United Kingdom "SW1A 1AA"). Elsewhere the code is
/// free text, and may be left out (many countries have none).
/// </summary>
public static partial class PostalCodes
{
    public const int MaxLength = 16;

    /// <summary>A format: the code without spaces or dashes must match <paramref name="Pattern"/>; <paramref name="Write"/> gives the canonical form.</summary>
    private sealed record Format(Regex Pattern, Func<string, string> Write, string Example, params string[] Prefixes);

    private static readonly Dictionary<string, Format> Formats = new(StringComparer.Ordinal)
    {
        ["DE"] = Digits(5, "10115", "D", "DE"),
        ["CH"] = new(FourDigits(), AsIs, "8001", "CH"),
        ["LI"] = new(new Regex("^94(8[5-9]|9[0-8])$"), AsIs, "9490", "FL", "LI"),
        ["AT"] = new(FourDigits(), AsIs, "1010", "A", "AT"),
        ["IT"] = Digits(5, "00118", "I", "IT"),
        ["SM"] = new(new Regex("^4789\\d$"), AsIs, "47890", "RSM", "SM"),
        ["VA"] = new(new Regex("^00120$"), AsIs, "00120", "V", "VA"),
        ["FR"] = Digits(5, "75008", "F", "FR"),
        ["MC"] = new(new Regex("^980\\d\\d$"), AsIs, "98000", "MC"),
        ["SE"] = new(new Regex("^[1-9]\\d{4}$"), c => c[..3] + " " + c[3..], "114 55", "S", "SE"),
        ["BE"] = new(FourDigits(), AsIs, "1000", "B", "BE"),
        ["NL"] = new(new Regex("^[1-9]\\d{3}(?!SA|SD|SS)[A-Z]{2}$"), c => c[..4] + " " + c[4..], "1012 AB", "NL"),
        ["LU"] = new(new Regex("^\\d{4}$"), AsIs, "1009", "L", "LU"),
        ["GB"] = UnitedKingdom("SW1A 1AA"),
        ["GG"] = UnitedKingdom("GY1 1AA"),
        ["JE"] = UnitedKingdom("JE2 3AB"),
        ["IM"] = UnitedKingdom("IM1 1AA"),
        ["US"] = new(new Regex("^\\d{5}(\\d{4})?$"), c => c.Length == 9 ? c[..5] + "-" + c[5..] : c, "10001"),
        ["NO"] = Digits(4, "0150", "N", "NO"),
        ["DK"] = new(FourDigits(), AsIs, "1050", "DK"),
        ["FI"] = Digits(5, "00100", "FI", "FIN"),
        ["SI"] = new(FourDigits(), AsIs, "1000", "SI", "SLO"),
        ["HR"] = new(new Regex("^[1-5]\\d{4}$"), AsIs, "10000", "HR"),
        ["AL"] = new(FourDigits(), AsIs, "1001", "AL"),
        ["MK"] = new(FourDigits(), AsIs, "1000", "MK"),
        ["ME"] = new(new Regex("^8\\d{4}$"), AsIs, "81000", "ME"),
        ["RS"] = Digits(5, "11000", "RS", "SRB"),
        ["BA"] = new(new Regex("^[7-8]\\d{4}$"), AsIs, "71000", "BA", "BIH"),
        ["TR"] = new(new Regex("^(0[1-9]|[1-7]\\d|8[01])\\d{3}$"), AsIs, "06100", "TR"),
        ["CA"] = new(new Regex("^[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]\\d[ABCEGHJ-NPRSTV-Z]\\d$"), c => c[..3] + " " + c[3..], "K1A 0B1"),
        ["AU"] = Digits(4, "2000"),
        ["ES"] = new(new Regex("^(0[1-9]|[1-4]\\d|5[0-2])\\d{3}$"), AsIs, "28001", "E", "ES"),
        ["PT"] = new(new Regex("^[1-9]\\d{6}$"), c => c[..4] + "-" + c[4..], "1000-001", "P", "PT"),
        ["PL"] = new(new Regex("^\\d{5}$"), c => c[..2] + "-" + c[2..], "00-950", "PL"),
        ["CZ"] = new(new Regex("^[1-7]\\d{4}$"), c => c[..3] + " " + c[3..], "110 00", "CZ"),
        ["SK"] = new(new Regex("^[089]\\d{4}$"), c => c[..3] + " " + c[3..], "811 01", "SK"),
        ["GR"] = new(new Regex("^[1-8]\\d{4}$"), c => c[..3] + " " + c[3..], "105 57", "GR"),
        ["HU"] = new(FourDigits(), AsIs, "1051", "H", "HU"),
        ["RO"] = Digits(6, "010011", "RO"),
        ["BG"] = new(FourDigits(), AsIs, "1000", "BG"),
        ["IS"] = Digits(3, "101", "IS"),
        ["IE"] = new(new Regex("^([AC-FHKNPRTV-Y]\\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$"), c => c[..3] + " " + c[3..], "D02 X285"),
    };

    /// <summary>True when the country's format is known, so the code is required and checked.</summary>
    public static bool IsKnownFor(string? country) => country is not null && Formats.ContainsKey(country);

    /// <summary>An example the error message shows, or null where the format is not known.</summary>
    public static string? ExampleFor(string? country) => country is not null && Formats.TryGetValue(country, out var format) ? format.Example : null;

    /// <summary>
    /// The code as the country writes it, or null when it does not fit the country's format. Accepts any case, spaces
    /// and dashes, and the country prefix of European mail ("D-10115", "SE-114 55"). Free text elsewhere, tidied.
    /// </summary>
    public static string? Canonical(string? country, string? typed)
    {
        var text = TypedText.Normalize(typed).ToUpperInvariant();
        if (country is null || !Formats.TryGetValue(country, out var format))
        {
            return text.Length <= MaxLength && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-') ? text : null;
        }

        foreach (var prefix in format.Prefixes)
        {
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, StringComparison.Ordinal) && text[prefix.Length] is '-' or ' ')
            {
                text = text[(prefix.Length + 1)..];
                break;
            }
        }

        var compact = new string([.. text.Where(c => c is not (' ' or '-'))]);
        return compact.Length <= MaxLength && format.Pattern.IsMatch(compact) ? format.Write(compact) : null;
    }

    private static string AsIs(string compact) => compact;

    private static Format Digits(int count, string example, params string[] prefixes) =>
        new(new Regex($"^\\d{{{count}}}$"), AsIs, example, prefixes);

    private static Format UnitedKingdom(string example) =>
        new(new Regex("^(GIR0AA|[A-Z]{1,2}\\d[A-Z\\d]?\\d[ABD-HJLNP-UW-Z]{2})$"), c => c[..^3] + " " + c[^3..], example);

    [GeneratedRegex("^[1-9]\\d{3}$")]
    private static partial Regex FourDigits();
}
