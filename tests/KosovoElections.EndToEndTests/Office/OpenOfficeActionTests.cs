using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Office;

/// <summary>
/// Every action of an open back-office page is checked on the server with the account as it is now, before the
/// circuit's next revalidation (one minute here, as in production): a decision from a page whose reviewer was disabled,
/// made an admin or signed out in another tab is refused at once and changes nothing (T-SES-03, T-AC-01).
/// </summary>
public sealed class OpenOfficeActionTests(ChromiumFixture chromium, OfficeSite site)
    : IClassFixture<ChromiumFixture>, IClassFixture<OfficeSite>
{
    public enum Change
    {
        Disabled,
        MadeAdmin,
        SignedOutElsewhere,
    }

    [Fact]
    public async Task Decision_AccountUnchanged_IsApplied()
    {
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Host.BaseUrl });
        var page = await context.NewPageAsync();
        var reviewer = await site.SignInAsync(page, StaffRole.Reviewer);
        var application = await site.ClaimedByAsync(reviewer);
        await OfficeSite.OpenInteractiveAsync(page, application);

        await page.GetByTestId("decision-Approve").CheckAsync();
        await page.GetByTestId("decision-submit").ClickAsync();

        await Expect(page).Not.ToHaveURLAsync(site.Host.BaseUrl + "/office/applications/" + application.ReferenceNumber);
        Assert.Equal(ApplicationStatus.Approved, await site.StatusOfAsync(application.Id));
    }

    [Theory]
    [InlineData(Change.Disabled)]
    [InlineData(Change.MadeAdmin)]
    [InlineData(Change.SignedOutElsewhere)]
    public async Task Decision_FromAPageOpenBeforeTheChange_IsRefusedAtOnce(Change change)
    {
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Host.BaseUrl });
        var page = await context.NewPageAsync();
        var reviewer = await site.SignInAsync(page, StaffRole.Reviewer);
        var application = await site.ClaimedByAsync(reviewer);
        await OfficeSite.OpenInteractiveAsync(page, application);

        switch (change)
        {
            case Change.Disabled:
                await site.Host.SetDisabledAsync(reviewer.Id);
                break;
            case Change.MadeAdmin:
                await site.ChangeRoleAsync(reviewer.Id, StaffRole.Admin);
                break;
            case Change.SignedOutElsewhere:
                var other = await context.NewPageAsync();
                await other.GotoAsync("/office");
                await other.GetByTestId("office-sign-out-form").Locator("button").ClickAsync();
                await Expect(other).ToHaveURLAsync(site.Host.BaseUrl + "/office/sign-in");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change));
        }

        await page.GetByTestId("decision-Approve").CheckAsync();
        await page.GetByTestId("decision-submit").ClickAsync();

        await Expect(page.GetByTestId("decision-refused")).ToHaveAttributeAsync("data-status", "NotPermitted");
        Assert.Equal(ApplicationStatus.InReview, await site.StatusOfAsync(application.Id));
    }
}
