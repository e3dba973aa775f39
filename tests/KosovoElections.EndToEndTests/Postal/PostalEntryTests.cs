using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Postal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Postal;

/// <summary>
/// A letter entered in the browser and decided by someone else (issue 15): a supervisor types a paper application,
/// chooses the photographed passport and bill as JPEG files and enters it; a reviewer takes it with "Review next", sees
/// who entered it, and approves it. The entry page is looked at empty, sent back with its errors and filled in (screenshots, axe-core,
/// nothing wider than a phone).
/// </summary>
public sealed class PostalEntryTests(ChromiumFixture chromium, OfficeSite site) : IClassFixture<ChromiumFixture>, IClassFixture<OfficeSite>
{
    private const string Page = "/office/postal/new";

    [Fact]
    public async Task Supervisor_EntersALetterWithScannedJpegs_AndAnotherReviewerApprovesIt()
    {
        var seed = new PostalSeed(site.Host);
        await seed.ElectionAsync();
        var number = await seed.PersonAsync();

        await using var supervisorContext = await StaffContextAsync();
        var supervisor = await supervisorContext.NewPageAsync();
        var enteredBy = await site.SignInAsync(supervisor, StaffRole.Supervisor);
        await OfficeSteps.LookAsync(supervisor, "postal-entry", Page, "postal-form");
        await OfficeSteps.LookAsync(supervisor, "postal-entry-errors", async language =>
        {
            await supervisor.GotoAsync($"{Page}?culture={language}");
            await supervisor.GetByTestId("postal-enter").ClickAsync();
        }, "error-summary");
        var links = await supervisor.GetByTestId("error-summary").Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.hash)");
        Assert.Equal(
            ["#Channel", "#ReceivedDay", "#PersonalNumber", "#BirthDay", "#Country", "#City", "#Street", "#ReturnMethod",
             "#IdDocumentType", "#IdDocumentFile", "#ProofOfAddressType", "#ProofOfAddressFile"],
            links);
        await Expect(supervisor.GetByTestId("error-postal-IdDocument-file")).ToHaveTextAsync("Upload the scan or photo of the identity document");
        await OfficeSteps.LookAsync(supervisor, "postal-entry-filled", async language =>
        {
            await supervisor.GotoAsync($"{Page}?culture={language}");
            await FillAsync(supervisor, number);
        }, "postal-form");

        await supervisor.GetByTestId("postal-enter").ClickAsync();
        var reference = (await supervisor.GetByTestId("postal-reference").TextContentAsync())!;
        await Expect(supervisor.GetByTestId("postal-entered")).ToContainTextAsync("Application entered");

        await using var reviewerContext = await StaffContextAsync();
        var reviewer = await reviewerContext.NewPageAsync();
        await site.SignInAsync(reviewer, StaffRole.Reviewer);
        await reviewer.GotoAsync("/office/queue?culture=en");
        await Expect(reviewer.Locator($"[data-testid=queue-row][data-reference='{reference}']")).ToHaveAttributeAsync("data-status", "Submitted");
        await reviewer.GetByTestId("review-next").ClickAsync();
        await Expect(reviewer.GetByTestId("review-reference")).ToContainTextAsync(reference);
        await Expect(reviewer.GetByTestId("review-photo")).Not.ToHaveCountAsync(0);
        await Expect(reviewer.GetByTestId("review-paper")).ToHaveAttributeAsync("data-channel", "Post");
        await Expect(reviewer.GetByTestId("review-paper-entered-by")).ToHaveTextAsync(enteredBy.Email);
        await OfficeSteps.LookAsync(reviewer, "review-paper", "/office/applications/" + Uri.EscapeDataString(reference), "review-paper");

        await Expect(reviewer.GetByTestId("decision-keys")).ToHaveAttributeAsync("data-listening", "true");
        await reviewer.Keyboard.PressAsync("a");
        await Expect(reviewer.GetByTestId("decision-Approve")).ToBeCheckedAsync();
        await reviewer.Keyboard.PressAsync("Enter");
        await Expect(reviewer.Locator($"[data-testid=queue-row][data-reference='{reference}']")).ToHaveAttributeAsync("data-status", "Approved");
    }

    [Fact]
    public async Task FileChoice_InAlbanian_SpeaksThePagesLanguageAndShowsTheChosenFile()
    {
        await new PostalSeed(site.Host).ElectionAsync();
        await using var context = await StaffContextAsync();
        var clerk = await context.NewPageAsync();
        await site.SignInAsync(clerk, StaffRole.DataEntry);
        await clerk.GotoAsync($"{Page}?culture=sq");

        var upload = clerk.Locator("[data-file-upload]").Filter(new() { Has = clerk.GetByTestId("postal-IdDocument-file") });
        await Expect(upload).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("file-upload--enhanced"));
        await Expect(upload).ToHaveTextAsync("Zgjidhni skedarin Asnjë skedar i zgjedhur");
        var input = clerk.GetByTestId("postal-IdDocument-file");
        Assert.Equal("0", await input.EvaluateAsync<string>("input => getComputedStyle(input).opacity"));
        await Expect(input).ToHaveAttributeAsync("aria-describedby", "IdDocumentFile-hint IdDocumentFile-status");
        await Expect(clerk.Locator("label[for=IdDocumentFile]")).ToHaveTextAsync("Skanimi ose fotografia: Dokumenti i identifikimit");

        await clerk.GetByTestId("postal-IdDocument-type").FocusAsync();
        await clerk.Keyboard.PressAsync("Tab");
        await Expect(input).ToBeFocusedAsync();
        await input.SetInputFilesAsync(new FilePayload { Name = "pasaporta.jpg", MimeType = "image/jpeg", Buffer = PostalSeed.Photo });
        await Expect(clerk.GetByTestId("postal-IdDocument-file-status")).ToHaveTextAsync("pasaporta.jpg");
        await input.SetInputFilesAsync(Array.Empty<FilePayload>());
        await Expect(clerk.GetByTestId("postal-IdDocument-file-status")).ToHaveTextAsync("Asnjë skedar i zgjedhur");
    }

    /// <summary>The paper form typed in as it came: sent by post, received and postmarked today, both documents photographed.</summary>
    private async Task FillAsync(IPage page, string number)
    {
        var today = DateOnly.FromDateTime(site.Host.Clock.GetUtcNow().UtcDateTime);
        await page.GetByTestId("postal-channel-Post").CheckAsync();
        await FillDateAsync(page, "postal-received", today);
        await FillDateAsync(page, "postal-postmark", today);
        await page.GetByTestId("postal-personal-number").FillAsync(number);
        await FillDateAsync(page, "postal-birth", PostalSeed.Born);
        await page.GetByTestId("address-country").SelectOptionAsync("DE");
        await page.GetByTestId("address-city").FillAsync("Stuttgart");
        await page.GetByTestId("address-street").FillAsync("Königstraße 12");
        await page.GetByTestId("address-postal-code").FillAsync("70173");
        await page.GetByTestId("postal-return-method-PostalAbroad").CheckAsync();
        await page.GetByTestId("postal-IdDocument-type").SelectOptionAsync("Passport");
        await page.GetByTestId("postal-IdDocument-file").SetInputFilesAsync(new FilePayload { Name = "passport.jpg", MimeType = "image/jpeg", Buffer = PostalSeed.Photo });
        await page.GetByTestId("postal-ProofOfAddress-type").SelectOptionAsync("UtilityBill");
        await page.GetByTestId("postal-ProofOfAddress-file").SetInputFilesAsync(new FilePayload { Name = "bill.jpg", MimeType = "image/jpeg", Buffer = PostalSeed.OtherPhoto });
    }

    private static async Task FillDateAsync(IPage page, string testId, DateOnly date)
    {
        await page.GetByTestId($"{testId}-day").FillAsync($"{date.Day}");
        await page.GetByTestId($"{testId}-month").FillAsync($"{date.Month}");
        await page.GetByTestId($"{testId}-year").FillAsync($"{date.Year}");
    }

    private Task<IBrowserContext> StaffContextAsync() =>
        chromium.NewContextAsync(new() { BaseURL = site.Host.BaseUrl, Locale = "en-GB", TimezoneId = "Europe/Belgrade", ViewportSize = new() { Width = 1440, Height = 900 } });
}
