using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Capture;

/// <summary>
/// Issue 11 (3): Continue on the camera pages checks like every other step. A photo missing, or taken and not used,
/// keeps the applicant on the page with a GOV.UK error summary and the message at the photo; nothing is dropped silently.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class StepContinueTests(FakeCameraChromium chromium, OpenElectionSite site)
{
    [Theory]
    [InlineData("sq", "Bëni një foto të fytyrës suaj")]
    [InlineData("sr-Latn", "Fotografišite svoje lice")]
    [InlineData("en", "Take a photo of your face")]
    public async Task Continue_OnTheSelfiePageWithoutAPhoto_StaysWithTheErrorAtThePhoto(string culture, string message)
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 12);
        // The language chosen with the header's links (a cookie), which the circuit also speaks.
        await page.GotoAsync($"/culture?culture={culture}&returnUrl=/apply/selfie");
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        await CaptureSlot.LiveAsync(slot);

        await page.GetByTestId("step-continue").ClickAsync();

        var summary = page.GetByTestId("error-summary");
        await Expect(summary.Locator("li")).ToHaveTextAsync([message]);
        await Expect(slot.GetByTestId("capture-slot-error")).ToHaveTextAsync(message);
        await Expect(page).ToHaveURLAsync(new Regex("/apply/selfie"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.contains(document.querySelector('[data-testid=error-summary]'))"));
        // The summary's link and the message point at the camera's button, which reads the message with its name.
        Assert.EndsWith("#photo-Selfie-None", await summary.Locator("a").GetAttributeAsync("href"), StringComparison.Ordinal);
        await Expect(page.Locator("#photo-Selfie-None")).ToHaveAttributeAsync("aria-describedby", "photo-Selfie-None-error");
        await page.AssertNoSeriousAxeViolationsAsync();
    }

    [Fact]
    public async Task Continue_WithTheSelfieInPreview_AsksToUseItAndGoesOnOnceUsed()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 13);
        await page.GotoAsync("/apply/selfie?culture=en");
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        await CaptureSlot.LiveAsync(slot);
        await slot.GetByTestId("camera-start").ClickAsync();
        await slot.GetByTestId("camera-capture").ClickAsync();
        await Expect(slot.GetByTestId("camera-preview")).ToBeVisibleAsync();

        await page.GetByTestId("step-continue").ClickAsync();

        const string message = "Photo of your face: choose “Use this photo” or take the photo again";
        await Expect(page.GetByTestId("error-summary").Locator("li")).ToHaveTextAsync([message]);
        await Expect(slot.GetByTestId("capture-slot-error")).ToHaveTextAsync(message);
        await Expect(slot.GetByTestId("camera")).ToHaveAttributeAsync("data-state", "Preview");

        await slot.GetByTestId("camera-use").ClickAsync();
        await Expect(slot.GetByTestId("capture-thumbnail")).ToHaveAttributeAsync("src", CaptureSlot.DocumentThumbnail());
        await Expect(slot.GetByTestId("capture-slot-error")).ToHaveCountAsync(0);
        await page.GetByTestId("step-continue").ClickAsync();

        // Straight on to the next step still to do, not back to the overview.
        await Expect(page).ToHaveURLAsync(new Regex("/apply/email$"));
    }

    [Fact]
    public async Task Continue_OnTheDocumentPages_NamesWhatEachPageStillMisses()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 14);
        await page.GotoAsync("/apply/documents/identity?culture=en");
        await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();

        await page.GetByTestId("step-continue").ClickAsync();

        var summary = page.GetByTestId("error-summary").Locator("li");
        await Expect(summary).ToHaveTextAsync(["Choose which Kosovo document you have"]);
        await Expect(page.GetByTestId("error-id-type")).ToHaveTextAsync("Choose which Kosovo document you have");
        await page.AssertNoSeriousAxeViolationsAsync();

        await page.GetByTestId("id-type-IdCardFront").CheckAsync();
        await page.GetByTestId("step-continue").ClickAsync();
        await Expect(summary).ToHaveTextAsync(["Take a photo of the front of your ID card"]);
        await Expect(page.GetByTestId("capture-slot-IdDocument-IdCardFront").GetByTestId("capture-slot-error"))
            .ToHaveTextAsync("Take a photo of the front of your ID card");
        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/identity\\?"));

        await page.GotoAsync("/apply/documents/address?culture=en");
        await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();
        await page.GetByTestId("step-continue").ClickAsync();
        await Expect(summary).ToHaveTextAsync(["Choose what proof of your address abroad you have"]);
        await page.GetByTestId("proof-type-UtilityBill").CheckAsync();
        await page.GetByTestId("step-continue").ClickAsync();
        await Expect(summary).ToHaveTextAsync(["Take a photo of your proof of address"]);
        await page.AssertNoSeriousAxeViolationsAsync();
    }

    [Fact]
    public async Task Camera_PressedWithTheKeyboard_KeepsTheFocusOnTheNextControlAndSaysWhatChanged()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 15);
        await page.GotoAsync("/apply/selfie?culture=en");
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        var status = slot.GetByTestId("camera-status");
        await CaptureSlot.LiveAsync(slot);
        await slot.GetByTestId("camera-start").FocusAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(status).ToHaveTextAsync("The camera is on. Take the photo when you are ready.");
        await Expect(slot.GetByTestId("camera-capture")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync(" ");
        await Expect(status).ToHaveTextAsync("Check the photo: is everything sharp and readable?");
        await Expect(slot.GetByTestId("camera-use")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(status).ToHaveTextAsync("The photo was saved.");
        await Expect(slot.GetByTestId("camera-retake")).ToBeFocusedAsync();
        Assert.Equal("camera-retake", await page.EvaluateAsync<string>("() => document.activeElement.dataset.testid"));
    }

    [Fact]
    public async Task SelfiePage_BeforeTheConnectionIsUp_SaysItIsConnecting()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 16);
        var circuit = new TaskCompletionSource();
        // Blazor and the page's own camera script (decision 0019, which makes the button work earlier) still on their way.
        foreach (var script in new[] { "**/_framework/blazor.web*.js*", "**/js/camera-early*.js*" })
        {
            await page.RouteAsync(script, async route =>
            {
                await circuit.Task;
                await route.ContinueAsync();
            });
        }

        await page.GotoAsync("/apply/selfie?culture=en", new() { WaitUntil = WaitUntilState.Commit });

        var slot = page.GetByTestId("capture-slot-Selfie-None");
        await Expect(slot.GetByTestId("camera-status")).ToHaveTextAsync("Connecting… The camera button will work in a moment.");
        await Expect(slot.GetByTestId("camera-start")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("step-continue")).ToBeDisabledAsync();
        await Expect(slot.GetByTestId("camera")).Not.ToHaveAttributeAsync("data-live", "true");

        circuit.SetResult();
        await CaptureSlot.LiveAsync(slot);
        await Expect(slot.GetByTestId("camera-start")).ToBeEnabledAsync();
        await Expect(slot.GetByTestId("camera-status")).ToContainTextAsync("Turn on the camera to take the photo.");
        await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();
    }
}
