using System.Net;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>
/// SECURITY T-SES-04 and T-DP-03 for what is not a session cookie: the antiforgery cookie cannot be tossed from a
/// sibling domain (login CSRF), HSTS holds for a year with subdomains also behind a TLS-terminating proxy, and the
/// server does not name itself.
/// </summary>
public sealed class TransportHardeningTests
{
    private const string Proxy = "127.0.0.1";

    [Theory]
    [InlineData("/apply/sign-in")]
    [InlineData("/office/sign-in")]
    public async Task SignInPage_AntiforgeryCookie_IsHostPrefixedSecureHttpOnlyAndStrict(string page)
    {
        await using var host = await StartAsync("antiforgery-cookie");

        using var response = await host.Client.GetAsync(page);

        var cookie = Assert.Single(AntiforgeryCookies(response));
        Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/apply/sign-in", "sign-in", "Form.PersonalNumber", "5100000001")]
    [InlineData("/office/sign-in", "staff-sign-in", "Form.Email", "attacker@example.org")]
    public async Task SignInPost_AttackersCookieAndTokenPlantedFromASiblingDomain_Refused(string page, string form, string field, string value)
    {
        await using var host = await StartAsync("antiforgery-tossing");

        // The attacker fetches a pair of their own…
        using var attackers = await host.Client.GetAsync(page);
        var (name, cookieValue) = NameAndValue(Assert.Single(AntiforgeryCookies(attackers)));
        var token = BrowserSession.TokenOf(await attackers.Content.ReadAsStringAsync());

        // …and a page on a sibling domain plants the cookie in the victim's browser. Browsers refuse a __Host- cookie
        // from any other host, so what can be planted carries the name without the prefix.
        using var request = new HttpRequestMessage(HttpMethod.Post, page)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = form,
                [field] = value,
            }),
        };
        request.Headers.Add("Cookie", $"{name.Replace("__Host-", string.Empty, StringComparison.Ordinal)}={cookieValue}");
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Response_HttpsEndingAtAListedProxy_SendsHstsForAYearWithSubdomains()
    {
        await using var host = await StartAsync("hsts-default", new() { ["Network:KnownProxies:0"] = Proxy });

        using var response = await host.Client.SendAsync(ThroughTlsProxy("/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Response_HstsSettings_AreFollowed()
    {
        await using var host = await StartAsync("hsts-configured", new()
        {
            ["Network:KnownProxies:0"] = Proxy,
            ["Hsts:MaxAgeDays"] = "730",
            ["Hsts:IncludeSubDomains"] = "false",
        });

        using var response = await host.Client.SendAsync(ThroughTlsProxy("/"));

        Assert.Equal("max-age=63072000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Response_ForwardedProtoFromAnUnlistedClient_NoHsts()
    {
        await using var host = await StartAsync("hsts-unlisted");

        using var response = await host.Client.SendAsync(ThroughTlsProxy("/"));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/apply/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/health/live")]
    public async Task Response_AnyPage_DoesNotNameTheServer(string path)
    {
        await using var host = await StartAsync("server-header", new() { ["Network:KnownProxies:0"] = Proxy });

        using var plain = await host.Client.GetAsync(path);
        using var proxied = await host.Client.SendAsync(ThroughTlsProxy(path));

        Assert.False(plain.Headers.Contains("Server"), string.Join(",", plain.Headers.Server));
        Assert.False(proxied.Headers.Contains("Server"), string.Join(",", proxied.Headers.Server));
    }

    private static Task<TestHost> StartAsync(string name, Dictionary<string, string?>? settings = null) =>
        TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, name), new TestClock(DateTimeOffset.UtcNow), settings: settings);

    /// <summary>What a TLS-terminating proxy forwards: the client's address and scheme, and the public host name (not loopback, which HSTS leaves out).</summary>
    private static HttpRequestMessage ThroughTlsProxy(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "zgjedhjet.example";
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    private static IEnumerable<string> AntiforgeryCookies(HttpResponseMessage response) =>
        (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Where(c => c.Contains("antiforgery", StringComparison.OrdinalIgnoreCase));

    private static (string Name, string Value) NameAndValue(string setCookie)
    {
        var pair = setCookie.Split(';')[0];
        var separator = pair.IndexOf('=', StringComparison.Ordinal);
        return (pair[..separator], pair[(separator + 1)..]);
    }
}
