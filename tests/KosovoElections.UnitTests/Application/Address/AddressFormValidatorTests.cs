using KosovoElections.Application.Registration.Address;

namespace KosovoElections.UnitTests.Application.Address;

/// <summary>
/// The address form as the server judges it, whatever the browser sent (SECURITY T-BZ-01: values not in the lists,
/// over-long strings; T-LOG-03: control characters).
/// </summary>
public sealed class AddressFormValidatorTests
{
    private readonly AddressFormValidator _validator = new();

    [Fact]
    public void Validate_TidyTypedForm_PassesAndSavesNormalisedValues()
    {
        var form = Good(f =>
        {
            f.City = "  Berlin  ";
            f.Street = "Unter den   Linden 77, Whg. 4";
            f.PostalCode = " d-10117 ";
            f.Phone = "0151 2345-6789";
        });

        Assert.True(_validator.Validate(form).IsValid);
        var address = form.ToAddress();
        Assert.Equal(("DE", "Berlin", "Unter den Linden 77, Whg. 4", "10117"), (address.CountryCode, address.City, address.Street, address.PostalCode));
        Assert.Equal("+4915123456789", form.NormalizedPhone.E164);
    }

    [Theory]
    [InlineData("", AddressFormValidator.CountryRequired)]
    [InlineData("XK", AddressFormValidator.CountryKosovo)]
    [InlineData("xk", AddressFormValidator.CountryKosovo)]
    [InlineData("ZZ", AddressFormValidator.CountryUnknown)]
    [InlineData("de", AddressFormValidator.CountryUnknown)]
    [InlineData("DEU", AddressFormValidator.CountryUnknown)]
    [InlineData("<script>", AddressFormValidator.CountryUnknown)]
    public void Validate_CountryNotFromTheList_IsRefused(string country, string message) =>
        Assert.Equal([("Country", message)], Errors(Good(f => f.Country = country)).Where(e => e.Field == "Country"));

    [Fact]
    public void Validate_CallingCodeNotFromTheList_IsRefused()
    {
        Assert.Equal([("CallingCode", AddressFormValidator.CallingCodeUnknown)], Errors(Good(f => f.CallingCode = "XK")));
        Assert.Equal([("CallingCode", AddressFormValidator.CallingCodeUnknown)], Errors(Good(f => f.CallingCode = "HM")));
        Assert.Empty(Errors(Good(f => (f.CallingCode, f.Phone) = ("CH", "044 668 18 00"))));
    }

    [Theory]
    [InlineData("City", "Berlin\r\n2026-01-01 INFO forged", AddressFormValidator.CityInvalid)]
    [InlineData("City", "Ber\u0000lin", AddressFormValidator.CityInvalid)]
    [InlineData("Street", "Main\tStreet 1", AddressFormValidator.StreetInvalid)]
    [InlineData("Street", "Main Street 1\u202E", AddressFormValidator.StreetInvalid)]
    [InlineData("Street", "Main\u200BStreet 1", AddressFormValidator.StreetInvalid)]
    [InlineData("PostalCode", "10115\n", AddressFormValidator.PostalCodeInvalid)]
    public void Validate_ControlCharacters_AreRefused(string field, string typed, string message)
    {
        var form = Good(f => typeof(AddressForm).GetProperty(field)!.SetValue(f, typed));

        Assert.Equal([(field, message)], Errors(form));
    }

    [Theory]
    [InlineData("City", 101, AddressFormValidator.CityTooLong)]
    [InlineData("Street", 201, AddressFormValidator.StreetTooLong)]
    public void Validate_OverLongLine_IsRefused(string field, int length, string message)
    {
        Assert.Equal([(field, message)], Errors(Good(f => typeof(AddressForm).GetProperty(field)!.SetValue(f, new string('a', length)))));
        Assert.Empty(Errors(Good(f => typeof(AddressForm).GetProperty(field)!.SetValue(f, " " + new string('a', length - 1) + "  "))));
    }

    [Fact]
    public void Validate_EmptyForm_NamesEachRequiredFieldInPageOrder() =>
        Assert.Equal(
            [("Country", AddressFormValidator.CountryRequired), ("City", AddressFormValidator.CityRequired),
             ("Street", AddressFormValidator.StreetRequired), ("Phone", AddressFormValidator.PhoneRequired)],
            Errors(new AddressForm()));

    [Theory]
    [InlineData("DE", "", AddressFormValidator.PostalCodeRequired)]
    [InlineData("DE", "1234", AddressFormValidator.PostalCodeFormat)]
    [InlineData("GB", "12345", AddressFormValidator.PostalCodeFormat)]
    [InlineData("KE", "#1", AddressFormValidator.PostalCodeInvalid)]
    [InlineData("KE", "12345678901234567", AddressFormValidator.PostalCodeInvalid)]
    public void Validate_BadPostalCode_IsRefusedForTheCountry(string country, string postalCode, string message)
    {
        var errors = _validator.Validate(Good(f => (f.Country, f.PostalCode, f.Phone) = (country, postalCode, "+49 151 23456789"))).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(("PostalCode", message), (error.PropertyName, error.ErrorMessage));
        Assert.Equal(message == AddressFormValidator.PostalCodeFormat ? PostalCodes.ExampleFor(country) : null, error.CustomState as string);
    }

    [Fact]
    public void Validate_CountryWithoutPostalCodes_AcceptsNone() =>
        Assert.Empty(Errors(Good(f => (f.Country, f.PostalCode, f.Phone) = ("AE", "", "050 123 4567"))));

    [Theory]
    [InlineData("", AddressFormValidator.PhoneRequired)]
    [InlineData("0151 ABC 5678", AddressFormValidator.PhoneCharacters)]
    [InlineData("+1 202 555 01", AddressFormValidator.PhoneTooShort)]
    [InlineData("+49 151 2345 6789 0123 4567", AddressFormValidator.PhoneTooLong)]
    [InlineData("0151 2345678", AddressFormValidator.PhoneNotValid)]
    [InlineData("+999 1234 5678", AddressFormValidator.PhoneCallingCode)]
    public void Validate_BadPhone_IsRefused(string phone, string message) =>
        Assert.Equal([("Phone", message)], Errors(Good(f => f.Phone = phone)));

    [Fact]
    public void Validate_NationalNumberWithAnotherCallingCode_UsesThePickedCode()
    {
        var form = Good(f => (f.CallingCode, f.Phone) = ("CH", "079 123 45 67"));

        Assert.Empty(Errors(form));
        Assert.Equal("+41791234567", form.NormalizedPhone.E164);
    }

    [Fact]
    public void Validate_NumberNotInThePlanOfThePickedCallingCode_NamesThatCallingCode()
    {
        var error = Assert.Single(_validator.Validate(Good(f => (f.CallingCode, f.Phone) = ("CH", "0151 23456789"))).Errors);

        Assert.Equal(("Phone", AddressFormValidator.PhoneNotValid, "41"), (error.PropertyName, error.ErrorMessage, error.CustomState as string));
    }

    [Fact]
    public void Validate_NationalNumberInACountryWithoutANumberingPlan_AsksForTheCallingCode()
    {
        Assert.Equal([("Phone", AddressFormValidator.PhoneNeedsCallingCode)], Errors(Good(f => (f.Country, f.PostalCode) = ("AQ", ""))));
        Assert.Empty(Errors(Good(f => (f.Country, f.PostalCode, f.CallingCode) = ("AQ", "", "DE"))));
        Assert.Empty(Errors(Good(f => (f.Country, f.PostalCode, f.Phone) = ("AQ", "", "+49 151 23456789"))));
    }

    private List<(string Field, string Message)> Errors(AddressForm form) =>
        [.. _validator.Validate(form).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];

    private static AddressForm Good(Action<AddressForm> change)
    {
        var form = new AddressForm { Country = "DE", City = "Berlin", Street = "Unter den Linden 77", PostalCode = "10117", Phone = "0151 23456789" };
        change(form);
        return form;
    }
}
