using KosovoElections.Web.Components.Shared.Camera;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.ComponentTests.Camera;

/// <summary>
/// The camera before and once its circuit is up (decision 0019): the prerendered button carries what the page's own
/// script needs to start the camera early, in the page's language, and the component adopts a camera started that way
/// (running, still starting, or refused) instead of starting a second one.
/// </summary>
public sealed class CameraEarlyTests : LocalizedComponentTest
{
    private const string Control = "photo-Selfie-None";

    [Theory]
    [InlineData("sq", "Po ndizet kamera…")]
    [InlineData("sr-Latn", "Kamera se uključuje…")]
    [InlineData("en", "Starting the camera…")]
    public void Render_BeforeTheModuleHasLoaded_MarksTheButtonForThePagesOwnStart(string culture, string starting)
    {
        using var _ = InCulture(culture);
        JSInterop.AddInvocationHandler(new CameraConnectingTests.UnansweredImport());

        var start = RenderCamera().Find("[data-testid=camera-start]");

        // Not disabled: Blazor's first render replaces it, and its successor must be able to keep the focus.
        Assert.False(start.HasAttribute("disabled"));
        Assert.Equal("true", start.GetAttribute("aria-disabled"));
        Assert.Equal(CameraCapture.ModulePath, start.GetAttribute("data-camera-early"));
        Assert.Equal("user", start.GetAttribute("data-facing"));
        Assert.Equal(starting, start.GetAttribute("data-starting"));
        Assert.False(string.IsNullOrWhiteSpace(start.GetAttribute("data-idle")));
        Assert.False(string.IsNullOrWhiteSpace(start.GetAttribute("data-failed")));
    }

    [Fact]
    public void Render_WithoutAControlId_LeavesTheButtonToTheCircuit()
    {
        JSInterop.AddInvocationHandler(new CameraConnectingTests.UnansweredImport());

        var cut = Render<CameraCapture>(p => p.Add(c => c.Mode, CaptureMode.Selfie).Add(c => c.OnCaptured, _ => Task.FromResult(CaptureResult.Refuse("no"))));

        Assert.False(cut.Find("[data-testid=camera-start]").HasAttribute("data-camera-early"));
    }

    [Fact]
    public void FirstRender_WithACameraStartedEarly_AdoptsItStreamingWithoutStartingAnother()
    {
        using var _ = InCulture("en");
        var camera = new CameraModuleStub(JSInterop);
        camera.Interop.Setup<CameraCapture.CameraReadiness>("readiness", Control).SetResult(new CameraCapture.CameraReadiness(null, true));
        camera.Interop.Setup<CameraCapture.CameraStart>("adoptEarly", i => Equals(i.Arguments[0], Control)).SetResult(new CameraCapture.CameraStart(null, 1));

        var cut = RenderCamera();

        Assert.Equal("Streaming", cut.Find("[data-testid=camera]").GetAttribute("data-state"));
        Assert.Equal("true", cut.Find("[data-testid=camera]").GetAttribute("data-live"));
        Assert.Contains("The camera is on.", cut.Find("[role=status]").TextContent);
        Assert.Equal(0, camera.Calls("start"));
        Assert.Equal(LastFocused(), cut.Find("[data-testid=camera-capture]").GetAttribute("blazor:elementReference"));
    }

    [Fact]
    public void FirstRender_WithACameraStillStartingEarly_SaysItIsStartingAndKeepsTheFocusOnTheButton()
    {
        using var _ = InCulture("en");
        var camera = new CameraModuleStub(JSInterop);
        camera.Interop.Setup<CameraCapture.CameraReadiness>("readiness", Control).SetResult(new CameraCapture.CameraReadiness(null, true));
        camera.Interop.Setup<CameraCapture.CameraStart>("adoptEarly", _ => true); // the browser still asks for permission

        var cut = RenderCamera();

        var start = cut.Find("[data-testid=camera-start]");
        Assert.Equal("true", start.GetAttribute("aria-disabled"));
        Assert.False(start.HasAttribute("data-camera-early"));
        Assert.Equal("Starting the camera…", cut.Find("[role=status]").TextContent.Trim());
        // The start button, busy, is the camera's only control: the focus goes there rather than fall to the page.
        Assert.NotNull(LastFocused());
    }

    [Fact]
    public void FirstRender_WithTheEarlyCameraRefused_ExplainsHowToAllowIt()
    {
        using var _ = InCulture("en");
        var camera = new CameraModuleStub(JSInterop);
        camera.Interop.Setup<CameraCapture.CameraReadiness>("readiness", Control).SetResult(new CameraCapture.CameraReadiness(null, true));
        camera.Interop.Setup<CameraCapture.CameraStart>("adoptEarly", _ => true).SetResult(new CameraCapture.CameraStart("denied", 0));

        var cut = RenderCamera();

        Assert.Contains("You did not allow the camera.", cut.Find("[data-testid=camera-denied]").TextContent);
        Assert.Equal("Try again", cut.Find("[data-testid=camera-start]").TextContent.Trim());
    }

    [Fact]
    public void FirstRender_NothingStartedEarly_AsksTheModuleOneQuestionAndWaitsForTheVoter()
    {
        using var _ = InCulture("en");
        var camera = new CameraModuleStub(JSInterop);

        var cut = RenderCamera();

        // One round trip after the import, not one per question: on a slow connection each costs a fraction of a second.
        Assert.Equal(["readiness"], camera.Interop.Invocations.Select(i => i.Identifier));
        Assert.Equal([Control], camera.Interop.Invocations["readiness"].Single().Arguments);
        Assert.Equal("Idle", cut.Find("[data-testid=camera]").GetAttribute("data-state"));
    }

    private IRenderedComponent<CameraCapture> RenderCamera() =>
        Render<CameraCapture>(p => p.Add(c => c.Mode, CaptureMode.Selfie).Add(c => c.ControlId, Control)
            .Add(c => c.OnCaptured, _ => Task.FromResult(CaptureResult.Refuse("no"))));

    private string? LastFocused() =>
        JSInterop.Invocations.Where(i => i.Identifier.EndsWith("focus", StringComparison.Ordinal))
            .Select(i => ((ElementReference)i.Arguments[0]!).Id).LastOrDefault();
}
