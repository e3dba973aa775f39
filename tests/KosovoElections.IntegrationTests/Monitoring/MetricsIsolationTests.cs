using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Monitoring;

/// <summary>
/// Two hosts in one process (as in the test runs, or two sites behind one worker) each report only their own
/// measurements: the meters share a name, and a host that also counted its neighbour's sign-ins or open circuits would
/// show figures that did not happen on it.
/// </summary>
public sealed class MetricsIsolationTests
{
    [Fact]
    public async Task Metrics_TwoHostsInOneProcess_EachReportsOnlyItsOwnSignIns()
    {
        var clock = new TestClock(SignInSeed.Opens.AddDays(10));
        await using var quiet = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "metrics-quiet"), clock);
        await using var busy = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "metrics-busy"), clock);
        await SignInSeed.SeedAsync(busy);
        using (var stranger = new BrowserSession(busy.BaseUrl))
        {
            await stranger.SignInAsync(SignInSeed.Numbered(30), new DateOnly(1950, 1, 1));
        }

        var busyText = await (await Scrape.MetricsAsync(busy.BaseUrl)).Content.ReadAsStringAsync();
        var quietText = await (await Scrape.MetricsAsync(quiet.BaseUrl)).Content.ReadAsStringAsync();

        Assert.Equal(1, Scrape.Sample(busyText, "elections_sign_ins_total", "outcome=\"NotRecognised\""));
        Assert.Null(Scrape.Sample(quietText, "elections_sign_ins_total", "outcome=\"NotRecognised\""));
        Assert.Equal(0, Scrape.Sample(quietText, "elections_circuits_open"));
    }
}
