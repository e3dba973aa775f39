using System.Globalization;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.Web.Components.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Admin;

/// <summary>
/// The deadline in the browser (issue 14): an applicant who has done every step reaches APLIKO just after the deadline
/// and is refused; an admin extends the deadline through the elections page, seeing old and new in Kosovo time before
/// confirming; the same applicant, without signing in again, presses APLIKO and is registered. The admin pages are
/// looked at on the way (screenshots, axe-core, nothing wider than a phone).
/// </summary>
[Collection(ClosingElectionCollection.Name)]
public sealed class DeadlineExtensionTests(FakeCameraChromium chromium, ClosingElectionSite site)
{
    [Fact]
    public async Task DeadlineExtendedByAnAdmin_LetsTheRefusedApplicantApply()
    {
        await using var applicantBrowser = await chromium.NewContextAsync(new()
        {
            BaseURL = site.BaseUrl,
            Locale = "de-DE",
            TimezoneId = "Europe/Zurich",
            Permissions = ["camera"],
        });
        var applicant = await applicantBrowser.NewPageAsync();
        await ApplicantJourney.PrepareAsync(applicant, site, ClosingElectionSite.Person, "closing@example.org", "en");

        site.Host.Clock.Set(new DateTimeOffset(site.Deadline.AddMinutes(5), TimeSpan.Zero));
        await applicant.GetByTestId("declaration-accept").CheckAsync();
        await applicant.GetByTestId("apliko").ClickAsync();
        await Expect(applicant.GetByTestId("declaration-error")).ToHaveTextAsync(
            "The application cannot be submitted: the deadline has passed or it can no longer be changed.");
        await Expect(applicant.GetByTestId("confirmation-panel")).ToHaveCountAsync(0);

        await using var adminBrowser = await chromium.NewContextAsync(new()
        {
            BaseURL = site.BaseUrl,
            Locale = "en-GB",
            TimezoneId = "Europe/Belgrade",
            ViewportSize = new() { Width = 1440, Height = 900 },
        });
        var admin = await adminBrowser.NewPageAsync();
        await OfficeSteps.SignInAsync(admin, site, site.Admin);
        await OfficeSteps.LookAsync(admin, "admin-elections", "/office/admin/elections", "admin-elections-table");
        await OfficeSteps.LookAsync(admin, "admin-new-election", "/office/admin/elections/new", "new-election-form");
        await admin.GotoAsync("/office/admin/elections");
        await admin.GetByTestId("admin-election-edit").ClickAsync();
        await OfficeSteps.LookAsync(admin, "admin-election", new Uri(admin.Url).AbsolutePath, "election-form");
        await admin.GetByTestId("election-deadline-link").ClickAsync();
        var deadlinePath = new Uri(admin.Url).AbsolutePath;
        await OfficeSteps.LookAsync(admin, "admin-deadline", deadlinePath, "deadline-form");

        var extended = TimeZoneInfo.ConvertTimeFromUtc(site.Deadline.AddDays(1), KosovoTime.Zone);
        await admin.GetByTestId("deadline-day").FillAsync(extended.Day.ToString(CultureInfo.InvariantCulture));
        await admin.GetByTestId("deadline-month").FillAsync(extended.Month.ToString(CultureInfo.InvariantCulture));
        await admin.GetByTestId("deadline-year").FillAsync(extended.Year.ToString(CultureInfo.InvariantCulture));
        await admin.GetByTestId("deadline-time").FillAsync(extended.ToString("HH:mm", CultureInfo.InvariantCulture));
        await admin.GetByTestId("deadline-reason").FillAsync("Postal strike in Germany: CEC decision 12/2027.");
        await admin.GetByTestId("deadline-continue").ClickAsync();
        await Expect(admin.GetByTestId("deadline-current")).ToHaveTextAsync(KosovoTime.Instant(site.Deadline));
        await Expect(admin.GetByTestId("deadline-new")).ToHaveTextAsync(KosovoTime.Instant(site.Deadline.AddDays(1)));
        await admin.GetByTestId("deadline-confirm").ClickAsync();
        await Expect(admin.GetByTestId("deadline-result")).ToHaveAttributeAsync("data-result", "Changed");

        // The refused applicant is still on the declaration, with its refusal, and needs nothing but APLIKO again.
        var reference = await ApplicantJourney.SubmitAsync(applicant);
        Assert.False(string.IsNullOrEmpty(reference));
    }
}
