using AngleSharp.Dom;
using KosovoElections.Web.Components.Shared.Camera;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.ComponentTests.Camera;

/// <summary>
/// The camera component with its JS module stubbed: each state a voter passes through, each reason the camera cannot
/// work, and what it does with a photo the browser hands over (which it does not trust).
/// </summary>
public sealed class CameraCaptureTests : LocalizedComponentTest
{
    private readonly CameraModuleStub _camera;
    private readonly List<CaptureUpload> _uploads = [];
    private readonly List<byte[]> _received = [];
    private CaptureResult _answer = CaptureResult.Accept("data:image/jpeg;base64,/9j/AA==", "Looks fine");

    public CameraCaptureTests() => _camera = new CameraModuleStub(JSInterop);

    [Fact]
    public void Render_Initially_AsksToTurnOnTheCameraAndOffersNoFileInput()
    {
        using var _ = InCulture("en");

        var cut = RenderCamera(CaptureMode.Selfie);

        Assert.Equal("Turn on the camera", cut.Find("[data-testid=camera-start]").TextContent.Trim());
        Assert.False(cut.Find("[data-testid=camera-start]").HasAttribute("disabled"));
        Assert.Equal("true", cut.Find("[data-testid=camera]").GetAttribute("data-live"));
        Assert.Contains("Your browser will ask for your permission.", cut.Find("[role=status]").TextContent);
        Assert.Equal("Camera view: your face", cut.Find("[data-testid=camera-video]").GetAttribute("aria-label"));
        Assert.Empty(cut.FindAll("[data-testid=camera-capture], [data-testid=camera-use], input"));
        Assert.Equal(0, _camera.Calls("start"));
    }

    [Theory]
    [InlineData(CaptureMode.Selfie, "user")]
    [InlineData(CaptureMode.Document, "environment")]
    public void Start_Clicked_StreamsFromTheModesCameraAndOffersCapture(CaptureMode mode, string facing)
    {
        using var _ = InCulture("en");
        var cut = RenderCamera(mode);

        cut.Find("[data-testid=camera-start]").Click();

        Assert.Equal(facing, _camera.Interop.Invocations["start"].Single().Arguments[1]);
        Assert.Equal("Take the photo", cut.Find("[data-testid=camera-capture]").TextContent);
        Assert.False(cut.Find("[data-testid=camera-video]").HasAttribute("hidden"));
        Assert.Contains("The camera is on.", cut.Find("[role=status]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=camera-start]"));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Start_WithCameras_OffersSwitchOnlyWhenThereAreSeveral(int cameras, bool offered)
    {
        _camera.Start.SetResult(new CameraCapture.CameraStart(null, cameras));
        var cut = RenderCamera(CaptureMode.Document);

        cut.Find("[data-testid=camera-start]").Click();

        Assert.Equal(offered, cut.FindAll("[data-testid=camera-switch]").Count == 1);
    }

    [Fact]
    public void Capture_Clicked_ShowsThePreviewWithRetakeAndUse()
    {
        using var _ = InCulture("sq");
        var cut = Streaming(CaptureMode.Selfie);

        cut.Find("[data-testid=camera-capture]").Click();

        Assert.False(cut.Find("[data-testid=camera-preview]").HasAttribute("hidden"));
        Assert.True(cut.Find("[data-testid=camera-video]").HasAttribute("hidden"));
        Assert.Equal("Përdor këtë foto", cut.Find("[data-testid=camera-use]").TextContent);
        Assert.Equal("Bëje përsëri", cut.Find("[data-testid=camera-retake]").TextContent);
        Assert.Empty(_uploads);
    }

    [Fact]
    public void Retake_AfterCapture_ReturnsToTheLivePicture()
    {
        var cut = Previewing(CaptureMode.Selfie);

        cut.Find("[data-testid=camera-retake]").Click();

        Assert.Equal(1, _camera.Calls("retake"));
        Assert.Single(cut.FindAll("[data-testid=camera-capture]"));
        Assert.True(cut.Find("[data-testid=camera-preview]").HasAttribute("hidden"));
    }

    [Fact]
    public void Use_WhileUploading_SaysSoAndDisablesTheButtons()
    {
        using var _ = InCulture("en");
        var cut = Previewing(CaptureMode.Document);
        _camera.TakePhoto();

        cut.Find("[data-testid=camera-use]").Click();

        Assert.Contains("Sending the photo", cut.Find("[role=status]").TextContent);
        // Still in the page, marked busy, so that the keyboard focus stays on it while the photo is sent.
        Assert.Equal("true", cut.Find("[data-testid=camera-use]").GetAttribute("aria-disabled"));
        Assert.Equal("true", cut.Find("[data-testid=camera-use]").GetAttribute("aria-busy"));
        Assert.True(cut.Find("[data-testid=camera-retake]").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("camera-start", "camera-capture")]
    [InlineData("camera-capture", "camera-use")]
    [InlineData("camera-use", "camera-retake")]
    public void Action_Pressed_MovesTheFocusToTheControlThatReplacedIt(string pressed, string next)
    {
        var cut = RenderCamera(CaptureMode.Selfie);
        foreach (var step in new[] { "camera-start", "camera-capture", "camera-use" }.TakeWhile(s => s != pressed))
        {
            cut.Find($"[data-testid={step}]").Click();
        }

        _camera.TakePhoto(new FakePhoto(FakePhoto.Jpeg(20_000)));
        var before = JSInterop.Invocations.Count(i => i.Identifier.EndsWith("focus", StringComparison.Ordinal));

        cut.Find($"[data-testid={pressed}]").Click();

        var focused = JSInterop.Invocations.Where(i => i.Identifier.EndsWith("focus", StringComparison.Ordinal)).Skip(before).Last();
        var target = (ElementReference)focused.Arguments[0]!;
        Assert.Equal(cut.Find($"[data-testid={next}]").GetAttribute("blazor:elementReference"), target.Id);
    }

    [Fact]
    public void Render_OnAPageWithItsOwnPrimaryButton_MakesEveryCameraButtonSecondary()
    {
        var cut = Render<CameraCapture>(p => p.Add(c => c.Mode, CaptureMode.Document).Add(c => c.OnCaptured, Capture)
            .Add(c => c.Secondary, true).Add(c => c.ControlId, "photo-x").Add(c => c.DescribedBy, "photo-x-error"));

        var start = cut.Find("[data-testid=camera-start]");
        Assert.Contains("button--secondary", start.ClassList);
        Assert.Equal("photo-x", start.Id);
        Assert.Equal("photo-x-error", start.GetAttribute("aria-describedby"));
        start.Click();
        Assert.Contains("button--secondary", cut.Find("[data-testid=camera-capture]").ClassList);
        Assert.Equal("photo-x", cut.Find("[data-testid=camera-capture]").Id);
    }

    [Fact]
    public void Use_PhotoAccepted_HandsTheJpegOverAndShowsThumbnailAndVerdict()
    {
        var jpeg = FakePhoto.Jpeg();
        var photo = new FakePhoto(jpeg);
        var cut = Previewing(CaptureMode.Document);
        _camera.TakePhoto(photo);

        cut.Find("[data-testid=camera-use]").Click();

        var upload = Assert.Single(_uploads);
        Assert.Equal(CaptureMode.Document, upload.Mode);
        Assert.Equal(jpeg, Assert.Single(_received));
        Assert.Equal("data:image/jpeg;base64,/9j/AA==", cut.Find("[data-testid=capture-thumbnail]").GetAttribute("src"));
        Assert.Equal("Looks fine", cut.Find("[data-testid=capture-verdict]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=capture-verdict]").Closest("[role=status]"));
        Assert.Empty(cut.FindAll("[data-testid=capture-error]"));
        Assert.True(photo.Disposed);
        Assert.Equal(1, _camera.Calls("stop"));
    }

    [Fact]
    public void Use_PhotoAccepted_ClearsTheBytesOnceTheHandlerReturns()
    {
        var cut = Previewing(CaptureMode.Selfie);
        _camera.TakePhoto(new FakePhoto(FakePhoto.Jpeg()));

        cut.Find("[data-testid=camera-use]").Click();

        Assert.True(Assert.Single(_uploads).Jpeg.Span.IndexOfAnyExcept((byte)0) < 0, "the photo's bytes are still in memory");
    }

    [Fact]
    public void Use_PhotoRefusedByThePage_ShowsTheReasonAndRetakesWithTheCameraStillOn()
    {
        _answer = CaptureResult.Refuse("Too blurry to read", "data:image/jpeg;base64,/9j/AA==");
        var cut = Previewing(CaptureMode.Document);
        _camera.TakePhoto(new FakePhoto(FakePhoto.Jpeg()));

        cut.Find("[data-testid=camera-use]").Click();

        Assert.Equal("Too blurry to read", cut.Find("[data-testid=capture-error]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=capture-thumbnail]"));
        Assert.Empty(cut.FindAll("[data-testid=capture-verdict]"));
        Assert.Equal(0, _camera.Calls("stop"));

        cut.Find("[data-testid=camera-retake]").Click();

        Assert.Equal(1, _camera.Calls("retake"));
        Assert.Single(cut.FindAll("[data-testid=camera-capture]"));
    }

    [Fact]
    public void Use_TappedTwiceWhileTheFirstIsOnItsWay_HandsThePhotoOverOnce()
    {
        var cut = Previewing(CaptureMode.Selfie);
        var takePhoto = _camera.TakePhoto();
        var use = cut.Find("[data-testid=camera-use]");

        use.Click();
        use.Click();
        takePhoto.SetResult(new FakePhoto(FakePhoto.Jpeg()));

        cut.WaitForElement("[data-testid=capture-verdict]");
        Assert.Single(_uploads);
        Assert.Equal(1, _camera.Calls("takePhoto"));
    }

    [Theory]
    [InlineData("sq", "Fotoja është shumë e madhe (mbi 8 MB).")]
    [InlineData("en", "The photo is too large (more than 8 MB).")]
    public void Use_PhotoOver8MB_IsRefusedWithoutReadingItOrCallingTheHandler(string culture, string message)
    {
        using var _ = InCulture(culture);
        var photo = new FakePhoto(FakePhoto.Jpeg((8 * 1024 * 1024) + 1));
        var cut = Previewing(CaptureMode.Document);
        _camera.TakePhoto(photo);

        cut.Find("[data-testid=camera-use]").Click();

        Assert.StartsWith(message, cut.Find("[data-testid=capture-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_uploads);
        Assert.False(photo.Opened);
        Assert.True(photo.Disposed);
    }

    [Fact]
    public void Use_StreamLongerThanDeclared_StopsReadingAtOneByteMoreAndRefuses()
    {
        using var _ = InCulture("en");
        var photo = new FakePhoto(FakePhoto.Jpeg(9 * 1024 * 1024), declaredLength: 1_000);
        var cut = Previewing(CaptureMode.Document);
        _camera.TakePhoto(photo);

        cut.Find("[data-testid=camera-use]").Click();

        Assert.Equal(1_001, photo.BytesRead);
        Assert.StartsWith("The photo could not be sent.", cut.Find("[data-testid=capture-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_uploads);
    }

    [Theory]
    [InlineData(new byte[0], "No photo was received.")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "What was received is not a JPEG photo.")]
    [InlineData(new byte[] { 0x3C, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3E }, "What was received is not a JPEG photo.")]
    public void Use_StreamEmptyOrNotJpeg_IsRefusedWithoutCallingTheHandler(byte[] content, string message)
    {
        using var _ = InCulture("en");
        var cut = Previewing(CaptureMode.Selfie);
        _camera.TakePhoto(new FakePhoto(content));

        cut.Find("[data-testid=camera-use]").Click();

        Assert.StartsWith(message, cut.Find("[data-testid=capture-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_uploads);
        Assert.Single(cut.FindAll("[data-testid=camera-retake]"));
    }

    [Fact]
    public void Use_ModuleFailsToHandOverThePhoto_ShowsTheGenericCameraMessage()
    {
        using var _ = InCulture("en");
        var cut = Previewing(CaptureMode.Selfie);
        _camera.TakePhoto().SetException(new Microsoft.JSInterop.JSException("not a stream"));

        cut.Find("[data-testid=camera-use]").Click();

        Assert.StartsWith("The camera could not be started.", cut.Find("[data-testid=camera-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_uploads);
    }

    [Theory]
    [InlineData("denied", "camera-denied", "sq", "Nuk e lejuat përdorimin e kamerës.")]
    [InlineData("denied", "camera-denied", "en", "You did not allow the camera.")]
    [InlineData("missing", "camera-missing", "sq", "Nuk gjetëm kamerë në këtë pajisje.")]
    [InlineData("missing", "camera-missing", "en", "We could not find a camera on this device.")]
    [InlineData("busy", "camera-busy", "sq", "Kamerën po e përdor një aplikacion tjetër.")]
    [InlineData("busy", "camera-busy", "en", "Another app is using the camera.")]
    [InlineData("other", "camera-error", "sq", "Kamera nuk mund të ndizej.")]
    [InlineData("other", "camera-error", "en", "The camera could not be started.")]
    [InlineData("<img src=x onerror=alert(1)>", "camera-error", "en", "The camera could not be started.")]
    public void Start_ModuleReportsAProblem_ShowsItsGuidanceInTheVotersLanguage(string word, string testId, string culture, string message)
    {
        using var _ = InCulture(culture);
        _camera.Start.SetResult(new CameraCapture.CameraStart(word, 0));
        var cut = RenderCamera(CaptureMode.Selfie);

        cut.Find("[data-testid=camera-start]").Click();

        var notice = cut.Find($"[data-testid={testId}]");
        Assert.Equal("alert", notice.GetAttribute("role"));
        Assert.StartsWith(message, notice.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=camera-capture]"));
    }

    [Theory]
    [InlineData("sq", "Provo përsëri")]
    [InlineData("en", "Try again")]
    public void Start_PermissionDenied_ExplainsHowToAllowInEachBrowserAndOffersToTryAgain(string culture, string tryAgain)
    {
        using var _ = InCulture(culture);
        _camera.Start.SetResult(new CameraCapture.CameraStart("denied", 0));
        var cut = RenderCamera(CaptureMode.Selfie);

        cut.Find("[data-testid=camera-start]").Click();

        Assert.Collection(
            cut.FindAll("[data-testid=camera-denied] li"),
            li => Assert.StartsWith("Chrome: ", li.TextContent, StringComparison.Ordinal),
            li => Assert.StartsWith("Safari (iPhone): ", li.TextContent, StringComparison.Ordinal),
            li => Assert.StartsWith("Samsung Internet: ", li.TextContent, StringComparison.Ordinal));
        Assert.Equal(tryAgain, cut.Find("[data-testid=camera-start]").TextContent.Trim());
    }

    [Fact]
    public void Start_NoCamera_ShowsThePhoneHandOffInsideTheMessage()
    {
        _camera.Start.SetResult(new CameraCapture.CameraStart("missing", 0));
        var cut = Render<CameraCapture>(p => p
            .Add(c => c.Mode, CaptureMode.Document)
            .Add(c => c.OnCaptured, Capture)
            .Add(c => c.PhoneHandOff, (RenderFragment)(b => b.AddMarkupContent(0, "<a data-testid=\"hand-off\" href=\"/qr\">QR</a>"))));

        cut.Find("[data-testid=camera-start]").Click();

        Assert.NotNull(cut.Find("[data-testid=camera-missing] [data-testid=hand-off]"));
        Assert.Empty(cut.FindAll("[data-testid=camera-start]"));
    }

    [Theory]
    [InlineData("in-app", "camera-in-app-browser", "sq", "Shfletuesi brenda këtij aplikacioni nuk e lejon kamerën.")]
    [InlineData("in-app", "camera-in-app-browser", "en", "The browser inside this app does not allow the camera.")]
    [InlineData("insecure", "camera-insecure", "sq", "Kamera funksionon vetëm përmes një lidhjeje të sigurt.")]
    [InlineData("insecure", "camera-insecure", "en", "The camera only works over a secure connection.")]
    public void Render_BrowserCannotUseTheCamera_SaysWhyBeforeAnythingIsAsked(string word, string testId, string culture, string message)
    {
        using var _ = InCulture(culture);
        _camera.Interop.Setup<CameraCapture.CameraReadiness>("readiness", _ => true).SetResult(new CameraCapture.CameraReadiness(word, false));

        var cut = RenderCamera(CaptureMode.Selfie);

        Assert.StartsWith(message, cut.Find($"[data-testid={testId}]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=camera-start]"));
        Assert.Equal(0, _camera.Calls("start"));
    }

    [Theory]
    [InlineData("dark", "It is too dark.")]
    [InlineData("blurry", "The picture is blurry.")]
    public void OnHint_WhileStreaming_ShowsTheHint(string hint, string message)
    {
        using var _ = InCulture("en");
        var cut = Streaming(CaptureMode.Selfie);

        cut.InvokeAsync(() => cut.Instance.OnHint(hint));

        Assert.StartsWith(message, cut.Find("[data-testid=camera-hint]").TextContent, StringComparison.Ordinal);
        Assert.Equal("polite", cut.Find("[data-testid=camera-hint]").ParentElement!.GetAttribute("aria-live"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<b>bold</b>")]
    public void OnHint_FineOrUnknown_ShowsNoHint(string hint)
    {
        var cut = Streaming(CaptureMode.Selfie);
        cut.InvokeAsync(() => cut.Instance.OnHint("dark"));

        cut.InvokeAsync(() => cut.Instance.OnHint(hint));

        Assert.Empty(cut.FindAll("[data-testid=camera-hint]"));
    }

    [Fact]
    public void OnCameraLost_WhileStreaming_SaysTheCameraIsBusy()
    {
        using var _ = InCulture("en");
        var cut = Streaming(CaptureMode.Selfie);

        cut.InvokeAsync(() => cut.Instance.OnCameraLost());

        Assert.Single(cut.FindAll("[data-testid=camera-busy]"));
        Assert.Single(cut.FindAll("[data-testid=camera-start]"));
    }

    [Fact]
    public void Switch_Clicked_AsksTheModuleForTheNextCamera()
    {
        _camera.Start.SetResult(new CameraCapture.CameraStart(null, 2));
        var cut = Streaming(CaptureMode.Document);

        cut.Find("[data-testid=camera-switch]").Click();

        Assert.Equal(1, _camera.Calls("switchCamera"));
        Assert.Single(cut.FindAll("[data-testid=camera-capture]"));
    }

    [Fact]
    public async Task Dispose_WhileStreaming_StopsTheCameraAndDisposesTheModule()
    {
        Streaming(CaptureMode.Selfie);

        await DisposeComponentsAsync();

        Assert.Equal(1, _camera.Calls("stop"));
        Assert.True(_camera.Module.Disposed);
    }

    private IRenderedComponent<CameraCapture> RenderCamera(CaptureMode mode) =>
        Render<CameraCapture>(p => p.Add(c => c.Mode, mode).Add(c => c.Label, "Photograph it").Add(c => c.OnCaptured, Capture));

    private IRenderedComponent<CameraCapture> Streaming(CaptureMode mode)
    {
        var cut = RenderCamera(mode);
        cut.Find("[data-testid=camera-start]").Click();
        return cut;
    }

    private IRenderedComponent<CameraCapture> Previewing(CaptureMode mode)
    {
        var cut = Streaming(mode);
        cut.Find("[data-testid=camera-capture]").Click();
        return cut;
    }

    private Task<CaptureResult> Capture(CaptureUpload upload)
    {
        _uploads.Add(upload);
        _received.Add(upload.Jpeg.ToArray());
        return Task.FromResult(_answer);
    }
}
