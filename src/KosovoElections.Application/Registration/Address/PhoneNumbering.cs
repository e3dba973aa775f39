using System.Globalization;
using PhoneNumbers;

namespace KosovoElections.Application.Registration.Address;

public enum PhoneProblem
{
    None,
    Empty,

    /// <summary>Letters or other characters that are not part of a phone number.</summary>
    Characters,

    /// <summary>Fewer digits than any number of its numbering plan has.</summary>
    TooShort,

    /// <summary>More digits than any number of its numbering plan has, or more than the 15 of E.164.</summary>
    TooLong,

    /// <summary>Written with "+" or "00" but no numbering plan has that calling code.</summary>
    CallingCode,

    /// <summary>Typed in national form, but the country it would be read in has no numbering plan of its own.</summary>
    NoCallingCode,

    /// <summary>A length the plan knows, but no number of the plan (wrong area code, wrong prefix, a digit missing).</summary>
    NotValid,
}

/// <summary>What was made of a typed phone number: E.164 or the problem, and the calling code it was read with once known.</summary>
public readonly record struct PhoneReading(string? E164, PhoneProblem Problem, string? CallingCode);

/// <summary>
/// Phone numbers by the numbering plans of libphonenumber: read from what people type (spaces, dashes, dots, brackets
/// and slashes between the digits; "+" or "00" for the international form, else the national form of the chosen
/// country with its trunk prefix), saved in E.164, shown in the international format.
/// </summary>
public static class PhoneNumbering
{
    /// <summary>What may be typed: generous, since a phone number is copied from many places.</summary>
    public const int MaxTypedLength = 32;

    /// <summary>"+" and at most 15 digits (ITU-T E.164); some plans allow longer numbers, which the database does not hold.</summary>
    public const int MaxE164Length = 16;

    // Building the metadata is expensive; GetInstance keeps one for the process.
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The calling code (without "+") of the numbering plan <paramref name="region"/> (ISO 3166-1 alpha-2, "XK" for Kosovo) belongs to, or null when it has none.</summary>
    public static string? CallingCodeOf(string region) =>
        Util.GetCountryCodeForRegion(region) is var code and > 0 ? code.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The number in E.164, or the problem. <paramref name="region"/> is the country whose plan a number in national
    /// form is read in. The number must be valid in the plan of its calling code, not only for that country: a code
    /// shared by several countries (+1, +7, +44) is one plan, and a US mobile is a good number for someone in Canada.
    /// </summary>
    public static PhoneReading Normalize(string? typed, string? region)
    {
        var text = (typed ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return new(null, PhoneProblem.Empty, null);
        }

        if (text.Length > MaxTypedLength)
        {
            return new(null, PhoneProblem.TooLong, null);
        }

        var body = text[0] == '+' ? text[1..] : text;
        if (!body.All(c => char.IsAsciiDigit(c) || c is ' ' or '\u00A0' or '-' or '.' or '(' or ')' or '/') || !body.Any(char.IsAsciiDigit))
        {
            return new(null, PhoneProblem.Characters, null);
        }

        // "00" is read as the international prefix whatever the country, as the form's hint promises, though
        // North America dials 011: that is what people abroad write.
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        var international = text[0] == '+' || digits.StartsWith("00", StringComparison.Ordinal);
        if (!international && (region is null || CallingCodeOf(region) is null))
        {
            return new(null, PhoneProblem.NoCallingCode, null);
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(text[0] == '+' || !international ? text : "+" + digits[2..], international ? "ZZ" : region);
        }
        catch (NumberParseException e)
        {
            return new(null, e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => PhoneProblem.CallingCode,
                ErrorType.TOO_LONG => PhoneProblem.TooLong,
                _ => PhoneProblem.TooShort,
            }, null);
        }

        var callingCode = number.CountryCode.ToString(CultureInfo.InvariantCulture);
        var problem = Util.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.TOO_SHORT or PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY => PhoneProblem.TooShort,
            PhoneNumberUtil.ValidationResult.TOO_LONG => PhoneProblem.TooLong,
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => PhoneProblem.CallingCode,
            _ when !Util.IsValidNumber(number) => PhoneProblem.NotValid,
            _ => PhoneProblem.None,
        };
        var e164 = Util.Format(number, PhoneNumberFormat.E164);
        if (problem is PhoneProblem.None && e164.Length > MaxE164Length)
        {
            problem = PhoneProblem.TooLong;
        }

        return new(problem is PhoneProblem.None ? e164 : null, problem, callingCode);
    }

    /// <summary>A saved number as people read it: "+49 1512 3456789"; as saved if it cannot be read.</summary>
    public static string Display(string e164) =>
        Read(e164) is { } number ? Util.Format(number, PhoneNumberFormat.INTERNATIONAL) : e164;

    /// <summary>
    /// The saved number split for the form, in the national form the applicant would type: with no picked country
    /// when the calling code is that of <paramref name="residence"/> (so the picker stays on "the country you live in"),
    /// else with the number's own country from the list; in international form where no listed country has its code (Kosovo's +383).
    /// </summary>
    public static (string? PickedCountry, string Typed) Split(string e164, string? residence)
    {
        if (Read(e164) is not { } number)
        {
            return (null, e164);
        }

        var callingCode = number.CountryCode.ToString(CultureInfo.InvariantCulture);
        var national = Util.Format(number, PhoneNumberFormat.NATIONAL);
        if (Countries.Find(residence)?.CallingCode == callingCode)
        {
            return (null, national);
        }

        var picked = new[] { Util.GetRegionCodeForNumber(number), Util.GetRegionCodeForCountryCode(number.CountryCode) }
            .Select(Countries.Find)
            .FirstOrDefault(c => c?.CallingCode == callingCode);
        return picked is null ? (null, Util.Format(number, PhoneNumberFormat.INTERNATIONAL)) : (picked.Code, national);
    }

    /// <summary>What the audit log keeps of a number: the calling code and the last two digits.</summary>
    public static string Mask(string e164)
    {
        var code = Read(e164)?.CountryCode.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return code.Length == 0 || e164.Length <= code.Length + 3 ? "+***" : "+" + code + new string('*', e164.Length - code.Length - 3) + e164[^2..];
    }

    private static PhoneNumber? Read(string e164)
    {
        try
        {
            return Util.Parse(e164, "ZZ");
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
