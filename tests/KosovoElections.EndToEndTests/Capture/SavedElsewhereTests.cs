using KosovoElections.Application.Documents;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.EndToEndTests.Journey;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Capture;
using KosovoElections.IntegrationTests.Images;
using KosovoElections.IntegrationTests.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Capture;

/// <summary>
/// A photo sent from this window while another window (or the phone of the hand-off) saves the same one at the same
/// moment (decision 0021): this one is refused in the page's language, and the page shows the photo that was saved.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class SavedElsewhereTests(FakeCameraChromium chromium, SavedElsewhereSite site) : IClassFixture<SavedElsewhereSite>
{
    private static readonly (string Language, int Width)[] Looks = [("sq", 390), ("sr-Latn", 390), ("en", 1280)];

    [Fact]
    public async Task Selfie_SavedFromAnotherWindowWhileThisOneSends_IsRefusedAndThePageShowsTheSelfieSaved()
    {
        await using var context = await chromium.NewContextAsync(
            new() { BaseURL = site.BaseUrl, Locale = "de-DE", TimezoneId = "Europe/Zurich", Permissions = ["camera"] });
        var page = await OpenElectionSite.SignedInAsync(context, 0);
        var slot = page.GetByTestId("capture-slot-Selfie-None");
        Guid? saved = null;

        // The first look takes the first selfie, the next ones retake it: both races end the same way.
        await PageLook.LookAsync(page, ApplicantPagesLookTests.Screenshots, Looks, "selfie-saved-elsewhere", async language =>
        {
            await page.GotoAsync("/apply/selfie?culture=" + language);
            site.Store.BeforeNextSave(async () => saved = await site.FromAnotherWindowAsync(OpenElectionSite.Applicant(0), DocumentKind.Selfie));
            await CaptureSlot.LiveAsync(slot);
            await slot.GetByTestId("camera-start").ClickAsync();
            await slot.GetByTestId("camera-capture").ClickAsync();
            await slot.GetByTestId("camera-use").ClickAsync();
            await Expect(slot.GetByTestId("capture-error")).ToBeVisibleAsync();
            await Expect(slot.GetByTestId("saved-thumbnail")).ToHaveAttributeAsync("src", $"/apply/documents/{saved}/thumbnail");
        }, "capture-error");

        await Expect(slot.GetByTestId("capture-error")).ToHaveTextAsync(
            "This photo was just saved from another tab, window or device, so this one was not kept. Check the photos saved on this page, and take a new one if you need to.");
        await using var db = await site.Host.Get<ElectionsDbFactory>().CreateAsync();
        var selfies = await db.Documents
            .Where(d => d.Kind == DocumentKind.Selfie && db.Applications.Any(a => a.Id == d.ApplicationId && a.PersonalNumber == OpenElectionSite.Applicant(0)))
            .Select(d => d.Id).ToListAsync();
        Assert.Equal([saved!.Value], selfies);
        var metrics = await (await Scrape.MetricsAsync(site.BaseUrl)).Content.ReadAsStringAsync();
        Assert.True(Scrape.Sample(metrics, "elections_capture_refusals_total", "reason=\"SavedElsewhere\"") >= Looks.Length, metrics);
    }

    [Fact]
    public async Task ProofPage_AddedWhileAnotherWindowAddsTheSamePage_IsRefusedAndThePageShowsThePageSaved()
    {
        await using var context = await chromium.NewContextAsync(
            new() { BaseURL = site.BaseUrl, Locale = "en-GB", TimezoneId = "Europe/Zurich", Permissions = ["camera"] });
        var page = await OpenElectionSite.SignedInAsync(context, 1);
        await page.GotoAsync("/apply/documents/address?culture=en");
        await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();
        await page.GetByTestId("proof-type-UtilityBill").CheckAsync();
        await CaptureSlot.CaptureAsync(page.GetByTestId("capture-slot-ProofOfAddress-UtilityBill"));
        var second = page.GetByTestId("capture-slot-ProofOfAddress-UtilityBill-2");
        Guid? saved = null;

        // The first look adds the second page, the next ones retake it: both races end the same way.
        await PageLook.LookAsync(page, ApplicantPagesLookTests.Screenshots, Looks, "documents-address-saved-elsewhere", async language =>
        {
            await page.GotoAsync("/apply/documents/address?culture=" + language);
            await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();
            if (await second.CountAsync() == 0)
            {
                await page.GetByTestId("proof-page-add").ClickAsync();
            }

            site.Store.BeforeNextSave(async () =>
                saved = await site.FromAnotherWindowAsync(OpenElectionSite.Applicant(1), DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, page: 2));
            await CaptureSlot.LiveAsync(second);
            await second.GetByTestId("camera-start").ClickAsync();
            await second.GetByTestId("camera-capture").ClickAsync();
            await second.GetByTestId("camera-use").ClickAsync();
            await Expect(second.GetByTestId("capture-error")).ToBeVisibleAsync();
            await Expect(second.GetByTestId("saved-thumbnail")).ToHaveAttributeAsync("src", $"/apply/documents/{saved}/thumbnail");

            // The page saved elsewhere is shown in its place, and no empty third page is opened for the applicant.
            await Expect(page.GetByTestId("proof-page")).ToHaveCountAsync(2);
        }, "capture-error");

        await Expect(second.GetByTestId("capture-error")).ToContainTextAsync("This photo was just saved from another tab, window or device");
    }
}

/// <summary>An <see cref="OpenElectionSite"/> of its own whose document store lets a test run a second window's capture at the worst moment.</summary>
public sealed class SavedElsewhereSite : OpenElectionSite
{
    public RacingDocumentStore Store => Host.Get<RacingDocumentStore>();

    /// <summary>A photo saved for <paramref name="personalNumber"/> by the host's own use case, as another window sends it.</summary>
    public async Task<Guid> FromAnotherWindowAsync(string personalNumber, DocumentKind kind, DocumentSubtype subtype = DocumentSubtype.None, int page = 1)
    {
        Guid election;
        await using (var db = await Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            election = await db.Elections.Select(e => e.Id).SingleAsync();
        }

        var result = await Host.Get<CaptureDocument>().HandleAsync(new CaptureCommand(
            new ApplicantIdentity("another-window", personalNumber, election), kind, subtype, SyntheticPhoto.Camera(900, 1200, seed: 9), page));
        return result.DocumentId ?? throw new InvalidOperationException($"The other window's photo was refused: {result.Refusal}.");
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(IDocumentStore)).ImplementationFactory!;
        services.AddSingleton(sp => new RacingDocumentStore((IDocumentStore)real(sp)));
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<RacingDocumentStore>());
    }
}
