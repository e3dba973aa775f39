using KosovoElections.EndToEndTests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Circuits;

/// <summary>
/// T-BZ-04 in a real browser (issue 12 item 1): a page on another site cannot open the app's circuit WebSocket (the
/// browser sends the foreign Origin, the circuit guard answers 403), while the same script on the app's own page can.
/// </summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed class CrossSiteCircuitTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Fact]
    public async Task CircuitSocket_FromACrossSitePage_IsRefused()
    {
        await using var foreign = await ForeignSite.StartAsync(site.BaseUrl);
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();

        await page.GotoAsync(foreign.PageUrl);

        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-result", "refused");
    }

    [Fact]
    public async Task CircuitSocket_FromTheSitesOwnPage_Opens()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var result = await page.EvaluateAsync<string>(ForeignSite.Probe("ws" + site.BaseUrl.TrimEnd('/')[4..] + "/_blazor"));

        Assert.Equal("open", result);
    }
}
