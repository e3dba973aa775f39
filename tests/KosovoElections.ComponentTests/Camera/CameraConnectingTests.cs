using KosovoElections.Web.Components.Shared.Camera;
using Microsoft.JSInterop;

namespace KosovoElections.ComponentTests.Camera;

/// <summary>
/// The camera before its module has loaded, which on a slow connection takes seconds: the button cannot work yet and the
/// status line says the page is connecting, in the page's language, instead of showing a faded button alone.
/// </summary>
public sealed class CameraConnectingTests : LocalizedComponentTest
{
    [Theory]
    [InlineData("sq", "Po lidhet…")]
    [InlineData("sr-Latn", "Povezivanje…")]
    [InlineData("en", "Connecting…")]
    public void Render_BeforeTheModuleHasLoaded_SaysItIsConnectingAndDisablesTheButton(string culture, string connecting)
    {
        using var _ = InCulture(culture);
        var import = new UnansweredImport();
        JSInterop.AddInvocationHandler(import);

        var cut = Render<CameraCapture>(p => p.Add(c => c.Mode, CaptureMode.Selfie).Add(c => c.OnCaptured, _ => Task.FromResult(CaptureResult.Refuse("no"))));

        Assert.StartsWith(connecting, cut.Find("[role=status]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=camera-start]").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid=camera]").HasAttribute("data-live"));
        Assert.Single(import.Invocations);
    }

    /// <summary>The import of the camera's module, still on its way over a slow connection.</summary>
    internal sealed class UnansweredImport() : JSRuntimeInvocationHandlerBase<IJSObjectReference>(
        i => i.Identifier == "import" && i.Arguments is [CameraCapture.ModulePath], isCatchAllHandler: false);
}
