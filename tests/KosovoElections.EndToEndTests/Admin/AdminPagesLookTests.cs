using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Admin;

/// <summary>
/// The admins' pages as people see them (issue 14): staff, retention, audit, exports and the public statistics, each in
/// Albanian and Serbian on a 390 px phone and in English on a desk, checked with axe-core and for nothing wider than
/// the screen; the screenshots are left in <see cref="OfficeSteps.Screenshots"/> for people to open.
/// </summary>
[Collection(ClosingElectionCollection.Name)]
public sealed class AdminPagesLookTests(FakeCameraChromium chromium, ClosingElectionSite site)
{
    [Fact]
    public async Task AdminPages_InEachLanguageAndWidth_AreReadableAndAccessible()
    {
        await using var browser = await chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "en-GB" });
        var admin = await browser.NewPageAsync();
        await OfficeSteps.SignInAsync(admin, site, await site.Host.CreateStaffAsync(StaffRole.Admin)); // enrols its own second factor

        await OfficeSteps.LookAsync(admin, "admin-staff", "/office/admin/staff", "staff-table");
        await admin.GetByTestId("staff-member-link").First.ClickAsync();
        await Expect(admin.GetByTestId("staff-member")).ToBeVisibleAsync();
        await OfficeSteps.LookAsync(admin, "admin-staff-member", new Uri(admin.Url).AbsolutePath, "staff-member");
        await OfficeSteps.LookAsync(admin, "admin-retention", "/office/admin/retention", "retention-image-days");
        await OfficeSteps.LookAsync(admin, "audit", "/office/audit", "audit-filter-form");
        await OfficeSteps.LookAsync(admin, "admin-exports", "/office/admin/exports", "exports-election");
        await OfficeSteps.LookAsync(admin, "statistics", "/statistics", "statistics-election");
        await OfficeSteps.LookAsync(admin, "set-password-invalid", "/office/set-password/not-a-link", "set-password-invalid");
    }
}
