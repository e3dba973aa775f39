using System.Net;
using System.Text.RegularExpressions;

namespace KosovoElections.IntegrationTests.Journey;

/// <summary>
/// The camera's module on a weak connection: named in the capture page's head by its fingerprinted address, so the
/// browser fetches it while the circuit starts, and served <c>immutable</c>, so no later page load revalidates it.
/// </summary>
public sealed partial class CameraModuleTests(JourneyHost fixture) : IClassFixture<JourneyHost>
{
    [Fact]
    public async Task SelfiePage_PreloadsTheCameraModule_WhichIsCachedForGood()
    {
        using var browser = await fixture.SignInAsync(44);
        var page = await browser.GetPageAsync("/apply/selfie?culture=en");
        var preload = Preload().Match(page);
        Assert.True(preload.Success, "The selfie page does not preload the camera module by its fingerprinted address.");
        Assert.True(preload.Index < page.IndexOf("</head>", StringComparison.Ordinal));

        var response = await browser.GetAsync(preload.Groups["path"].Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("""<link rel="modulepreload" href="\.(?<path>/Components/Shared/Camera/CameraCapture\.[a-z0-9]{6,}\.razor\.js)"[^>]*>""")]
    private static partial Regex Preload();
}
