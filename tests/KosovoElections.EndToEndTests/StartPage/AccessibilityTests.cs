using KosovoElections.EndToEndTests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.StartPage;

/// <summary>axe-core in real Chromium over the start page as a voter sees it, in each language.</summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    [InlineData("en")]
    public async Task StartPage_InEachLanguage_HasNoSeriousOrCriticalAxeViolations(string culture)
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/?culture=" + culture);
        await Expect(page.GetByTestId("deadline-local")).ToBeVisibleAsync();

        await page.AssertNoSeriousAxeViolationsAsync();
    }
}
