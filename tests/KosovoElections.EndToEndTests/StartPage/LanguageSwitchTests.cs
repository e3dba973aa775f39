using KosovoElections.EndToEndTests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.StartPage;

/// <summary>The language links in real Chromium: the page changes language and the choice is remembered (cookie).</summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed class LanguageSwitchTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("sr-Latn", "Rok za prijavu", "Počnite sada", "dana")]
    [InlineData("en", "Deadline to apply", "Start now", "days")]
    public async Task LanguageLink_Clicked_SwitchesLanguageAndKeepsItOnReturn(string culture, string deadlineLabel, string start, string days)
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sq");

        await page.GetByTestId("language-" + culture).ClickAsync();

        await Expect(page.GetByTestId("deadline")).ToContainTextAsync(deadlineLabel);
        await Expect(page.GetByTestId("countdown")).ToContainTextAsync($" {days} ");
        await Expect(page.GetByTestId("start-button")).ToHaveTextAsync(start);
        await Expect(page.GetByTestId("language-" + culture)).ToHaveAttributeAsync("aria-current", "true");
        await Expect(page.GetByTestId("language-sq")).Not.ToHaveAttributeAsync("aria-current", "true");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

        await page.GotoAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Expect(page.GetByTestId("deadline")).ToContainTextAsync(deadlineLabel);
    }

    [Fact]
    public async Task LanguageChosenByLink_OnAGermanPhone_StaysForTheNextPage()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/?culture=sr-Latn");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sr-Latn");

        await page.GetByTestId("start-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/apply/sign-in"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sr-Latn");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Identifikujte se");
    }

    [Fact]
    public async Task LanguageSwitch_MidForm_KeepsWhatWasTyped()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(22), OpenElectionSite.Born);
        await page.GotoAsync("/apply/address");
        await page.GetByTestId("address-country").SelectOptionAsync("CH");
        await page.GetByTestId("address-city").FillAsync("Zürich");
        await page.GetByTestId("address-street").FillAsync("Langstrasse 21");

        await page.GetByTestId("language-sr-Latn").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sr-Latn");
        await Expect(page.GetByTestId("address-city")).ToHaveValueAsync("Zürich");
        await Expect(page.GetByTestId("address-street")).ToHaveValueAsync("Langstrasse 21");
        await Expect(page.GetByTestId("address-country")).ToHaveValueAsync("CH");

        // Kept once: a later visit shows only what was saved.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("address-city")).ToHaveValueAsync("");
    }
}
