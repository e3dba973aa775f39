using System.Text.RegularExpressions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Office;

/// <summary>
/// An open review page follows the account (issue 13, T-SES-03): a disabled reviewer, a reviewer made an admin or one
/// who signed out in another tab loses the page at the next revalidation of the circuit (two seconds here, one minute
/// in production), which sends the tab to the staff sign-in with the way back.
/// </summary>
public sealed partial class OpenOfficePageTests(ChromiumFixture chromium, QuicklyRevalidatingOfficeSite site)
    : IClassFixture<ChromiumFixture>, IClassFixture<QuicklyRevalidatingOfficeSite>
{
    /// <summary>Many intervals: the machines that run the tests are small and shared.</summary>
    private const float Within = 20_000;

    public enum Change
    {
        Disabled,
        MadeAdmin,
    }

    [Theory]
    [InlineData(Change.Disabled)]
    [InlineData(Change.MadeAdmin)]
    public async Task ReviewPage_AccountChangedWhileOpen_IsLeftForTheStaffSignIn(Change change)
    {
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Host.BaseUrl });
        var page = await context.NewPageAsync();
        var reviewer = await site.SignInAsync(page, StaffRole.Reviewer);
        var application = await site.ClaimedByAsync(reviewer);
        await OfficeSite.OpenInteractiveAsync(page, application);
        await Expect(page.GetByTestId("decision-form")).ToBeVisibleAsync();

        if (change == Change.Disabled)
        {
            await site.Host.SetDisabledAsync(reviewer.Id);
        }
        else
        {
            await site.ChangeRoleAsync(reviewer.Id, StaffRole.Admin);
        }

        await Expect(page).ToHaveURLAsync(SignInFor(application), new() { Timeout = Within });
        await Expect(page.GetByTestId("decision-form")).ToHaveCountAsync(0);
        Assert.Equal(ApplicationStatus.InReview, await site.StatusOfAsync(application.Id));
    }

    [Fact]
    public async Task ReviewPage_SignedOutInAnotherTab_IsLeftForTheStaffSignIn()
    {
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Host.BaseUrl });
        var review = await context.NewPageAsync();
        var reviewer = await site.SignInAsync(review, StaffRole.Reviewer);
        var application = await site.ClaimedByAsync(reviewer);
        await OfficeSite.OpenInteractiveAsync(review, application);

        var other = await context.NewPageAsync();
        await other.GotoAsync("/office");
        await other.GetByTestId("office-sign-out-form").Locator("button").ClickAsync();
        await Expect(other).ToHaveURLAsync(new Regex("/office/sign-in$"));

        await Expect(review).ToHaveURLAsync(SignInFor(application), new() { Timeout = Within });
        await Expect(review.GetByTestId("decision-form")).ToHaveCountAsync(0);
    }

    private Regex SignInFor(VoterApplication application) =>
        new("^" + Regex.Escape(site.Host.BaseUrl + "/office/sign-in?returnUrl=" + Uri.EscapeDataString("/office/applications/" + application.ReferenceNumber)) + "$");
}
