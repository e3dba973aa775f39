using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Resume;

/// <summary>
/// Issue 5: everything is saved as each step completes, and the wizard carries on after a dropped connection, a closed
/// tab or a sign-in on another device. The network really drops (<see cref="TcpRelay"/> resets the circuit's
/// WebSocket and refuses new connections); the browser and the app are the real ones.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class InterruptedWizardTests(FakeCameraChromium chromium, OpenElectionSite site)
{
    [Fact]
    public async Task ConnectionDropped_OnTheDocumentsStep_TellsTheApplicantAndCarriesOnWhenItReturns()
    {
        await using var network = TcpRelay.To(site.BaseUrl);
        await using var context = await chromium.NewContextAsync(Voter(network.BaseUrl));
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(10), OpenElectionSite.Born);
        await page.GotoAsync("/apply/documents?culture=en");
        var passport = await CaptureSlot.CapturePassportAsync(page);

        network.Cut();
        var notice = page.GetByTestId("reconnect");
        await Expect(notice.GetByTestId("reconnect-trying")).ToBeVisibleAsync();
        await Expect(notice.GetByTestId("reconnect-trying")).ToHaveTextAsync("The connection was lost. Trying to reconnect… Nothing you have saved is lost.");
        await Expect(notice.GetByTestId("reconnect-rejected")).ToBeHiddenAsync();

        network.Restore();
        await Expect(notice).ToBeHiddenAsync();

        // The same page carried on over the same circuit: a reload would have lost the camera's state.
        await Expect(passport.GetByTestId("camera")).ToHaveAttributeAsync("data-state", "Done");
        await Expect(passport.GetByTestId("capture-thumbnail")).ToHaveAttributeAsync("src", CaptureSlot.DocumentThumbnail());

        // Continue is checked over the same circuit, and goes on to the next document page.
        await page.GetByTestId("step-continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/selfie-with-id$"));
        await page.GotoAsync("/apply?culture=en");
        await Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "Selfie");
    }

    [Fact]
    public async Task TabClosed_ThenAnotherDevice_ResumesAtTheFirstUnfinishedStepWithTheSavedPhoto()
    {
        await using (var laptop = await chromium.NewContextAsync(Voter(site.BaseUrl)))
        {
            var page = await laptop.NewPageAsync();
            await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(11), OpenElectionSite.Born);
            await page.GotoAsync("/apply/documents?culture=en");
            await CaptureSlot.CapturePassportAsync(page);
            await page.CloseAsync(); // the tab, without signing out

            var newTab = await laptop.NewPageAsync();
            await newTab.GotoAsync("/apply?culture=en");
            await Expect(newTab.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "Selfie");
        }

        await using var phone = await chromium.NewContextAsync(Voter(site.BaseUrl));
        var again = await phone.NewPageAsync();
        await SignInForm.SignInAsync(again, OpenElectionSite.Applicant(11), OpenElectionSite.Born);

        // The selfie, skipped on the laptop, is the first unfinished step; the passport is still there.
        await Expect(again.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "Selfie");
        await again.GotoAsync("/apply/check?culture=en");
        var saved = again.GetByTestId("check-document");
        await Expect(saved).ToHaveCountAsync(1);
        await Expect(saved).ToHaveAttributeAsync("data-kind", "IdDocument");
        var thumbnail = saved.GetByTestId("check-thumbnail");
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.Equal(400, (await thumbnail.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]")).Max());

        // The documents step opens at its first page still to do; back on the identity document's page, the passport is
        // chosen and its saved photo shown: nothing to retake.
        await again.GotoAsync("/apply/documents?culture=en");
        await Expect(again).ToHaveURLAsync(new Regex("/apply/documents/selfie-with-id\\?culture=en$"));
        await Expect(again.GetByTestId("capture-slot-SelfieWithId-None").GetByTestId("saved-photo")).ToHaveCountAsync(0);
        await again.GotoAsync("/apply/documents/identity?culture=en");
        await Expect(again.GetByTestId("id-type-Passport")).ToBeCheckedAsync();
        var passport = again.GetByTestId("capture-slot-IdDocument-Passport");
        await Expect(passport.GetByTestId("saved-photo")).ToContainTextAsync("This photo is saved.");
        await Expect(passport.GetByTestId("saved-thumbnail")).ToHaveJSPropertyAsync("complete", true);
        Assert.Equal(400, (await passport.GetByTestId("saved-thumbnail").EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]")).Max());
    }

    private static BrowserNewContextOptions Voter(string baseUrl) =>
        new() { BaseURL = baseUrl, Locale = "en-GB", TimezoneId = "Europe/Berlin", Permissions = ["camera"] };
}
