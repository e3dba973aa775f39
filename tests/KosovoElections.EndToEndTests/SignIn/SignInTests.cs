using System.Globalization;
using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.SignIn;

/// <summary>
/// The applicant sign-in in real Chromium, from the start page to the application and out again, in English (the
/// browser's language) and in Albanian (the default for a browser whose language the site does not offer).
/// </summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed partial class SignInTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("en-GB", "en", 0, "Not yet submitted", "Continue: Your photo (selfie)")]
    [InlineData("de-DE", "sq", 1, "Në plotësim", "Vazhdo: Fotografia juaj (selfie)")]
    public async Task SignIn_RightDetailsTypedWithSpaces_OpensTheApplicationUntilSignOut(string browserLocale, string language, int applicant, string status, string nextStep)
    {
        await using var context = await chromium.NewContextAsync(site.Voter(locale: browserLocale));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByTestId("start-button").ClickAsync();
        await Expect(page).ToHaveURLAsync(SignInPage());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);

        await SignInForm.FillAsync(page, Spaced(OpenElectionSite.Applicant(applicant)), OpenElectionSite.Born);
        await page.GetByTestId("sign-in-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(OverviewPage());
        await Expect(page.GetByTestId("applicant-name")).ToHaveTextAsync($"{RegistryPeople.FirstName} {RegistryPeople.LastName}");
        await Expect(page.GetByTestId("application-status")).ToHaveTextAsync(status);
        await Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "Selfie");
        await Expect(page.GetByTestId("next-step")).ToHaveTextAsync(nextStep);

        await page.GetByTestId("sign-out").ClickAsync();

        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/");
        await Expect(page.GetByTestId("start-button")).ToBeVisibleAsync();
        await page.GotoAsync("/apply");
        await Expect(page).ToHaveURLAsync(SignInPageReturningToOverview());
        await Expect(page.GetByTestId("sign-in-form")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("en-GB", 2, "We could not find you with these details.")]
    [InlineData("de-DE", 3, "Nuk ju gjetëm me këto të dhëna.")]
    public async Task SignIn_WrongDateOfBirth_ShowsTheGenericRefusalAndKeepsWhatWasTyped(string browserLocale, int applicant, string refusal)
    {
        await using var context = await chromium.NewContextAsync(site.Voter(locale: browserLocale));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/apply/sign-in");
        var number = Spaced(OpenElectionSite.Applicant(applicant));
        var wrongDate = OpenElectionSite.Born.AddDays(1);

        await SignInForm.FillAsync(page, number, wrongDate);
        await page.GetByTestId("sign-in-submit").ClickAsync();

        await Expect(page.GetByTestId("sign-in-refused")).ToContainTextAsync(refusal);
        await Expect(page).ToHaveURLAsync(SignInPage());
        await Expect(page.GetByTestId("error-summary")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("personal-number")).ToHaveValueAsync(number);
        await Expect(page.GetByTestId("dob-day")).ToHaveValueAsync(Text(wrongDate.Day));
        await Expect(page.GetByTestId("dob-month")).ToHaveValueAsync(Text(wrongDate.Month));
        await Expect(page.GetByTestId("dob-year")).ToHaveValueAsync(Text(wrongDate.Year));
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    [InlineData("en")]
    public async Task SignInPage_WithValidationErrors_HasNoSeriousOrCriticalAxeViolations(string culture)
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/apply/sign-in?culture=" + culture);
        await page.GetByTestId("personal-number").FillAsync("12345");
        await page.GetByTestId("dob-day").FillAsync("31");
        await page.GetByTestId("dob-month").FillAsync("2");
        await page.GetByTestId("dob-year").FillAsync("1990");
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await Expect(page.GetByTestId("error-personal-number")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("error-date-of-birth")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("error-summary")).ToBeVisibleAsync();

        await page.AssertNoSeriousAxeViolationsAsync();
    }

    /// <summary>As printed on the ID card and copied from it: 520 000 0001.</summary>
    private static string Spaced(string personalNumber) => $"{personalNumber[..3]} {personalNumber[3..6]} {personalNumber[6..]}";

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/apply/sign-in$")]
    private static partial Regex SignInPage();

    [GeneratedRegex(@"/apply/sign-in\?returnUrl=%2Fapply$")]
    private static partial Regex SignInPageReturningToOverview();

    [GeneratedRegex(@"/apply$")]
    private static partial Regex OverviewPage();
}
