using System.Net;
using KosovoElections.Infrastructure.Persistence;

namespace KosovoElections.IntegrationTests.Monitoring;

/// <summary>
/// Only the networks in Metrics:AllowedNetworks read <c>/metrics</c>, judged by the client address the app trusts
/// (X-Forwarded-For from a listed proxy); everyone else gets the site's 404, loopback too once a list is set.
/// </summary>
public abstract class MetricsAccessTests(MonitoringHost fixture)
{
    [Fact]
    public async Task Metrics_FromAListedNetwork_Answer()
    {
        var response = await Scrape.MetricsAsync(fixture.Host.BaseUrl, forwardedFor: "198.51.100.20");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("elections_outbox_backlog", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("198.51.101.20")]
    [InlineData(null)] // loopback itself, which the list no longer names
    public async Task Metrics_FromAnUnlistedAddress_AreNotFound(string? client)
    {
        var response = await Scrape.MetricsAsync(fixture.Host.BaseUrl, forwardedFor: client);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("elections_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class MetricsAccessTestsOnSqlite(SqliteMonitoringHost fixture) : MetricsAccessTests(fixture), IClassFixture<SqliteMonitoringHost>;

public sealed class MetricsAccessTestsOnPostgres(PostgresMonitoringHost fixture) : MetricsAccessTests(fixture), IClassFixture<PostgresMonitoringHost>;
