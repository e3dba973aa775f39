using Deque.AxeCore.Playwright;
using KosovoElections.EndToEndTests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.StartPage;

/// <summary>axe-core in real Chromium over the start page as a voter sees it, in each language.</summary>
[Collection(StartPageCollection.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    [InlineData("en")]
    public async Task StartPage_InEachLanguage_HasNoSeriousOrCriticalAxeViolations(string culture)
    {
        await using var context = await chromium.NewContextAsync(StartPageCollection.Voter(site));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/?culture=" + culture);
        await Expect(page.GetByTestId("deadline-local")).ToBeVisibleAsync();

        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
