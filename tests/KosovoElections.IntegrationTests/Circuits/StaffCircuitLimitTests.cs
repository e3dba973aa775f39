using System.Net;
using System.Net.WebSockets;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Monitoring;

namespace KosovoElections.IntegrationTests.Circuits;

/// <summary>
/// SECURITY T-SES-06 for the back office: a staff session's circuits are capped like an applicant's (5 by default),
/// another staff member's are not affected, and the open circuits show in the metrics.
/// </summary>
public sealed class StaffCircuitLimitTests(SqliteStaffSiteHost fixture) : IClassFixture<SqliteStaffSiteHost>
{
    [Fact]
    public async Task Connect_SixthCircuitOfOneStaffSession_RefusedOtherStaffUnaffected()
    {
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        using var colleague = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        var tabs = new CircuitClient(fixture.Host.BaseUrl, reviewer.CookieHeader);
        var open = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var (socket, status) = await tabs.OpenAsync();
                Assert.Equal(HttpStatusCode.SwitchingProtocols, status);
                open.Add(socket!);
            }

            using var refused = await tabs.NegotiateAsync(tabs.OwnOrigin, acceptLanguage: "en");
            Assert.Equal((HttpStatusCode)429, refused.StatusCode);
            Assert.Contains("too many tabs", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

            var metrics = await (await Scrape.MetricsAsync(fixture.Host.BaseUrl)).Content.ReadAsStringAsync();
            Assert.Equal(5, Scrape.Sample(metrics, "elections_circuits_open"));

            var (other, otherStatus) = await new CircuitClient(fixture.Host.BaseUrl, colleague.CookieHeader).OpenAsync();
            Assert.Equal(HttpStatusCode.SwitchingProtocols, otherStatus);
            await CircuitClient.CloseAsync(other!);
        }
        finally
        {
            open.ForEach(s => s.Dispose());
        }
    }
}
