using KosovoElections.Application.Registration.Address;
using KosovoElections.Web;
using KosovoElections.Web.Components.Apply.Address;
using KosovoElections.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace KosovoElections.ComponentTests.Apply;

/// <summary>
/// The address-and-phone fields: the real <see cref="AddressFormValidator"/> judges what was typed, each message
/// appears under its own field in the reader's language, and what was typed stays in the fields.
/// </summary>
public sealed class AddressFieldsTests : LocalizedComponentTest
{
    [Theory]
    [InlineData("sq", "Shkruani një kod postar të vërtetë, si 10115", "Numri i telefonit mund të ketë vetëm shifra, hapësira, viza dhe një + në fillim")]
    [InlineData("sr-Latn", "Unesite stvaran poštanski broj, kao 10115", "Broj telefona može imati samo cifre, razmake, crtice i + na početku")]
    [InlineData("en", "Enter a real postal code, like 10115", "Phone number can only have numbers, spaces, dashes and a + at the start")]
    public void Render_BadPostalCodeAndPhone_ShowsEachMessageUnderItsFieldAndKeepsTheTypedValues(string culture, string postalMessage, string phoneMessage)
    {
        using var _ = InCulture(culture);
        var typed = new AddressForm { Country = "DE", City = " Berlin ", Street = "Hauptstraße 12", PostalCode = "1011", CallingCode = "CH", Phone = "0151 CALL" };

        var form = RenderValidated(typed);

        Assert.Equal(postalMessage, form.Find("[data-testid=error-postal-code]").TextContent);
        Assert.Equal(phoneMessage, form.Find("[data-testid=error-phone]").TextContent);
        Assert.Equal(["PostalCode", "Phone"], FieldsInError(form));
        Assert.Equal("1011", form.Find("[data-testid=address-postal-code]").GetAttribute("value"));
        Assert.Equal("0151 CALL", form.Find("[data-testid=phone-number]").GetAttribute("value"));
        Assert.Equal(" Berlin ", form.Find("[data-testid=address-city]").GetAttribute("value"));
        Assert.Equal("DE", SelectedValue(form, "address-country"));
        Assert.Equal("CH", SelectedValue(form, "phone-calling-code"));
        Assert.Equal("PostalCode-hint PostalCode-error", form.Find("#PostalCode").GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData("sq", "Shkruani një numër telefoni të vërtetë për prefiksin telefonik +41")]
    [InlineData("sr-Latn", "Unesite stvaran broj telefona za pozivni broj +41")]
    [InlineData("en", "Enter a real phone number for the country calling code +41")]
    public void Render_NumberNotInThePlanOfThePickedCallingCode_NamesThatCallingCodeInTheReadersLanguage(string culture, string phoneMessage)
    {
        using var _ = InCulture(culture);
        var typed = new AddressForm { Country = "DE", City = "Berlin", Street = "Hauptstraße 12", PostalCode = "10115", CallingCode = "CH", Phone = "0151 23456789" };

        var form = RenderValidated(typed);

        Assert.Equal(phoneMessage, form.Find("[data-testid=error-phone]").TextContent);
        Assert.Equal(["Phone"], FieldsInError(form));
        Assert.Equal("0151 23456789", form.Find("[data-testid=phone-number]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("sq", "Zgjidhni shtetin ku jetoni", "Shkruani qytetin", "Shkruani numrin e telefonit")]
    [InlineData("en", "Choose the country you live in", "Enter your town or city", "Enter your phone number")]
    public void ErrorSummary_EmptyForm_LinksEachMessageToItsFieldOnThePage(string culture, string countryMessage, string cityMessage, string phoneMessage)
    {
        using var _ = InCulture(culture);
        var errors = Validate(new AddressForm());
        Services.GetRequiredService<NavigationManager>().NavigateTo("/apply/address");

        var summary = Render<ErrorSummary>(p => p.Add(c => c.Title, "Title").Add(c => c.Errors, errors));
        var form = Render<AddressFields>(p => p.Add(c => c.Form, new AddressForm()).Add(c => c.Errors, errors));

        var links = summary.FindAll("[data-testid=error-summary] a");
        Assert.Equal(["/apply/address#Country", "/apply/address#City", "/apply/address#Street", "/apply/address#Phone"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal([countryMessage, cityMessage], links.Take(2).Select(a => a.TextContent));
        Assert.Equal(phoneMessage, links[^1].TextContent);
        foreach (var link in links)
        {
            Assert.Contains(form.Find(link.GetAttribute("href")!["/apply/address".Length..]).LocalName, new[] { "input", "select" });
        }

        Assert.Equal(countryMessage, form.Find("[data-testid=error-country]").TextContent);
    }

    [Theory]
    [InlineData("sq", "Gjermani", "Zvicër (+41)")]
    [InlineData("sr-Latn", "Nemačka", "Švajcarska (+41)")]
    [InlineData("en", "Germany", "Switzerland (+41)")]
    public void Render_Lists_OfferTheDiasporaFirstInTheReadersLanguageAndNoKosovo(string culture, string firstCountry, string secondCallingCode)
    {
        using var _ = InCulture(culture);

        var form = Render<AddressFields>(p => p.Add(c => c.Form, new AddressForm()));

        var countries = form.FindAll("[data-testid=address-country] option");
        Assert.Equal(("", firstCountry), (countries[0].GetAttribute("value"), countries[1].TextContent));
        Assert.Equal(Countries.All.Count + 1, countries.Count);
        Assert.DoesNotContain(countries, o => o.GetAttribute("value") == "XK");
        Assert.Equal(secondCallingCode, form.FindAll("[data-testid=phone-calling-code] option")[2].TextContent);
        Assert.Empty(form.FindAll(".error-message"));
    }

    [Theory]
    [InlineData("sq", "Zgjidhni shtetin ku jeton aplikuesi", "Shkruani qytetin e aplikuesit", "Lëreni bosh vetëm nëse vendi ku jeton aplikuesi nuk ka kode postare", "I njëjtë me shtetin ku jeton aplikuesi")]
    [InlineData("sr-Latn", "Izaberite državu u kojoj živi podnosilac prijave", "Unesite grad podnosioca prijave", "Ostavite prazno samo ako zemlja u kojoj živi podnosilac prijave nema poštanske brojeve", "Isti kao država u kojoj živi podnosilac prijave")]
    [InlineData("en", "Choose the country the applicant lives in", "Enter the applicant's town or city", "Leave it empty only if the country the applicant lives in has no postal codes", "The same as the country the applicant lives in")]
    public void Render_StaffWording_SpeaksOfTheApplicantsAddressWithTheSameValidator(string culture, string countryMessage, string cityMessage, string postalHint, string callingCodeSame)
    {
        using var _ = InCulture(culture);
        var typed = new AddressForm { Street = "Hauptstraße 12", Phone = "0151 23456789" };
        var errors = AddressFields.Messages(new AddressFormValidator().Validate(typed), Services.GetRequiredService<IStringLocalizer<Text>>(), AddressWording.Staff).ToList();

        var form = Render<AddressFields>(p => p.Add(c => c.Form, typed).Add(c => c.Errors, errors).Add(c => c.Wording, AddressWording.Staff));

        Assert.Equal(countryMessage, form.Find("[data-testid=error-country]").TextContent);
        Assert.Equal(cityMessage, form.Find("[data-testid=error-city]").TextContent);
        Assert.Equal(postalHint, form.Find("#PostalCode-hint").TextContent);
        Assert.Equal(callingCodeSame, form.FindAll("[data-testid=phone-calling-code] option")[0].TextContent);
        var applicants = Render<AddressFields>(p => p.Add(c => c.Form, typed).Add(c => c.Errors, Validate(typed)));
        Assert.NotEqual(countryMessage, applicants.Find("[data-testid=error-country]").TextContent);
        Assert.NotEqual(postalHint, applicants.Find("#PostalCode-hint").TextContent);
    }

    /// <summary>Every key the staff wording shows instead exists in the three languages (a missing one would show its name).</summary>
    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    [InlineData("en")]
    public void StaffWording_EveryKeyItShows_HasItsText(string culture)
    {
        using var _ = InCulture(culture);
        var text = Services.GetRequiredService<IStringLocalizer<Text>>();
        var keys = typeof(AddressFormValidator).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Concat([AddressWording.PostalCodeHint, AddressWording.CallingCodeSame, AddressWording.PhoneHint]);

        foreach (var key in keys)
        {
            Assert.False(text[AddressWording.Staff.KeyFor(key)].ResourceNotFound, key);
        }
    }

    private IRenderedComponent<AddressFields> RenderValidated(AddressForm typed) =>
        Render<AddressFields>(p => p.Add(c => c.Form, typed).Add(c => c.Errors, Validate(typed)));

    private List<KeyValuePair<string, string>> Validate(AddressForm typed) =>
        [.. AddressFields.Messages(new AddressFormValidator().Validate(typed), Services.GetRequiredService<IStringLocalizer<Text>>())];

    private static string? SelectedValue(IRenderedComponent<AddressFields> form, string testId) =>
        form.Find($"[data-testid={testId}] option[selected]").GetAttribute("value");

    private static IEnumerable<string> FieldsInError(IRenderedComponent<AddressFields> form) =>
        form.FindAll(".form-group--error").Select(group => group.QuerySelector("input, select")!.Id!);
}
