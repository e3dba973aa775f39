using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Capture;

/// <summary>
/// An open camera page follows the applicant's session (T-SES-03), as the office's review page does: signed out in
/// another tab, the page is left for the sign-in at the next revalidation of the circuit (two seconds here, one minute
/// in production) instead of showing a camera whose every photo the server would refuse.
/// </summary>
public sealed class OpenCapturePageTests(ChromiumFixture chromium, QuicklyRevalidatingOfficeSite site)
    : IClassFixture<ChromiumFixture>, IClassFixture<QuicklyRevalidatingOfficeSite>
{
    /// <summary>Many intervals: the machines that run the tests are small and shared.</summary>
    private const float Within = 20_000;

    [Theory]
    [InlineData("/apply/selfie", 40)]
    [InlineData("/apply/documents/address", 41)]
    public async Task CapturePage_SignedOutInAnotherTab_IsLeftForTheSignIn(string capturePage, int applicant)
    {
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Host.BaseUrl });
        var capture = await context.NewPageAsync();
        await SignInForm.SignInAsync(capture, SignInSeed.Numbered(applicant), SignInSeed.AdultBorn.AddDays(applicant));
        await capture.GotoAsync(capturePage + "?culture=en");
        await Expect(capture.GetByTestId("step-continue")).ToBeEnabledAsync(); // the circuit is up

        var other = await context.NewPageAsync();
        await other.GotoAsync("/apply?culture=en");
        await other.GetByTestId("sign-out").ClickAsync();
        await Expect(other.GetByTestId("sign-out")).ToHaveCountAsync(0);

        var back = Uri.EscapeDataString(capturePage + "?culture=en");
        await Expect(capture).ToHaveURLAsync(new Regex("^" + Regex.Escape(site.Host.BaseUrl + "/apply/sign-in?returnUrl=" + back) + "$"), new() { Timeout = Within });
    }
}
