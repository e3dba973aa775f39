using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.ReturnMethods;

/// <summary>
/// The return-method page on a 390 px phone, as a citizen sees it: its question is the page's heading (not a 16 px
/// label), the radios keep their 40 px beside two-line labels, and the always-shown mailbox address is a hint, not
/// the bar of a conditional question.
/// </summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed class ReturnMethodLayoutTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("sq", 20)]
    [InlineData("sr-Latn", 21)]
    public async Task ReturnMethodPage_OnAPhone_HeadingIsLargeAndRadiosKeepTheirSize(string culture, int applicant)
    {
        var options = site.Voter();
        options.ViewportSize = new() { Width = 390, Height = 844 };
        await using var context = await chromium.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(applicant), OpenElectionSite.Born);

        await page.GotoAsync("/apply/return-method?culture=" + culture);

        var headingSize = await page.GetByTestId("return-method-heading").EvaluateAsync<string>("h => getComputedStyle(h).fontSize");
        Assert.Equal("32px", headingSize);
        var radios = page.Locator(".radio input[type=radio]");
        Assert.True(await radios.CountAsync() >= 2);
        foreach (var radio in await radios.AllAsync())
        {
            var box = (await radio.BoundingBoxAsync())!;
            Assert.Equal((40f, 40f), (box.Width, box.Height)); // GOV.UK's large radios, as on every page
        }

        var hint = page.GetByTestId("mailbox-PostalAbroad");
        Assert.Equal("0px", await hint.EvaluateAsync<string>("h => getComputedStyle(h).borderLeftWidth"));
        await page.AssertNoSeriousAxeViolationsAsync();
    }
}
