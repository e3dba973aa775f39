using KosovoElections.EndToEndTests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Resume;

/// <summary>
/// The long outage on .NET 10: the connection stays down until the server has let the page's circuit go, and the
/// page comes back by itself, without a reload, with what the applicant had chosen on screen but not yet photographed.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class EvictedCircuitTests(FakeCameraChromium chromium, ForgetfulElectionSite site) : IClassFixture<ForgetfulElectionSite>
{
    [Fact]
    public async Task ConnectionDown_UntilTheServerLetsThePageGo_PageResumesWithTheChosenDocumentType()
    {
        await using var network = TcpRelay.To(site.BaseUrl);
        await using var context = await chromium.NewContextAsync(
            new() { BaseURL = network.BaseUrl, Locale = "en-GB", TimezoneId = "Europe/Berlin", Permissions = ["camera"] });
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(1), OpenElectionSite.Born);
        await page.GotoAsync("/apply/documents/identity?culture=en");
        await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();
        await page.GetByTestId("id-type-Passport").CheckAsync();
        await Expect(page.GetByTestId("capture-slot-IdDocument-Passport")).ToBeVisibleAsync();
        // A mark on this very document: a reload would wipe it.
        await page.EvaluateAsync("() => window.sameDocument = true");

        var forgotten = site.NextForgottenCircuitAsync();
        network.Cut();
        var notice = page.GetByTestId("reconnect");
        await Expect(notice.GetByTestId("reconnect-trying")).ToBeVisibleAsync();
        await forgotten.WaitAsync(TimeSpan.FromSeconds(30));
        network.Restore();

        await Expect(notice).ToBeHiddenAsync(new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        await Expect(page.GetByTestId("id-type-Passport")).ToBeCheckedAsync();
        var passport = page.GetByTestId("capture-slot-IdDocument-Passport");
        await Expect(passport).ToBeVisibleAsync();

        // The resumed page is live: the passport can be photographed and is saved.
        await CaptureSlot.CaptureAsync(passport);
        await page.GotoAsync("/apply/check?culture=en");
        await Expect(page.Locator("[data-testid=check-document][data-kind=IdDocument]")).ToHaveCountAsync(1);
    }
}
