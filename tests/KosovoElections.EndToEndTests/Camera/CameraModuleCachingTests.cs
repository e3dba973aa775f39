using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;

namespace KosovoElections.EndToEndTests.Camera;

/// <summary>
/// The camera's module is imported by its fingerprinted address, which a published site serves <c>immutable</c>
/// (see the integration tests of blazor.web.js), so a phone on a weak connection does not revalidate it on every page.
/// </summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed partial class CameraModuleCachingTests(ChromiumFixture chromium, OpenElectionSite site)
{
    [Fact]
    public async Task SelfiePage_ImportsTheCameraModule_ByItsFingerprintedAddress()
    {
        await using var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await SignInForm.SignInAsync(page, OpenElectionSite.Applicant(23), OpenElectionSite.Born);
        var import = page.WaitForRequestAsync(r => r.Url.Contains("CameraCapture", StringComparison.Ordinal) && r.Url.EndsWith(".js", StringComparison.Ordinal));

        await page.GotoAsync("/apply/selfie");

        Assert.Matches(Fingerprinted(), new Uri((await import).Url).AbsolutePath);
    }

    [GeneratedRegex(@"^/Components/Shared/Camera/CameraCapture\.[a-z0-9]{6,}\.razor\.js$")]
    private static partial Regex Fingerprinted();
}
