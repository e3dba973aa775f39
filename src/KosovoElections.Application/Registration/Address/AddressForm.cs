using FluentValidation;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Registration.Address;

/// <summary>What the applicant types on the address-and-phone page, as typed (kept as typed on any error).</summary>
public class AddressForm
{
    public const int CityMaxLength = 100;
    public const int StreetMaxLength = 200;

    /// <summary>ISO 3166-1 alpha-2 code of the country of residence, from the list.</summary>
    public string? Country { get; set; }

    public string? City { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>The country whose calling code the phone number is in; empty means the country of residence.</summary>
    public string? CallingCode { get; set; }

    public string? Phone { get; set; }

    /// <summary>Online the phone is required; on a paper form the applicant may have left it out.</summary>
    public virtual bool PhoneRequired => true;

    /// <summary>The country whose numbering plan a number typed in national form is read in: the picked one, else the country of residence.</summary>
    public Country? PhoneCountry => Countries.Find(string.IsNullOrEmpty(CallingCode) ? Country : CallingCode);

    /// <summary>The phone number in E.164, or null with the problem.</summary>
    public PhoneReading NormalizedPhone => PhoneNumbering.Normalize(Phone, PhoneCountry?.Code);

    /// <summary>The address as it is saved: every field trimmed and tidied, the postal code in its country's form.</summary>
    public AddressAbroad ToAddress() =>
        new(Country!, TypedText.Normalize(City), TypedText.Normalize(Street), PostalCodes.Canonical(Country, PostalCode) ?? string.Empty);
}

/// <summary>The one validator of the address page: the page shows its messages by field, the server refuses on it. Messages are text keys.</summary>
public sealed class AddressFormValidator : AbstractValidator<AddressForm>
{
    public const string CountryRequired = "Address_CountryRequired";
    public const string CountryKosovo = "Address_CountryKosovo";
    public const string CountryUnknown = "Address_CountryUnknown";
    public const string CityRequired = "Address_CityRequired";
    public const string CityInvalid = "Address_CityInvalid";
    public const string CityTooLong = "Address_CityTooLong";
    public const string StreetRequired = "Address_StreetRequired";
    public const string StreetInvalid = "Address_StreetInvalid";
    public const string StreetTooLong = "Address_StreetTooLong";
    public const string PostalCodeRequired = "Address_PostalCodeRequired";
    public const string PostalCodeFormat = "Address_PostalCodeFormat";
    public const string PostalCodeInvalid = "Address_PostalCodeInvalid";
    public const string CallingCodeUnknown = "Address_CallingCodeUnknown";
    public const string PhoneRequired = "Address_PhoneRequired";
    public const string PhoneCharacters = "Address_PhoneCharacters";
    public const string PhoneTooShort = "Address_PhoneTooShort";
    public const string PhoneTooLong = "Address_PhoneTooLong";
    public const string PhoneCallingCode = "Address_PhoneCallingCode";
    public const string PhoneNeedsCallingCode = "Address_PhoneNeedsCallingCode";
    public const string PhoneNotValid = "Address_PhoneNotValid";

    public AddressFormValidator()
    {
        RuleFor(f => f.Country)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(CountryRequired)
            .Must(c => !string.Equals(c, "XK", StringComparison.OrdinalIgnoreCase)).WithMessage(CountryKosovo)
            .Must(c => Countries.Find(c) is not null).WithMessage(CountryUnknown);

        RuleFor(f => f.City).TypedLine(CityRequired, CityInvalid, CityTooLong, AddressForm.CityMaxLength);
        RuleFor(f => f.Street).TypedLine(StreetRequired, StreetInvalid, StreetTooLong, AddressForm.StreetMaxLength);

        RuleFor(f => f.PostalCode)
            .Cascade(CascadeMode.Stop)
            .Must(p => !TypedText.HasControlCharacters(p)).WithMessage(PostalCodeInvalid)
            .Must((f, p) => !string.IsNullOrWhiteSpace(p) || !PostalCodes.IsKnownFor(f.Country)).WithMessage(PostalCodeRequired)
            .Must((f, p) => PostalCodes.Canonical(f.Country, p) is not null)
            .WithMessage(f => PostalCodes.IsKnownFor(f.Country) ? PostalCodeFormat : PostalCodeInvalid)
            .WithState(f => PostalCodes.ExampleFor(f.Country)!)
            .When(f => Countries.Find(f.Country) is not null, ApplyConditionTo.AllValidators);

        RuleFor(f => f.CallingCode)
            .Must(c => Countries.Find(c)?.CallingCode is not null).WithMessage(CallingCodeUnknown)
            .When(f => !string.IsNullOrEmpty(f.CallingCode));

        // With no country to read a national number in because the country or the calling code is not from the list,
        // that field's own message says enough. A "not valid" message names the calling code the number was read with.
        RuleFor(f => f.Phone)
            .Must((f, _) => f.NormalizedPhone.Problem is PhoneProblem.None
                || (f.NormalizedPhone.Problem is PhoneProblem.NoCallingCode && (f.PhoneCountry is null || !string.IsNullOrEmpty(f.CallingCode))))
            .WithMessage(f => f.NormalizedPhone.Problem switch
            {
                PhoneProblem.Empty => PhoneRequired,
                PhoneProblem.Characters => PhoneCharacters,
                PhoneProblem.TooShort => PhoneTooShort,
                PhoneProblem.TooLong => PhoneTooLong,
                PhoneProblem.CallingCode => PhoneCallingCode,
                PhoneProblem.NoCallingCode => PhoneNeedsCallingCode,
                _ => PhoneNotValid,
            })
            .WithState(f => f.NormalizedPhone.Problem is PhoneProblem.NotValid ? f.NormalizedPhone.CallingCode! : null!)
            .When(f => f.PhoneRequired || !string.IsNullOrWhiteSpace(f.Phone));
    }
}

internal static class TypedLineRules
{
    /// <summary>A line of an address: required, no control characters, at most <paramref name="maxLength"/> characters once tidied.</summary>
    public static IRuleBuilderOptions<T, string?> TypedLine<T>(this IRuleBuilderInitial<T, string?> rule, string required, string invalid, string tooLong, int maxLength) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(required)
            .Must(v => !TypedText.HasControlCharacters(v)).WithMessage(invalid)
            .Must(v => TypedText.Normalize(v).Length <= maxLength).WithMessage(tooLong);
}
