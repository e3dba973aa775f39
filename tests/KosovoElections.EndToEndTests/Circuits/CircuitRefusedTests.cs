using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Monitoring;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Circuits;

/// <summary>
/// T-SES-06 in a real browser (issue 12 item 2): a page whose circuit the guard refuses past the limit says so in the
/// reader's language, with the sentence the server sent, instead of silently staying without interactivity.
/// </summary>
[Collection(OpenElectionSiteCollection.Name)]
public sealed class CircuitRefusedTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task SecondCircuitPastTheAddressLimit_ShowsTheServersTextInTheReadersLanguage()
    {
        // The camera bench is an interactive page anyone may open in Development; one circuit per address.
        await using var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "circuit-refused"), new TestClock(DateTimeOffset.UtcNow), "Development",
            new Dictionary<string, string?> { ["Circuits:MaxPerAddress"] = "1" });
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "en-GB" });
        var first = await context.NewPageAsync();
        await first.GotoAsync("/dev/camera?culture=en");
        await OpenCircuitsAsync(host, 1);
        await Expect(first.GetByTestId("circuit-refused")).ToBeHiddenAsync();

        var second = await context.NewPageAsync();
        await second.GotoAsync("/dev/camera?culture=en");

        await Expect(second.GetByTestId("circuit-refused")).ToBeVisibleAsync();
        await Expect(second.GetByTestId("circuit-refused")).ToHaveTextAsync("Too many open connections from your network. Close some tabs or windows and try again in a few minutes.");
        await Expect(first.GetByTestId("circuit-refused")).ToBeHiddenAsync();
    }

    /// <summary>Waits until the server counts the circuits (its metrics, read from loopback), as the limit does.</summary>
    private static async Task OpenCircuitsAsync(TestHost host, int expected)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var metrics = await (await Scrape.MetricsAsync(host.BaseUrl)).Content.ReadAsStringAsync();
            if (Scrape.Sample(metrics, "elections_circuits_open") == expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The server never counted {expected} open circuit(s).");
    }
}
