using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Resume;

/// <summary>
/// Issue 5, the long outage: the connection stays down until the server has discarded the page's circuit and kept
/// nothing of it (as after a restart), so the page cannot carry on where it was. The applicant is told, reloads the same
/// page, and loses nothing that was saved.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed partial class LostCircuitTests(FakeCameraChromium chromium, RestartedElectionSite site) : IClassFixture<RestartedElectionSite>
{
    [Fact]
    public async Task ConnectionDown_UntilTheServerForgetsThePage_ReloadLandsOnTheSamePageAndTheApplicationResumes()
    {
        await using var network = TcpRelay.To(site.BaseUrl);
        await using var context = await chromium.NewContextAsync(
            new() { BaseURL = network.BaseUrl, Locale = "en-GB", TimezoneId = "Europe/Berlin", Permissions = ["camera"] });
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(0), OpenElectionSite.Born);
        await page.GotoAsync("/apply/selfie?culture=en");
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-Selfie-None"));

        var forgotten = site.NextForgottenCircuitAsync();
        network.Cut();
        var notice = page.GetByTestId("reconnect");
        await Expect(notice.GetByTestId("reconnect-trying")).ToBeVisibleAsync();
        await forgotten.WaitAsync(TimeSpan.FromSeconds(30));

        network.Restore();
        var ended = notice.GetByTestId("reconnect-rejected");
        await Expect(ended).ToBeVisibleAsync();
        await Expect(ended).ToHaveTextAsync("The session on this page has ended. Reload the page");
        await ended.GetByTestId("reconnect-reload").ClickAsync();

        await Expect(page).ToHaveURLAsync(SelfiePage());
        await Expect(notice).ToBeHiddenAsync();
        await CaptureSlot.LiveAsync(page.GetByTestId("capture-slot-Selfie-None")); // a new circuit

        await page.GotoAsync("/apply?culture=en");
        await Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "Email");
        await page.GotoAsync("/apply/check?culture=en");
        await Expect(page.GetByTestId("check-document")).ToHaveAttributeAsync("data-kind", "Selfie");
        await Expect(page.GetByTestId("check-thumbnail")).ToHaveJSPropertyAsync("complete", true);
    }

    [GeneratedRegex(@"/apply/selfie(\?culture=en)?$")]
    private static partial Regex SelfiePage();
}
