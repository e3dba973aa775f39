using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Playwright;
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
        await StaffMemberButtons_OnePrimaryOfNaturalWidth_FullWidthOnAPhone(admin);
        await Radios_AreGovUkLargeRadios(admin);
        await OfficeSteps.LookAsync(admin, "admin-retention", "/office/admin/retention", "retention-image-days");
        await OfficeSteps.LookAsync(admin, "audit", "/office/audit", "audit-filter-form");
        await OfficeSteps.LookAsync(admin, "admin-exports", "/office/admin/exports", "exports-election");
        await OfficeSteps.LookAsync(admin, "statistics", "/statistics", "statistics-election");
        await OfficeSteps.LookAsync(admin, "set-password-invalid", "/office/set-password/not-a-link", "set-password-invalid");
    }

    /// <summary>
    /// GOV.UK's buttons on the staff member's page: one primary button; on a desk each button is as wide as its words,
    /// on a phone as wide as the page.
    /// </summary>
    private static async Task StaffMemberButtons_OnePrimaryOfNaturalWidth_FullWidthOnAPhone(IPage page)
    {
        var buttons = page.Locator("form .button");
        await Expect(page.Locator("form .button:not(.button--secondary):not(.button--warning)")).ToHaveCountAsync(1);
        var widths = await buttons.EvaluateAllAsync<double[][]>(
            "buttons => buttons.map(b => [b.getBoundingClientRect().width, b.closest('form').getBoundingClientRect().width])");
        Assert.True(widths.Length >= 3);
        Assert.All(widths, w => Assert.True(w[0] < w[1] / 2, $"a {w[0]} px button in a {w[1]} px form on a desk"));

        await page.SetViewportSizeAsync(390, 844);
        widths = await buttons.EvaluateAllAsync<double[][]>(
            "buttons => buttons.map(b => [b.getBoundingClientRect().width, b.closest('form').getBoundingClientRect().width])");
        Assert.All(widths, w => Assert.Equal(w[1], w[0], 1.0));
        await page.SetViewportSizeAsync(1440, 900);
    }

    /// <summary>The staff member's roles as GOV.UK's large radios: 40 px circles, as on the decision form and the applicant's steps.</summary>
    private static async Task Radios_AreGovUkLargeRadios(IPage page)
    {
        var radio = page.GetByTestId("staff-role-Reviewer");
        var box = await radio.BoundingBoxAsync();
        Assert.Equal(40, box!.Width, 0.5);
        Assert.Equal(40, box.Height, 0.5);
        await radio.CheckAsync();
        await Expect(radio).ToBeCheckedAsync();
    }
}
