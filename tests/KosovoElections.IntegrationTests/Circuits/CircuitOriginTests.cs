using System.Net;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Circuits;

/// <summary>
/// SECURITY T-BZ-04: only the site's own pages may open a circuit. A foreign origin (or <c>null</c>, a sandboxed or
/// file page) is refused with 403 at negotiate and at the WebSocket upgrade, before the hub sees it.
/// </summary>
public sealed class CircuitOriginTests(CircuitOriginTests.Site site) : IClassFixture<CircuitOriginTests.Site>
{
    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData("https://127.0.0.1")]
    [InlineData(CircuitClient.NoOrigin)]
    public async Task Negotiate_ForeignOrMissingOrigin_Forbidden(string origin)
    {
        using var response = await new CircuitClient(site.Host.BaseUrl).NegotiateAsync(origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("connectionToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negotiate_OwnOrigin_GivesAConnectionToken()
    {
        var client = new CircuitClient(site.Host.BaseUrl);

        Assert.NotEmpty(await client.ConnectionTokenAsync());
    }

    [Fact]
    public async Task Negotiate_ConfiguredOrigin_AllowedAndOwnHostNoLonger()
    {
        await using var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, "circuit-origin-configured"),
            new TestClock(DateTimeOffset.UtcNow),
            settings: new Dictionary<string, string?> { ["Circuits:AllowedOrigins:0"] = "https://zgjedhjet.example" });
        var client = new CircuitClient(host.BaseUrl);

        using var configured = await client.NegotiateAsync("https://zgjedhjet.example");
        using var own = await client.NegotiateAsync(client.OwnOrigin);

        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData(CircuitClient.NoOrigin)]
    public async Task WebSocket_ForeignOrMissingOrigin_RefusedBeforeTheHandshake(string origin)
    {
        var client = new CircuitClient(site.Host.BaseUrl);
        var token = await client.ConnectionTokenAsync();

        var (socket, status) = await client.ConnectAsync(token, origin);

        Assert.Null(socket);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task WebSocket_OwnOrigin_HandshakeSucceeds()
    {
        var client = new CircuitClient(site.Host.BaseUrl);

        var (socket, status) = await client.ConnectAsync(await client.ConnectionTokenAsync(), client.OwnOrigin);

        Assert.Equal(HttpStatusCode.SwitchingProtocols, status);
        await CircuitClient.CloseAsync(socket!);
    }

    [Fact]
    public async Task Initializers_SameOriginGetWithoutOrigin_StillServed()
    {
        // Browsers send no Origin on a same-origin GET, and blazor.web.js fetches this list before it negotiates.
        using var response = await site.Host.Client.GetAsync("/_blazor/initializers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The production host over an empty database: negotiate needs no data.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public TestHost Host { get; private set; } = default!;

        public async Task InitializeAsync() =>
            Host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "circuit-origin"), new TestClock(DateTimeOffset.UtcNow));

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
