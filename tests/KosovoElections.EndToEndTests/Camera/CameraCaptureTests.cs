using System.Globalization;
using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Camera;

/// <summary>
/// The camera component on the Development bench (/dev/camera) in real Chromium, whose fake camera films an ID card on
/// a desk (<see cref="FakeCameraVideo"/>): the photo crosses the circuit as a JPEG and comes back as the thumbnail; a
/// refused permission and an in-app browser get their guidance.
/// </summary>
[Collection(CameraBenchCollection.Name)]
public sealed partial class CameraCaptureTests(FakeCameraChromium chromium, DevelopmentSite site)
{
    [Theory]
    [InlineData("dev-camera-selfie")]
    [InlineData("dev-camera-document")]
    public async Task UsePhoto_FromTheFakeCamera_ServerReceivesTheJpegAndShowsItBack(string bench)
    {
        await using var context = await chromium.NewContextAsync(Voter());
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        var camera = await OpenAsync(page, bench);

        await camera.GetByTestId("camera-start").ClickAsync();
        await Expect(camera.GetByTestId("camera-capture")).ToBeVisibleAsync();
        Assert.Equal(FakeCameraVideo.Width, await camera.GetByTestId("camera-video").EvaluateAsync<int>("v => v.videoWidth"));

        await camera.GetByTestId("camera-capture").ClickAsync();
        await Expect(camera.GetByTestId("camera-preview")).ToBeVisibleAsync();
        await Expect(camera.GetByTestId("camera-preview")).ToHaveAttributeAsync("src", BlobUrl());

        await camera.GetByTestId("camera-use").ClickAsync();

        var verdict = camera.GetByTestId("capture-verdict");
        await Expect(verdict).ToHaveTextAsync(Received());
        var bytes = int.Parse(Received().Match(await verdict.TextContentAsync() ?? "").Groups["bytes"].Value, CultureInfo.InvariantCulture);
        Assert.InRange(bytes, 10_001, 8 * 1024 * 1024);
        await Expect(verdict).ToContainTextAsync("FFD8FF");

        var thumbnail = camera.GetByTestId("capture-thumbnail");
        await Expect(thumbnail).ToHaveAttributeAsync("src", new Regex("^data:image/jpeg;base64,/9j/"));
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        var size = await thumbnail.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]");
        Assert.Equal(new[] { FakeCameraVideo.Width, FakeCameraVideo.Height }, size);

        // The photo is the desk and the card, the right way round: brown on the left, the card's blue band at top right.
        var desk = await ColourAtAsync(thumbnail, FakeCameraVideo.Desk);
        var band = await ColourAtAsync(thumbnail, FakeCameraVideo.Band);
        Assert.True(desk[0] > desk[2] + 40, $"desk is rgb({string.Join(',', desk)})");
        Assert.True(band[2] > band[0] + 50, $"band is rgb({string.Join(',', band)})");

        // Accepted: the camera is off again.
        await Expect(camera.GetByTestId("camera-video")).ToBeHiddenAsync();
        Assert.True(await camera.GetByTestId("camera-video").EvaluateAsync<bool>("v => v.srcObject === null"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Start_PermissionRefused_ExplainsHowToAllowTheCamera()
    {
        await using var context = await chromium.NewContextAsync(Voter());
        await context.AddInitScriptAsync(
            "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));");
        var page = await context.NewPageAsync();
        var camera = await OpenAsync(page, "dev-camera-selfie");

        await camera.GetByTestId("camera-start").ClickAsync();

        var denied = camera.GetByTestId("camera-denied");
        await Expect(denied).ToContainTextAsync("You did not allow the camera.");
        await Expect(denied.Locator("li")).ToHaveCountAsync(3);
        await Expect(camera.GetByTestId("camera-start")).ToHaveTextAsync("Try again");
        await Expect(camera.GetByTestId("camera-capture")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Open_InWhatsAppsBrowser_AsksToOpenThePageInChromeOrSafari()
    {
        var voter = Voter();
        voter.UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 WhatsApp/24.6.77";
        await using var context = await chromium.NewContextAsync(voter);
        var page = await context.NewPageAsync();

        var camera = await OpenAsync(page, "dev-camera-document", waitForCamera: false);

        await Expect(camera.GetByTestId("camera-in-app-browser")).ToContainTextAsync("Open this page in Chrome or Safari");
        await Expect(camera.GetByTestId("camera-start")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Streaming_OnTheBench_HasNoSeriousAccessibilityViolations()
    {
        await using var context = await chromium.NewContextAsync(Voter());
        var page = await context.NewPageAsync();
        var camera = await OpenAsync(page, "dev-camera-selfie");

        await camera.GetByTestId("camera-start").ClickAsync();
        await Expect(camera.GetByTestId("camera-capture")).ToBeVisibleAsync();

        await page.AssertNoSeriousAxeViolationsAsync();
    }

    private BrowserNewContextOptions Voter() =>
        new() { BaseURL = site.BaseUrl, Locale = "en-GB", TimezoneId = "Europe/Berlin", Permissions = ["camera"] };

    /// <summary>Opens the bench in English and waits until the circuit is up and the camera has its module.</summary>
    private static async Task<ILocator> OpenAsync(IPage page, string bench, bool waitForCamera = true)
    {
        await page.GotoAsync("/dev/camera?culture=en");
        var camera = page.GetByTestId(bench);
        if (waitForCamera)
        {
            await CaptureSlot.LiveAsync(camera);
        }

        return camera;
    }

    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        return errors;
    }

    /// <summary>The colour of the received photo at a point of the fake camera's picture, read back in the page.</summary>
    private static Task<int[]> ColourAtAsync(ILocator image, (int X, int Y) at) =>
        image.EvaluateAsync<int[]>(
            """
            (img, [x, y]) => {
              const canvas = document.createElement('canvas');
              canvas.width = img.naturalWidth;
              canvas.height = img.naturalHeight;
              const context = canvas.getContext('2d');
              context.drawImage(img, 0, 0);
              return Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3));
            }
            """,
            new[] { at.X, at.Y });

    [GeneratedRegex(@"^Received (?<bytes>\d+) bytes \(starts with FFD8FF\)$")]
    private static partial Regex Received();

    [GeneratedRegex("^blob:")]
    private static partial Regex BlobUrl();
}
