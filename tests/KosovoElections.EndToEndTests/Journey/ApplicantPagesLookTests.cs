using KosovoElections.EndToEndTests.Fixtures;

namespace KosovoElections.EndToEndTests.Journey;

/// <summary>
/// Every page of the applicant's journey, filled in as a person fills it (a long e-mail address included), looked at in
/// Albanian and Serbian on a 390 px phone and in English on a 1280 px desk: screenshots under
/// <see cref="Screenshots"/> for people to open, axe-core, and nothing wider than the screen.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class ApplicantPagesLookTests(FakeCameraChromium chromium, OpenElectionSite site)
{
    /// <summary>Where the screenshots go: for people to open, never committed.</summary>
    public static readonly string Screenshots = Path.Combine(Path.GetTempPath(), "kosovo-applicant-screenshots");

    private static readonly (string Language, int Width)[] Looks = [("sq", 390), ("sr-Latn", 390), ("en", 1280)];

    private static readonly (string Name, string Path, string Ready)[] Pages =
    [
        ("start", "/", "start-button"),
        ("overview", "/apply", "application-status"),
        ("selfie", "/apply/selfie", "saved-thumbnail"),
        ("email", "/apply/email", "email-form"),
        ("address", "/apply/address", "address-form"),
        ("return-method", "/apply/return-method", "return-method-form"),
        ("documents-identity", "/apply/documents/identity", "saved-thumbnail"),
        ("documents-identity-back", "/apply/documents/identity-back", "capture-slot-IdDocument-IdCardBack"),
        ("documents-selfie-with-id", "/apply/documents/selfie-with-id", "saved-thumbnail"),
        ("documents-address", "/apply/documents/address", "saved-thumbnail"),
        ("check", "/apply/check", "check-answers"),
        ("declaration", "/apply/declaration", "declaration-form"),
        ("signed-out", "/apply/signed-out", "signed-out"),
    ];

    [Fact]
    public async Task Pages_OfAFilledApplication_PassAxeAndFitEachScreen()
    {
        await using var context = await chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "de-DE", TimezoneId = "Europe/Zurich", Permissions = ["camera"] });
        var page = await context.NewPageAsync();
        await ApplicantJourney.PrepareAsync(page, site, OpenElectionSite.Applicant(20), "blerta.shala.with.a.rather.long.address@example.net", "en");

        foreach (var (name, path, ready) in Pages)
        {
            await PageLook.LookAsync(page, Screenshots, Looks, name, path, ready);
        }
    }
}
