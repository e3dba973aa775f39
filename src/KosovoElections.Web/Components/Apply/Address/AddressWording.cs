using KosovoElections.Application.Registration.Address;

namespace KosovoElections.Web.Components.Apply.Address;

/// <summary>
/// Whom the address fields' texts speak to. The applicant reads "the country you live in"; a staff member typing a paper
/// application (issue 15) reads "the country the applicant lives in". The same <see cref="AddressFormValidator"/> checks
/// both forms: only the text a key is shown with changes, so the rules are never written twice.
/// </summary>
public sealed class AddressWording
{
    public static readonly AddressWording Applicant = new(new Dictionary<string, string>());

    public static readonly AddressWording Staff = new(new Dictionary<string, string>
    {
        [AddressFormValidator.CountryRequired] = "PostalAddress_CountryRequired",
        [AddressFormValidator.CountryKosovo] = "PostalAddress_CountryKosovo",
        [AddressFormValidator.CityRequired] = "PostalAddress_CityRequired",
        [AddressFormValidator.StreetRequired] = "PostalAddress_StreetRequired",
        [AddressFormValidator.PostalCodeRequired] = "PostalAddress_PostalCodeRequired",
        [AddressFormValidator.PhoneNeedsCallingCode] = "PostalAddress_PhoneNeedsCallingCode",
        [PostalCodeHint] = "PostalAddress_PostalCodeHint",
        [CallingCodeSame] = "PostalAddress_CallingCodeSame",
        [PhoneHint] = "PostalAddress_PhoneHint",
    });

    public const string PostalCodeHint = "Address_PostalCodeHint";
    public const string CallingCodeSame = "Address_CallingCodeSame";
    public const string PhoneHint = "Address_PhoneHint";

    private readonly IReadOnlyDictionary<string, string> _instead;

    private AddressWording(IReadOnlyDictionary<string, string> instead) => _instead = instead;

    /// <summary>The text key to show for <paramref name="key"/> (a validator's message or one of the fields' hints).</summary>
    public string KeyFor(string key) => _instead.GetValueOrDefault(key, key);
}
