using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.EndToEndTests.Journey;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Capture;

/// <summary>
/// A proof of address of several pages (SPEC §4 step 7, "up to 3 pages"), photographed with the fake camera one page at a
/// time, with a page removed on the way, and every page on the reviewer's screen with its number.
/// </summary>
[Collection(ApplicantCameraCollection.Name)]
public sealed class ProofOfAddressPagesTests(FakeCameraChromium chromium, ProofOfAddressPagesSite site) : IClassFixture<ProofOfAddressPagesSite>
{
    private static readonly (string Language, int Width)[] Looks = [("sq", 390), ("sr-Latn", 390), ("en", 1280)];

    [Fact]
    public async Task ProofPage_ThreePagesTakenAndTheFirstRemoved_ReviewerSeesBothPagesLeft()
    {
        await using var applicant = await chromium.NewContextAsync(
            new() { BaseURL = site.BaseUrl, Locale = "de-DE", TimezoneId = "Europe/Zurich", Permissions = ["camera"] });
        var page = await applicant.NewPageAsync();
        await ApplicantJourney.PrepareAsync(page, site, OpenElectionSite.Applicant(0), "pages@example.org", "en");

        await page.GotoAsync("/apply/documents/address?culture=en");
        await Expect(page.GetByTestId("proof-type-UtilityBill")).ToBeCheckedAsync();
        await Expect(page.GetByTestId("proof-page")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("step-continue")).ToBeEnabledAsync();
        foreach (var number in new[] { 2, 3 })
        {
            await page.GetByTestId("proof-page-add").ClickAsync();
            var added = page.GetByTestId($"capture-slot-ProofOfAddress-UtilityBill-{number}");
            await Expect(added.GetByTestId("capture-slot-title")).ToBeFocusedAsync(); // not lost with the button that gave way
            await Expect(added.GetByTestId("capture-slot-title")).ToHaveTextAsync($"Page {number}");
            await CaptureSlot.CaptureAsync(added);
        }

        // Three pages are the most: no camera for a fourth, and the page says why.
        await Expect(page.GetByTestId("proof-page-remove")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("proof-page-add")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("proof-pages-full")).ToHaveTextAsync(
            "You have added 3 pages, the most a proof of address can have. To change one, take its photo again or remove it.");
        // The pages just taken (2 and 3) are the ones that stay once the first is removed.
        var kept = await page.Locator("[data-testid=proof-page] [data-testid=capture-thumbnail]").EvaluateAllAsync<string[]>("images => images.map(i => i.getAttribute('src'))");

        await page.GetByTestId("proof-page-remove").First.ClickAsync();
        await Expect(page.GetByTestId("proof-page-removed")).ToHaveTextAsync("Page 1 removed.");
        await Expect(page.GetByTestId("proof-page-removed")).ToBeFocusedAsync();
        await Expect(page.GetByTestId("proof-page")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("proof-page-add")).ToBeVisibleAsync();
        await PageLook.LookAsync(page, ApplicantPagesLookTests.Screenshots, Looks, "documents-address-two-pages", "/apply/documents/address", "saved-thumbnail");

        await page.GotoAsync("/apply/check?culture=en");
        var checkedPages = page.Locator("[data-testid=check-document][data-kind=ProofOfAddress]");
        await Expect(checkedPages).ToHaveCountAsync(2);
        await Expect(checkedPages.Nth(1)).ToContainTextAsync("Proof of address: Utility bill (electricity, water, gas), page 2 of 2");
        await page.GetByTestId("check-continue").ClickAsync();
        await ApplicantJourney.SubmitAsync(page);

        await using var staff = await chromium.NewContextAsync(
            new() { BaseURL = site.BaseUrl, Locale = "en-GB", TimezoneId = "Europe/Belgrade", ViewportSize = new() { Width = 1440, Height = 900 } });
        var reviewer = await staff.NewPageAsync();
        await OfficeSteps.SignInAsync(reviewer, site, site.Reviewer);
        await reviewer.GotoAsync("/office/queue?culture=en");
        await reviewer.GetByTestId("review-next").ClickAsync();

        var proofs = reviewer.Locator("[data-testid=review-photo][data-kind=ProofOfAddress]");
        await Expect(proofs).ToHaveCountAsync(2);
        await Expect(proofs.Nth(0)).ToContainTextAsync("Utility bill (electricity, water, gas), page 1 of 2");
        await Expect(proofs.Nth(1)).ToContainTextAsync("Utility bill (electricity, water, gas), page 2 of 2");
        var served = new List<string?>();
        for (var i = 0; i < 2; i++)
        {
            var image = proofs.Nth(i).GetByTestId("review-image");
            await Expect(image).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await image.EvaluateAsync<int>("i => i.naturalWidth") > 0);
            served.Add(await image.GetAttributeAsync("src"));
        }

        Assert.Equal(kept.Select(DocumentId), served.Select(DocumentId));
    }

    private static string DocumentId(string? url) => url!.Split('/')[^2];
}

/// <summary>An <see cref="OpenElectionSite"/> of its own with a reviewer: its queue holds only this test's application.</summary>
public sealed class ProofOfAddressPagesSite : OpenElectionSite
{
    public TestStaffMember Reviewer { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Reviewer = await Host.CreateStaffAsync(StaffRole.Reviewer);
    }
}
