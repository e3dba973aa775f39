namespace KosovoElections.Application.Registration.Address;

public enum PhoneProblem
{
    None,
    Empty,

    /// <summary>Letters or other characters that are not part of a phone number.</summary>
    Characters,

    /// <summary>Fewer than 8 or more than 15 digits with the calling code (E.164).</summary>
    Length,

    /// <summary>Written with "+" or "00" but no country has that calling code.</summary>
    CallingCode,
}

/// <summary>
/// Phone numbers in E.164 ("+" then 8 to 15 digits, the calling code first), from what people type: spaces, dashes,
/// dots, brackets and slashes between the digits, a leading "+" or "00" for the international form, or the national
/// form with its trunk prefix ("0151 234 5678" with Germany's +49 becomes "+491512345678").
/// </summary>
public static class PhoneNumbers
{
    public const int MinDigits = 8;
    public const int MaxDigits = 15;

    /// <summary>What may be typed: generous, since a phone number is copied from many places.</summary>
    public const int MaxTypedLength = 32;

    /// <summary>Calling codes whose national numbers keep their leading 0 after the code (Italy, San Marino, Côte d'Ivoire).</summary>
    private static readonly HashSet<string> KeepLeadingZero = ["39", "378", "225"];

    /// <summary>The number in E.164, or the problem; <paramref name="callingCode"/> is used when the number is typed in national form.</summary>
    public static (string? E164, PhoneProblem Problem) Normalize(string? typed, string callingCode)
    {
        var text = (typed ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return (null, PhoneProblem.Empty);
        }

        if (text.Length > MaxTypedLength)
        {
            return (null, PhoneProblem.Length);
        }

        var body = text[0] == '+' ? text[1..] : text;
        if (!body.All(c => char.IsAsciiDigit(c) || c is ' ' or '\u00A0' or '-' or '.' or '(' or ')' or '/') || !body.Any(char.IsAsciiDigit))
        {
            return (null, PhoneProblem.Characters);
        }

        // "+49 (0)151 …" is how many European numbers are printed: the bracketed 0 is the trunk prefix, not dialled.
        var digits = new string([.. text.Replace("(0)", string.Empty, StringComparison.Ordinal).Where(char.IsAsciiDigit)]);
        string full;
        if (text[0] == '+' || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var international = text[0] == '+' ? digits : digits[2..];
            var code = Countries.CallingCodeAtStartOf(international);
            if (code is null)
            {
                return (null, PhoneProblem.CallingCode);
            }

            full = code + WithoutTrunkPrefix(code, international[code.Length..]);
        }
        else
        {
            full = callingCode + WithoutTrunkPrefix(callingCode, digits);
        }

        return full.Length is < MinDigits or > MaxDigits ? (null, PhoneProblem.Length) : ("+" + full, PhoneProblem.None);
    }

    /// <summary>
    /// The saved number split for the form: the calling code of <paramref name="residence"/> when it fits (so the picker
    /// stays on "the country you live in"), else the first country with the number's code, and the digits after it.
    /// </summary>
    public static (string? PickedCountry, string National) Split(string e164, string? residence)
    {
        var digits = e164.TrimStart('+');
        var home = Countries.Find(residence)?.CallingCode;
        if (home is not null && digits.StartsWith(home, StringComparison.Ordinal))
        {
            return (null, digits[home.Length..]);
        }

        var code = Countries.CallingCodeAtStartOf(digits);
        var country = code is null ? null : Countries.InOrder("sq").First(c => c.CallingCode == code);
        return country is null ? (null, e164) : (country.Code, digits[code!.Length..]);
    }

    /// <summary>What the audit log keeps of a number: the calling code and the last two digits.</summary>
    public static string Mask(string e164)
    {
        var code = Countries.CallingCodeAtStartOf(e164.TrimStart('+')) ?? string.Empty;
        return e164.Length <= code.Length + 3 ? "+***" : "+" + code + new string('*', e164.Length - code.Length - 3) + e164[^2..];
    }

    /// <summary>The national number without the trunk prefix people dial at home: 0 in most countries, 1 in North America, 8 in Russia and Kazakhstan.</summary>
    private static string WithoutTrunkPrefix(string callingCode, string national) => callingCode switch
    {
        "1" when national.Length == 11 && national[0] == '1' => national[1..],
        "7" when national.Length == 11 && national[0] == '8' => national[1..],
        _ when !KeepLeadingZero.Contains(callingCode) && national.StartsWith('0') => national[1..],
        _ => national,
    };
}
