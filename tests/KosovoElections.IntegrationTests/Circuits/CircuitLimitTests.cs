using System.Net;
using System.Net.WebSockets;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;

namespace KosovoElections.IntegrationTests.Circuits;

/// <summary>
/// SECURITY T-SES-06: live circuits are capped per session (5 by default) and per client address, so one applicant or
/// one address cannot hold the server's memory with tabs or scripted connections; the next one is refused with 429 and
/// a text the page can show, and a closed tab frees its place.
/// </summary>
public sealed class CircuitLimitTests
{
    private const string Family = "203.0.113.7";

    [Fact]
    public async Task Connect_SixthCircuitOfOneSession_RefusedOtherSessionUnaffectedClosingFreesTheSlot()
    {
        await using var host = await StartAsync("circuit-session", []);
        using var first = await SignInAsync(host, 1);
        using var second = await SignInAsync(host, 2);
        var tabs = new CircuitClient(host.BaseUrl, first.CookieHeader, Family);
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

            // A token fetched before the limit was reached does not get past it at the upgrade either.
            var (late, lateStatus) = await tabs.ConnectAsync(await TokenAsync(host, first.CookieHeader), tabs.OwnOrigin);
            Assert.Null(late);
            Assert.Equal((HttpStatusCode)429, lateStatus);

            var (other, otherStatus) = await new CircuitClient(host.BaseUrl, second.CookieHeader, Family).OpenAsync();
            Assert.Equal(HttpStatusCode.SwitchingProtocols, otherStatus);
            await CircuitClient.CloseAsync(other!);

            await CircuitClient.CloseAsync(open[0]);
            open.RemoveAt(0);
            var (again, againStatus) = await EventuallyOpenAsync(tabs);
            Assert.Equal(HttpStatusCode.SwitchingProtocols, againStatus);
            open.Add(again!);
        }
        finally
        {
            open.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Connect_PastTheAddressLimit_RefusedAnotherAddressUnaffected()
    {
        await using var host = await StartAsync("circuit-address", new() { ["Circuits:MaxPerAddress"] = "3" });
        var anonymous = new CircuitClient(host.BaseUrl, forwardedFor: Family);
        var open = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var (socket, status) = await anonymous.OpenAsync();
                Assert.Equal(HttpStatusCode.SwitchingProtocols, status);
                open.Add(socket!);
            }

            using var refused = await anonymous.NegotiateAsync(anonymous.OwnOrigin, acceptLanguage: "sq");
            Assert.Equal((HttpStatusCode)429, refused.StatusCode);
            Assert.Contains("rrjeti", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var (neighbour, neighbourStatus) = await new CircuitClient(host.BaseUrl, forwardedFor: "198.51.100.9").OpenAsync();
            Assert.Equal(HttpStatusCode.SwitchingProtocols, neighbourStatus);
            await CircuitClient.CloseAsync(neighbour!);
        }
        finally
        {
            open.ForEach(s => s.Dispose());
        }
    }

    private static async Task<TestHost> StartAsync(string name, Dictionary<string, string?> settings)
    {
        settings["Network:KnownProxies:0"] = "127.0.0.1";
        var host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, name), new TestClock(SignInSeed.Opens.AddDays(3)), settings: settings);
        await SignInSeed.SeedAsync(host);
        return host;
    }

    private static async Task<BrowserSession> SignInAsync(TestHost host, int person)
    {
        var browser = new BrowserSession(host.BaseUrl, Family);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(SignInSeed.Numbered(person), SignInSeed.AdultBorn.AddDays(person))).StatusCode);
        return browser;
    }

    /// <summary>A connection token negotiated while the session was still under its limit, as a tab that got one first.</summary>
    private static async Task<string> TokenAsync(TestHost host, string cookie)
    {
        // The negotiate itself is refused now, so this token comes from another address without the session's cookie
        // being counted against it; the upgrade carries the session's cookie.
        return await new CircuitClient(host.BaseUrl, cookie: null, forwardedFor: "192.0.2.50").ConnectionTokenAsync();
    }

    /// <summary>The server notices a closed socket within moments, not at once.</summary>
    private static async Task<(ClientWebSocket? Socket, HttpStatusCode Status)> EventuallyOpenAsync(CircuitClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await client.OpenAsync();
            if (result.Status != (HttpStatusCode)429 || attempt == 50)
            {
                return result;
            }

            await Task.Delay(100);
        }
    }
}
