using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Web;
using KosovoElections.Web.Components.Apply;
using KosovoElections.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace KosovoElections.ComponentTests.Apply;

/// <summary>
/// The sign-in form's field messages: the real <see cref="SignInFormValidator"/> judges what was typed, and each message
/// appears under its own field, in the reader's language, with the typed values kept.
/// </summary>
public sealed class SignInFieldsTests : LocalizedComponentTest
{
    private static readonly DateTimeOffset Today = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sq", "Numri personal duhet të ketë saktësisht 10 shifra")]
    [InlineData("sr-Latn", "Lični broj mora imati tačno 10 cifara")]
    [InlineData("en", "Your personal number must be exactly 10 digits")]
    public void Render_ShortPersonalNumber_ShowsItsMessageUnderThePersonalNumberOnly(string culture, string message)
    {
        using var _ = InCulture(culture);

        var form = RenderValidated(new SignInForm { PersonalNumber = "500 000 01", Day = "12", Month = "4", Year = "1990" });

        Assert.Equal(message, form.Find("[data-testid=error-personal-number]").TextContent);
        Assert.Empty(form.FindAll("[data-testid=error-date-of-birth]"));
        Assert.Equal("500 000 01", form.Find("[data-testid=personal-number]").GetAttribute("value"));
        Assert.Equal("PersonalNumber-hint PersonalNumber-error", form.Find("#PersonalNumber").GetAttribute("aria-describedby"));
        Assert.Equal(["PersonalNumber"], FieldsInError(form));
    }

    [Theory]
    [InlineData("sq", "Data e lindjes duhet të jetë një datë e vërtetë")]
    [InlineData("sr-Latn", "Datum rođenja mora biti stvaran datum")]
    [InlineData("en", "Date of birth must be a real date")]
    public void Render_ImpossibleDate_ShowsItsMessageUnderTheDateOfBirthOnly(string culture, string message)
    {
        using var _ = InCulture(culture);

        var form = RenderValidated(new SignInForm { PersonalNumber = "5000000001", Day = "30", Month = "2", Year = "1990" });

        Assert.Equal(message, form.Find("[data-testid=error-date-of-birth]").TextContent);
        Assert.Empty(form.FindAll("[data-testid=error-personal-number]"));
        Assert.Equal(["30", "2", "1990"], new[] { "dob-day", "dob-month", "dob-year" }.Select(id => form.Find($"[data-testid={id}]").GetAttribute("value")));
        Assert.Equal("dob-hint dob-error", form.Find("fieldset").GetAttribute("aria-describedby"));
        Assert.Equal(["Day"], FieldsInError(form));
    }

    [Theory]
    [InlineData("", "12", "4", "1990", "error-personal-number", "Enter your personal number")]
    [InlineData("12345678901", "12", "4", "1990", "error-personal-number", "Your personal number must be exactly 10 digits")]
    [InlineData("5000000001", "12", "", "1990", "error-date-of-birth", "Enter the day, month and year of your birth")]
    [InlineData("5000000001", "1", "3", "2027", "error-date-of-birth", "Date of birth must be in the past")]
    public void Render_EachValidatorRule_PutsItsMessageUnderItsField(string number, string day, string month, string year, string testId, string message)
    {
        using var _ = InCulture("en");

        var form = RenderValidated(new SignInForm { PersonalNumber = number, Day = day, Month = month, Year = year });

        var error = Assert.Single(form.FindAll(".error-message"));
        Assert.Equal(testId, error.GetAttribute("data-testid"));
        Assert.Equal(message, error.TextContent);
    }

    [Fact]
    public void Render_ValidDetails_MarksNoFieldInError()
    {
        using var _ = InCulture("en");

        var form = RenderValidated(new SignInForm { PersonalNumber = "500 000 0001", Day = "12", Month = "4", Year = "1990" });

        Assert.Empty(form.FindAll(".error-message"));
        Assert.Empty(FieldsInError(form));
        Assert.Equal("PersonalNumber-hint", form.Find("#PersonalNumber").GetAttribute("aria-describedby"));
        Assert.Equal("dob-hint", form.Find("fieldset").GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData("sq", "Shkruani numrin tuaj personal", "Shkruani ditën, muajin dhe vitin e lindjes")]
    [InlineData("sr-Latn", "Unesite svoj lični broj", "Unesite dan, mesec i godinu rođenja")]
    [InlineData("en", "Enter your personal number", "Enter the day, month and year of your birth")]
    public void ErrorSummary_EmptyForm_LinksEachMessageToItsFieldOnThePage(string culture, string numberMessage, string dateMessage)
    {
        using var _ = InCulture(culture);
        var errors = Validate(new SignInForm());
        Services.GetRequiredService<NavigationManager>().NavigateTo("/apply/sign-in?culture=" + culture);

        var summary = Render<ErrorSummary>(p => p.Add(c => c.Title, "Title").Add(c => c.Errors, errors));
        var form = Render<SignInFields>(p => p.Add(c => c.Form, new SignInForm()).Add(c => c.Errors, errors));

        var links = summary.FindAll("[data-testid=error-summary] a");
        // The page's own address, not "#PersonalNumber", which <base href="/"> would turn into the start page.
        var page = "/apply/sign-in?culture=" + culture;
        Assert.Equal([(page + "#PersonalNumber", numberMessage), (page + "#Day", dateMessage)], links.Select(a => (a.GetAttribute("href"), a.TextContent)));
        foreach (var link in links)
        {
            var field = form.Find(link.GetAttribute("href")![page.Length..]);
            Assert.Equal("input", field.LocalName);
        }

        Assert.Equal(numberMessage, form.Find("[data-testid=error-personal-number]").TextContent);
        Assert.Equal(dateMessage, form.Find("[data-testid=error-date-of-birth]").TextContent);
    }

    /// <summary>Validates as the sign-in page does and renders the fields with the resulting messages.</summary>
    private IRenderedComponent<SignInFields> RenderValidated(SignInForm typed)
    {
        var errors = Validate(typed);
        return Render<SignInFields>(p => p.Add(c => c.Form, typed).Add(c => c.Errors, errors));
    }

    private List<KeyValuePair<string, string>> Validate(SignInForm typed) =>
        [.. SignInFields.Messages(new SignInFormValidator(new FixedClock(Today)).Validate(typed), Services.GetRequiredService<IStringLocalizer<Text>>())];

    /// <summary>The ids of the inputs whose group is marked as in error (the date group by its first box).</summary>
    private static IEnumerable<string> FieldsInError(IRenderedComponent<SignInFields> form) =>
        form.FindAll(".form-group--error").Select(group => group.QuerySelector("input")!.Id!);
}
