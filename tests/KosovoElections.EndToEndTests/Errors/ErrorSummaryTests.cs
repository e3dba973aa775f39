using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Errors;

/// <summary>
/// The error summary in real Chromium: a message in it takes the applicant to its field on the same page, with what
/// was typed still there, whatever the page's address (the site has a base href of "/").
/// </summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed class ErrorSummaryTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-GB")]
    public async Task SummaryLink_SignInWithoutPersonalNumber_FocusesTheFieldAndKeepsWhatWasTyped(string browserLocale)
    {
        await using var context = await chromium.NewContextAsync(site.Voter(locale: browserLocale));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/apply/sign-in");
        await page.GetByTestId("dob-day").FillAsync("12");
        await page.GetByTestId("dob-month").FillAsync("4");
        await page.GetByTestId("dob-year").FillAsync("1990");
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await Expect(page.GetByTestId("error-personal-number")).ToBeVisibleAsync();
        var url = page.Url;

        await page.GetByTestId("error-summary").GetByRole(AriaRole.Link).First.ClickAsync();

        await Expect(page.GetByTestId("personal-number")).ToBeFocusedAsync();
        Assert.Equal(url, page.Url);
        await Expect(page.GetByTestId("error-summary")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("dob-day")).ToHaveValueAsync("12");
        await Expect(page.GetByTestId("dob-month")).ToHaveValueAsync("4");
        await Expect(page.GetByTestId("dob-year")).ToHaveValueAsync("1990");
    }

    [Fact]
    public async Task SummaryLink_AddressWithoutStreet_FocusesTheStreetAndKeepsWhatWasTyped()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(5), OpenElectionSite.Born);
        await page.GotoAsync("/apply/address");
        await page.GetByTestId("address-country").SelectOptionAsync("CH");
        await page.GetByTestId("address-city").FillAsync("Zürich");
        await page.GetByTestId("address-postal-code").FillAsync("8004");
        await page.GetByTestId("phone-number").FillAsync("044 123 45 67");
        await page.GetByTestId("address-submit").ClickAsync();
        await Expect(page.GetByTestId("error-street")).ToBeVisibleAsync();
        var url = page.Url;

        await page.GetByTestId("error-summary").GetByRole(AriaRole.Link).First.ClickAsync();

        await Expect(page.GetByTestId("address-street")).ToBeFocusedAsync();
        Assert.Equal(url, page.Url);
        await Expect(page.GetByTestId("address-country")).ToHaveValueAsync("CH");
        await Expect(page.GetByTestId("address-city")).ToHaveValueAsync("Zürich");
        await Expect(page.GetByTestId("address-postal-code")).ToHaveValueAsync("8004");
    }

    [Fact]
    public async Task SkipLink_OnAFormPage_FocusesTheMainContentWithoutLeavingThePage()
    {
        await using var context = await chromium.NewContextAsync(site.Voter(locale: "en-GB"));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/apply/sign-in");
        await page.GetByTestId("personal-number").FillAsync(OpenElectionSite.Applicant(5));

        await page.Locator(".skip-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main")).ToBeFocusedAsync();
        Assert.Equal(site.BaseUrl + "/apply/sign-in", page.Url);
        await Expect(page.GetByTestId("personal-number")).ToHaveValueAsync(OpenElectionSite.Applicant(5));
    }
}
