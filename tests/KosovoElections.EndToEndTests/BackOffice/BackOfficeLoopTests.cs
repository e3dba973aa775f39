using KosovoElections.Domain.Applications;
using KosovoElections.EndToEndTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.BackOffice;

/// <summary>
/// The whole back-office loop in real Chromium: two people apply with the fake camera; a reviewer signs in with a
/// password and a TOTP code, takes the oldest with "Review next" and rejects it from the keyboard; a supervisor confirms
/// the rejection from the second-review list; the reviewer approves the other; each applicant reads the outcome in their
/// own language (the rejected one in the browser they applied in, the approved one signed in again). Every office
/// page is looked at on the way (screenshots, axe-core, nothing wider than a phone).
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed class BackOfficeLoopTests(FakeCameraChromium chromium, BackOfficeSite site)
{
    [Fact]
    public async Task Loop_RejectionConfirmedAndApproval_ReachTheApplicantsInTheirLanguage()
    {
        // A rejection frees the person's place, so signing in again would start a new application: the applicant who
        // is rejected keeps the browser they applied in, and reads the outcome there (and in the decision's e-mail).
        await using var rejectedBrowser = await ApplicantContextAsync();
        var rejectedApplicant = await rejectedBrowser.NewPageAsync();
        var rejected = await ApplicantJourney.ApplyAsync(rejectedApplicant, site, BackOfficeSite.Person(0), "office0@example.org", "sr-Latn");
        string approved;
        await using (var approvedBrowser = await ApplicantContextAsync())
        {
            approved = await ApplicantJourney.ApplyAsync(await approvedBrowser.NewPageAsync(), site, BackOfficeSite.Person(1), "office1@example.org", "sq");
        }

        await using var reviewerContext = await StaffContextAsync();
        var reviewer = await reviewerContext.NewPageAsync();
        await OfficeSteps.LookAsync(reviewer, "sign-in", "/office/sign-in", "staff-sign-in-form");
        await OfficeSteps.SignInAsync(reviewer, site, site.Reviewer,
            () => OfficeSteps.LookAsync(reviewer, "code", "/office/sign-in/code", "staff-totp-key"));
        await OfficeSteps.LookAsync(reviewer, "queue", "/office/queue", "queue-row");
        await Expect(reviewer.GetByTestId("queue-row")).ToHaveCountAsync(2);
        await Expect(reviewer.GetByTestId("queue-filter-form")).ToBeVisibleAsync();

        await reviewer.GetByTestId("review-next").ClickAsync();
        await Expect(reviewer.GetByTestId("review-reference")).ToContainTextAsync(rejected);
        await Expect(reviewer.GetByTestId("review-photo")).Not.ToHaveCountAsync(0);
        await RejectFromTheKeyboardAsync(reviewer);

        // The reviewer goes straight on to the next application, which stays leased while the supervisor looks.
        await Expect(reviewer.GetByTestId("review-reference")).ToContainTextAsync(approved);
        await OfficeSteps.LookAsync(reviewer, "review", ReviewPath(approved), "review-photo");

        await using var supervisorContext = await StaffContextAsync();
        var supervisor = await supervisorContext.NewPageAsync();
        await OfficeSteps.SignInAsync(supervisor, site, site.Supervisor);
        await OfficeSteps.LookAsync(supervisor, "leases", "/office/leases", "lease-row");
        await OfficeSteps.LookAsync(supervisor, "second-review", "/office/second-review", "second-review-item");
        await supervisor.GetByTestId("second-review-link").ClickAsync();
        await Expect(supervisor.GetByTestId("review-reference")).ToContainTextAsync(rejected);
        await KeysListeningAsync(supervisor);
        await supervisor.GetByTestId("decision-ConfirmRejection").CheckAsync();
        await supervisor.GetByTestId("decision-submit").ClickAsync();
        await supervisor.GetByTestId("decision-confirm").ClickAsync();
        await Expect(supervisor.GetByTestId("second-review-empty")).ToBeVisibleAsync();

        await ApproveFromTheKeyboardAsync(reviewer);
        await Expect(reviewer.Locator($"[data-testid=queue-row][data-reference='{approved}']")).ToHaveAttributeAsync("data-status", "Approved");
        await Expect(reviewer.Locator($"[data-testid=queue-row][data-reference='{rejected}']")).ToHaveAttributeAsync("data-status", "Rejected");

        await rejectedApplicant.GotoAsync("/apply");
        await Expect(rejectedApplicant.GetByTestId("application-status")).ToHaveAttributeAsync("data-status", "Rejected");
        await Expect(rejectedApplicant.GetByTestId("decision-reason")).ToHaveAttributeAsync("data-reason", "PersonMismatch");
        await Expect(rejectedApplicant.GetByTestId("decision-reason")).ToHaveTextAsync("Osoba na fotografiji se ne slaže sa identifikacionim dokumentom.");

        var approvedStatus = await SignInAgainAsync(1, "sq");
        await Expect(approvedStatus.GetByTestId("application-status")).ToHaveAttributeAsync("data-status", "Approved");
        await approvedStatus.GetByTestId("receipt-link").ClickAsync();
        await Expect(approvedStatus.GetByTestId("receipt-reference")).ToHaveTextAsync(approved);
        await Expect(approvedStatus.GetByTestId("receipt-code")).Not.ToBeEmptyAsync();
    }

    /// <summary>
    /// R chooses the rejection (the key is announced on its radio), a reason is ticked, Enter (from no control) asks
    /// for the confirmation, which takes the focus and is given. The note shows its focus as every control does.
    /// </summary>
    private static async Task RejectFromTheKeyboardAsync(IPage page)
    {
        await KeysListeningAsync(page);
        await Expect(page.GetByTestId("decision-Reject")).ToHaveAttributeAsync("aria-keyshortcuts", "R");
        await page.GetByTestId("decision-note").FocusAsync();
        Assert.Equal("solid", await page.GetByTestId("decision-note").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.GetByTestId("decision-keys").ClickAsync();
        await page.Keyboard.PressAsync("r");
        await Expect(page.GetByTestId("decision-Reject")).ToBeCheckedAsync();
        await page.GetByTestId("reason-PersonMismatch").CheckAsync();
        await page.GetByTestId("decision-keys").ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("decision-confirm-panel")).ToBeFocusedAsync();
        await Expect(page.GetByTestId("decision-confirm-reasons").Locator("li")).ToHaveAttributeAsync("data-reason", "PersonMismatch");
        await page.GetByTestId("decision-confirm").ClickAsync();
    }

    /// <summary>The keys work once the circuit is up and the page listens; before that a key press does nothing.</summary>
    private static Task KeysListeningAsync(IPage page) =>
        Expect(page.GetByTestId("decision-keys")).ToHaveAttributeAsync("data-listening", "true");

    private static async Task ApproveFromTheKeyboardAsync(IPage page)
    {
        await KeysListeningAsync(page);
        await page.Keyboard.PressAsync("a");
        await Expect(page.GetByTestId("decision-Approve")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    private Task<IBrowserContext> ApplicantContextAsync() =>
        chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "de-DE", TimezoneId = "Europe/Zurich", Permissions = ["camera"] });

    /// <summary>The applicant back from the start page in a new browser, on the status of the application.</summary>
    private async Task<IPage> SignInAgainAsync(int person, string language)
    {
        var context = await chromium.NewContextAsync(site.Voter());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/?culture=" + language);
        await page.GetByTestId("start-button").ClickAsync();
        await SignInForm.FillAsync(page, BackOfficeSite.Person(person), OpenElectionSite.Born);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await Expect(page.GetByTestId("application-status")).ToBeVisibleAsync();
        return page;
    }

    private Task<IBrowserContext> StaffContextAsync() =>
        chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "en-GB", TimezoneId = "Europe/Belgrade", ViewportSize = new() { Width = 1440, Height = 900 } });

    private static string ReviewPath(string reference) => "/office/applications/" + Uri.EscapeDataString(reference);
}
