using System.IO.Compression;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Dashboard;

/// <summary>
/// The dashboard as a supervisor sees it (issue 14): two weeks of applications in Albanian and Serbian on a 390 px
/// phone and in English on a desk, with axe-core and nothing wider than the screen; the charts fit their column and the
/// tables hold the same figures.
/// </summary>
public sealed class DashboardLookTests(ChromiumFixture chromium, DashboardSite site) : IClassFixture<ChromiumFixture>, IClassFixture<DashboardSite>
{
    [Fact]
    public async Task Dashboard_InEachLanguageAndWidth_IsReadableAndAccessible()
    {
        await using var browser = await chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "en-GB" });
        var page = await browser.NewPageAsync();
        await OfficeSteps.SignInAsync(page, site, site.Supervisor);

        await page.GetByTestId("office-nav-dashboard").ClickAsync();
        await Expect(page.GetByTestId("dashboard-backlog")).ToBeVisibleAsync();
        await OfficeSteps.LookAsync(page, "dashboard", "/office/dashboard", "dashboard-backlog");

        // The last look is English at 1440 px: each chart sits beside its table and is no wider than its column.
        await Expect(page.GetByTestId("dashboard-by-status").Locator("tbody tr")).ToHaveCountAsync(7);
        await Expect(page.GetByTestId("dashboard-decisions").Locator("tbody tr").First).ToBeVisibleAsync();
        foreach (var chart in await page.Locator("svg.chart").AllAsync())
        {
            var box = await chart.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.Width, 200, 480);
        }

        // The page's weight for docs/performance.md: the HTML as served, and gzipped as a compressing proxy would send it.
        var html = await (await browser.APIRequest.GetAsync("/office/dashboard?culture=en")).BodyAsync();
        using var gzipped = new MemoryStream();
        await using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(html);
        }

        await File.AppendAllTextAsync(Path.Combine(Path.GetTempPath(), "kosovo-dashboard-weight.txt"),
            $"{DateTime.UtcNow:O} dashboard HTML, 400 applications over 14 days: {html.Length} bytes, {gzipped.Length} gzipped{Environment.NewLine}");
    }
}
