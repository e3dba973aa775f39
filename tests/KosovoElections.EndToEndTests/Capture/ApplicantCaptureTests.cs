using System.Text.RegularExpressions;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Capture;

/// <summary>
/// The whole capture path in real Chromium whose fake camera films an ID card on a desk: the photo goes through the
/// circuit, the TurboJPEG pipeline and the encrypted store, and the thumbnail comes back through the authorised
/// document endpoint (issue 4).
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class ApplicantCaptureTests(FakeCameraChromium chromium, OpenElectionSite site)
{
    [Fact]
    public async Task Selfie_TakenWithTheCamera_IsStoredAndItsServerThumbnailShown()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 8);

        await page.GotoAsync("/apply/selfie?culture=en");
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        await CaptureSlot.CaptureAsync(slot);

        var thumbnail = slot.GetByTestId("capture-thumbnail");
        var size = await thumbnail.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]");
        Assert.Equal(400, size.Max());
        await Expect(slot.GetByTestId("capture-verdict")).ToContainTextAsync("The photo was saved");

        await using var db = await site.Host.Get<ElectionsDbFactory>().CreateAsync();
        var stored = await db.Documents.Where(d => d.Kind == Domain.Applications.DocumentKind.Selfie).ToListAsync();
        var selfie = Assert.Single(stored, d => thumbnail.GetAttributeAsync("src").Result!.Contains(d.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(64, selfie.Sha256.Length);

        await page.GotoAsync("/apply?culture=en");
        await Expect(page.GetByTestId("next-step")).ToHaveAttributeAsync("data-step", "Email");
    }

    [Fact]
    public async Task PassportAndSelfieWithIt_AreEachStored()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 9);

        await page.GotoAsync("/apply/documents?culture=en");
        await CaptureSlot.CapturePassportAsync(page);
        await page.GetByTestId("step-continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/selfie-with-id$"));
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-SelfieWithId-None"));
    }

    [Fact]
    public async Task IdCard_FrontThenContinue_AsksForItsBackOnAPageOfItsOwnThenTheSelfieHoldingIt()
    {
        await using var context = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(context, 17);

        await page.GotoAsync("/apply/documents?culture=en");
        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/identity\\?culture=en$"));
        await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();
        await page.GetByTestId("id-type-IdCardFront").CheckAsync();
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-IdDocument-IdCardFront"));
        await page.GetByTestId("step-continue").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/identity-back$"));
        await Expect(page.GetByTestId("camera")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("back-link")).ToHaveAttributeAsync("href", "/apply/documents/identity");
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-IdDocument-IdCardBack"));
        await page.GetByTestId("step-continue").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/apply/documents/selfie-with-id$"));
        await Expect(page.GetByTestId("back-link")).ToHaveAttributeAsync("href", "/apply/documents/identity-back");
    }

    [Fact]
    public async Task Thumbnail_OfAnotherApplicant_IsNotFound()
    {
        await using var owner = await chromium.NewContextAsync(site.CameraVoter());
        var page = await OpenElectionSite.SignedInAsync(owner, 7);
        await page.GotoAsync("/apply/selfie?culture=en");
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        await CaptureSlot.CaptureAsync(slot);
        var url = await slot.GetByTestId("capture-thumbnail").GetAttributeAsync("src");

        await using var other = await chromium.NewContextAsync(site.CameraVoter());
        var otherPage = await OpenElectionSite.SignedInAsync(other, 6);
        Assert.Equal(404, (await other.APIRequest.GetAsync(url!)).Status);
        Assert.Equal(200, (await owner.APIRequest.GetAsync(url!)).Status);

        await using var anonymous = await chromium.NewContextAsync(site.CameraVoter());
        var response = await anonymous.APIRequest.GetAsync(url!, new() { MaxRedirects = 0 });
        Assert.Equal(302, response.Status);
        Assert.Contains("/apply/sign-in", response.Headers["location"], StringComparison.Ordinal);
    }
}
