using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// The staff site for back-office pages in Chromium: staff sign in through the real password and code pages, and each
/// test's application is seeded straight into the database. Open circuits are re-checked at the default interval.
/// </summary>
public class OfficeSite() : StaffSiteHost(DatabaseProvider.Sqlite, "office")
{
    /// <summary>A new staff member of <paramref name="role"/>, signed in on <paramref name="page"/> with a code computed from the key it shows.</summary>
    public async Task<TestStaffMember> SignInAsync(IPage page, StaffRole role)
    {
        var staff = await Host.CreateStaffAsync(role);
        await page.GotoAsync(StaffSteps.SignInPage);
        await page.GetByTestId("staff-email").FillAsync(staff.Email);
        await page.GetByTestId("staff-password").FillAsync(StaffSteps.Password);
        await page.GetByTestId("staff-sign-in-submit").ClickAsync();
        staff.Key = TestTotp.FromBase32(await page.GetByTestId("staff-totp-key").TextContentAsync() ?? string.Empty);
        await page.GetByTestId("staff-code").FillAsync(TestTotp.Code(staff.Key, Host.Clock.GetUtcNow()));
        await page.GetByTestId("staff-code-submit").ClickAsync();
        await Expect(page.GetByTestId("staff-recovery-code").First).ToBeVisibleAsync();
        return staff;
    }

    /// <summary>A submitted application whose lease <paramref name="reviewer"/> holds: its review page offers the decision form.</summary>
    public async Task<VoterApplication> ClaimedByAsync(TestStaffMember reviewer)
    {
        var seed = new ReviewSeed(Host);
        var application = await seed.SentAsync();
        await seed.ChangeAsync(application.Id, (a, at) => a.BeginReview(reviewer.Id, at.AddMinutes(15), at));
        return application;
    }

    /// <summary>
    /// Opens the review page and returns once it is interactive: the decision form's keyboard module is fetched only
    /// after the circuit has rendered the form and attached its handlers.
    /// </summary>
    public static async Task OpenInteractiveAsync(IPage page, VoterApplication application) =>
        await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync("/office/applications/" + application.ReferenceNumber),
            // The module is imported by its fingerprinted address (DecisionForm.{hash}.razor.js).
            response => response.Url.Contains("/DecisionForm.", StringComparison.Ordinal) && response.Url.EndsWith(".razor.js", StringComparison.Ordinal));

    public async Task ChangeRoleAsync(Guid staffId, StaffRole role)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        await db.Staff.Where(s => s.Id == staffId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, role));
    }

    public async Task<ApplicationStatus> StatusOfAsync(Guid applicationId)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Applications.Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync();
    }
}

/// <summary>As <see cref="OfficeSite"/>, with open circuits re-checked every two seconds instead of every minute.</summary>
public sealed class QuicklyRevalidatingOfficeSite : OfficeSite
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override IDictionary<string, string?>? Settings() =>
        new Dictionary<string, string?> { ["Circuits:RevalidationInterval"] = Interval.ToString() };
}
