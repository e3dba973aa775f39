using System.Text;
using KosovoElections.Application.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Admin;

/// <summary>
/// The civil registry upload in the browser (issue 14): an admin chooses a CSV with bad rows, the page follows the
/// import by itself (its refresh) to the report, whose rejected lines read as a stacked table on a phone. Both states
/// of the page are looked at (screenshots, axe-core, nothing wider than a phone).
/// </summary>
[Collection(ClosingElectionCollection.Name)]
public sealed class RegistryUploadPageTests(FakeCameraChromium chromium, ClosingElectionSite site)
{
    [Fact]
    public async Task Upload_FileWithBadRows_ThePageReachesTheReportByItself()
    {
        var member = await site.Host.CreateStaffAsync(StaffRole.Admin);
        await using var browser = await chromium.NewContextAsync(new()
        {
            BaseURL = site.BaseUrl,
            Locale = "en-GB",
            TimezoneId = "Europe/Belgrade",
            ViewportSize = new() { Width = 1440, Height = 900 },
        });
        var admin = await browser.NewPageAsync();
        await OfficeSteps.SignInAsync(admin, site, member);
        await OfficeSteps.LookAsync(admin, "admin-registry", "/office/admin/registry", "registry-upload-form");

        await admin.GotoAsync("/office/admin/registry?culture=en");
        await admin.GetByTestId("registry-upload-file").SetInputFilesAsync(new FilePayload
        {
            Name = "registry-2027.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(string.Join('\n',
                RegistryRow.Header,
                "5300000001,Arbër,Gashi,Ilir,1990-05-17,M,Prishtinë,active",
                "530000002,Drita,Hyseni,,1988-03-04,F,Ferizaj,active",
                "5300000003,Nenad,Ilić,Dušan,1975-12-01,M,Zvečan,active",
                "5300000004,Milica,Jovanović,,1981-11-18,F,Graçanicë,active") + "\n"),
        });
        await admin.GetByTestId("registry-upload-submit").ClickAsync();

        await Expect(admin.GetByTestId("registry-report")).ToHaveAttributeAsync("data-state", "Finished");
        await Expect(admin.GetByTestId("registry-report-imported")).ToHaveTextAsync("2");
        await Expect(admin.GetByTestId("registry-rejections").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(admin.GetByTestId("registry-rejections").Locator("tbody tr").Nth(1)).ToContainTextAsync("Unknown municipality \"Zvečan\"");
        await OfficeSteps.LookAsync(admin, "admin-registry-report", "/office/admin/registry", "registry-rejections");
    }
}
