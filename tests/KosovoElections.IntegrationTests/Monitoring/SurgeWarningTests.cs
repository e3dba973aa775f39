using System.Globalization;
using System.Text.RegularExpressions;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Monitoring;

/// <summary>
/// Failed sign-ins past Alerts:SignInFailures in the window write one warning to the log, with counts only
/// (issue 12 item 7: 131 failures once left nothing at warning level).
/// </summary>
public abstract partial class SurgeWarningTests(MonitoringHost fixture)
{
    private static readonly DateOnly WrongDate = new(1950, 1, 1);

    [Fact]
    public async Task SignInFailures_PastTheThreshold_WarnOncePerWindowWithCountsOnly()
    {
        fixture.Clock.Set(SignInSeed.Opens.AddDays(20));
        await FailAsync(first: 0, count: MonitoringHost.SurgeThreshold - 1);
        Assert.Empty(Warnings(await fixture.LogAsync()));

        await FailAsync(first: 10, count: 1);
        fixture.Clock.Advance(TimeSpan.FromSeconds(20));
        await FailAsync(first: 20, count: MonitoringHost.SurgeThreshold);
        var log = await fixture.LogAsync();
        var warning = Assert.Single(Warnings(log));
        Assert.Contains($"Surge of \"SignInFailures\": {MonitoringHost.SurgeThreshold} in the last 60 s", warning, StringComparison.Ordinal);

        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        await FailAsync(first: 30, count: MonitoringHost.SurgeThreshold);
        log = await fixture.LogAsync();
        Assert.Equal(2, Warnings(log).Count);
        foreach (var line in Warnings(log))
        {
            Assert.DoesNotMatch(@"\d{10}", line); // a personal number
            Assert.DoesNotContain("192.0.2.", line, StringComparison.Ordinal); // a client address
            Assert.DoesNotContain("1950", line, StringComparison.Ordinal); // the date tried
        }
    }

    /// <summary>Wrong dates against different numbers from different addresses, so no throttle or challenge steps in.</summary>
    private async Task FailAsync(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            using var browser = new BrowserSession(fixture.Host.BaseUrl, forwardedFor: "192.0.2." + (i + 1).ToString(CultureInfo.InvariantCulture));
            await browser.SignInAsync(SignInSeed.Numbered(i), WrongDate);
        }
    }

    private static List<string> Warnings(string log) => [.. Surge().Matches(log).Select(m => m.Value)];

    [GeneratedRegex("^.*Surge of .*$", RegexOptions.Multiline)]
    private static partial Regex Surge();
}

public sealed class SurgeWarningTestsOnSqlite(SqliteMonitoringHost fixture) : SurgeWarningTests(fixture), IClassFixture<SqliteMonitoringHost>;

public sealed class SurgeWarningTestsOnPostgres(PostgresMonitoringHost fixture) : SurgeWarningTests(fixture), IClassFixture<PostgresMonitoringHost>;
