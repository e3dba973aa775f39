using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Capture;

/// <summary>
/// Issue 11 (the camera button on Fast 3G), decision 0019: "Turn on the camera" works before the page's circuit is up.
/// The circuit is held back (its negotiate request waits) while the applicant presses the button: the camera starts
/// in the page's own script and the focus stays on the button; once the circuit is up the camera component takes that
/// camera over (the browser is asked once) and the photo is taken, sent and saved through the circuit as always.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed partial class CameraBeforeTheCircuitTests(FakeCameraChromium chromium, OpenElectionSite site)
{
    // Counts the page's requests for the camera, across Blazor replacing the prerendered camera.
    private const string CountCameraRequests = """
        (() => {
          const ask = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
          window.__cameraRequests = 0;
          navigator.mediaDevices.getUserMedia = (constraints) => { window.__cameraRequests++; return ask(constraints); };
        })();
        """;

    // Counts the changes to the page after which the focus is on the page itself while Blazor replaces the prerendered
    // camera, until the component has taken it over (data-live).
    private const string WatchTheFocus = """
        () => {
          window.__focusOnThePage = 0;
          new MutationObserver(() => {
            if (!document.querySelector('[data-testid=camera][data-live=true]') && document.activeElement === document.body) window.__focusOnThePage++;
          }).observe(document.body, { childList: true, subtree: true, attributes: true });
        }
        """;

    [Fact]
    public async Task Start_OpenedByAddressBeforeTheCircuit_StreamsAndTheCircuitTakesTheSelfie()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        await context.AddInitScriptAsync(CountCameraRequests);
        var page = await OpenElectionSite.SignedInAsync(context, 24);
        var circuit = await HoldCircuitAsync(page);

        await page.GotoAsync("/apply/selfie?culture=en");

        await StartBeforeTheCircuitAsync(page, circuit);
    }

    [Fact]
    public async Task Start_AfterTheOverviewsLinkBeforeTheCircuit_StreamsAndTheCircuitTakesTheSelfie()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        await context.AddInitScriptAsync(CountCameraRequests);
        var page = await OpenElectionSite.SignedInAsync(context, 25);
        await page.GotoAsync("/apply?culture=en");
        var circuit = await HoldCircuitAsync(page);
        await page.EvaluateAsync("() => window.__samePage = true");

        await page.GetByTestId("next-step-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(SelfiePage());

        await StartBeforeTheCircuitAsync(page, circuit);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"), "an enhanced navigation, not a page load");
    }

    [Fact]
    public async Task Start_RefusedBeforeTheCircuit_SaysSoAtOnceAndHowToAllowTheCameraOnceUp()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        await context.AddInitScriptAsync(
            "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));");
        var page = await OpenElectionSite.SignedInAsync(context, 26);
        var circuit = await HoldCircuitAsync(page);
        await page.GotoAsync("/apply/selfie?culture=en");
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        var start = slot.GetByTestId("camera-start");

        await start.ClickAsync();

        await Expect(slot.GetByTestId("camera-status")).ToHaveTextAsync("The camera could not be started. Try again or reload the page.");
        await Expect(start).ToBeFocusedAsync();
        circuit.SetResult();
        await CaptureSlot.LiveAsync(slot);
        await Expect(slot.GetByTestId("camera-denied")).ToContainTextAsync("You did not allow the camera.");
        await Expect(start).ToHaveTextAsync("Try again");
        await Expect(start).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SelfiePage_BeforeTheCircuit_LooksReadyAndStartingInEachLanguage()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 26);
        await HoldCircuitAsync(page); // never released: every look is before the circuit
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        async Task OpenAsync(string language)
        {
            await page.GotoAsync($"/apply/selfie?culture={language}");
            await Expect(slot.GetByTestId("camera-start")).ToBeEnabledAsync();
        }

        await PageLook.LookAsync(page, Journey.ApplicantPagesLookTests.Screenshots, Looks, "selfie-before-circuit", OpenAsync, "camera-start");
        await PageLook.LookAsync(page, Journey.ApplicantPagesLookTests.Screenshots, Looks, "selfie-starting-before-circuit", async language =>
        {
            await OpenAsync(language);
            await slot.GetByTestId("camera-start").ClickAsync();
            await Expect(slot.GetByTestId("camera-video")).ToHaveJSPropertyAsync("paused", false);
            await Expect(slot.GetByTestId("camera-start")).ToBeFocusedAsync();
        }, "camera-video");
    }

    /// <summary>On the selfie page with the circuit held: turn the camera on, let the circuit come, take and use the photo, continue.</summary>
    private static async Task StartBeforeTheCircuitAsync(IPage page, TaskCompletionSource circuit)
    {
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        var start = slot.GetByTestId("camera-start");
        var status = slot.GetByTestId("camera-status");
        var video = slot.GetByTestId("camera-video");
        await Expect(start).ToBeEnabledAsync();
        await Expect(status).ToHaveTextAsync("Turn on the camera to take the photo. Your browser will ask for your permission.");
        await Expect(slot.GetByTestId("camera")).Not.ToHaveAttributeAsync("data-live", "true");

        await start.ClickAsync();

        await Expect(status).ToHaveTextAsync("Starting the camera…");
        await Expect(video).ToBeVisibleAsync();
        await Expect(video).ToHaveJSPropertyAsync("paused", false);
        Assert.Equal(FakeCameraVideo.Width, await video.EvaluateAsync<int>("v => v.videoWidth"));
        await Expect(start).ToBeFocusedAsync();
        Assert.Equal("true", await start.GetAttributeAsync("aria-disabled"));
        await Expect(slot.GetByTestId("camera")).Not.ToHaveAttributeAsync("data-live", "true");
        await Expect(page.GetByTestId("step-continue")).ToBeDisabledAsync();
        await page.EvaluateAsync(WatchTheFocus);

        circuit.SetResult();

        await CaptureSlot.LiveAsync(slot);
        await Expect(slot.GetByTestId("camera-capture")).ToBeFocusedAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__focusOnThePage"));
        await Expect(status).ToHaveTextAsync("The camera is on. Take the photo when you are ready.");
        await Expect(video).ToHaveJSPropertyAsync("paused", false);
        await slot.GetByTestId("camera-capture").ClickAsync();
        await slot.GetByTestId("camera-use").ClickAsync();
        await Expect(slot.GetByTestId("capture-thumbnail")).ToHaveAttributeAsync("src", CaptureSlot.DocumentThumbnail());
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__cameraRequests"));

        await page.GetByTestId("step-continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/apply/email$"));
    }

    /// <summary>Holds the page's circuit back: its negotiate request waits until the test completes the task.</summary>
    private static async Task<TaskCompletionSource> HoldCircuitAsync(IPage page)
    {
        var circuit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await circuit.Task;
            await route.ContinueAsync();
        });
        return circuit;
    }

    private static readonly (string Language, int Width)[] Looks = [("sq", 390), ("sr-Latn", 390), ("en", 1280)];

    [GeneratedRegex(@"/apply/selfie$")]
    private static partial Regex SelfiePage();
}
