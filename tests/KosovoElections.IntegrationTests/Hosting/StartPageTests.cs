using System.Net;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>The real host over HTTP: the start page in three languages and the registration window's three states.</summary>
public sealed class StartPageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private TestHost _host = default!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, nameof(StartPageTests)), new TestClock(Now));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartPage_NoElection_SaysThereIsNone()
    {
        var page = await GetAsync("/");
        Assert.Contains("data-testid=\"no-election\"", page);
        Assert.Contains("Aktualisht nuk ka zgjedhje", page);
    }

    [Theory]
    [InlineData("sq", "Afati i fundit për aplikim", "Fillo tani", "Zgjedhjet lokale 2027")]
    [InlineData("sr-Latn", "Rok za prijavu", "Počnite sada", "Lokalni izbori 2027")]
    [InlineData("en", "Deadline to apply", "Start now", "Local elections 2027")]
    public async Task StartPage_OpenElection_ShowsItsNameAndDeadlineInKosovoTimeInEachLanguage(string culture, string deadlineLabel, string start, string name)
    {
        // 2027-03-28 21:59 UTC is 23:59 in Kosovo (CEST, UTC+2).
        await CreateElectionAsync(Now.UtcDateTime.AddDays(-1), new DateTime(2027, 3, 28, 21, 59, 0, DateTimeKind.Utc));

        var page = await GetAsync("/?culture=" + culture);

        Assert.Contains($"<html lang=\"{culture}\"", page);
        Assert.Contains($"data-testid=\"election-name\">{name}</h1>", page);
        Assert.Contains(deadlineLabel, page);
        Assert.Contains(start, page);
        Assert.Contains("28.03.2027 23:59", page);
        Assert.Contains("data-countdown=\"2027-03-28T21:59:00.0000000Z\"", page);
        Assert.Contains("27 ", page); // 27 days, 11 hours, 59 minutes left at the test's "now"
    }

    [Fact]
    public async Task StartPage_AcceptLanguageSerbian_IsServedInSerbian()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "sr-RS,sr;q=0.9");
        var page = await (await _host.Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Trenutno nema izbora", page);
    }

    [Fact]
    public async Task StartPage_BeforeOpening_SaysNotYetOpen()
    {
        await CreateElectionAsync(Now.UtcDateTime.AddDays(2), Now.UtcDateTime.AddDays(20));
        var page = await GetAsync("/?culture=en");
        Assert.Contains("data-testid=\"registration-not-open\"", page);
        Assert.DoesNotContain("data-testid=\"start-button\"", page);
    }

    [Fact]
    public async Task StartPage_AfterDeadline_SaysClosedAndOffersNoStart()
    {
        await CreateElectionAsync(Now.UtcDateTime.AddDays(-20), Now.UtcDateTime.AddDays(2));
        _host.Clock.Advance(TimeSpan.FromDays(3));
        var page = await GetAsync("/?culture=en");
        Assert.Contains("data-testid=\"registration-closed\"", page);
        Assert.Contains("Registration closed", page);
        Assert.DoesNotContain("data-testid=\"start-button\"", page);
    }

    [Fact]
    public async Task CultureEndpoint_SetsCookieAndRefusesOpenRedirect()
    {
        var response = await _host.Client.GetAsync("/culture?culture=en&returnUrl=//evil.example/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.ToString());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Den%7Cuic%3Den", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        var response = await _host.Client.GetAsync("/");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Health_LiveAndReady_AreHealthyOnAMigratedDatabase()
    {
        Assert.Equal("Healthy", await _host.Client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await _host.Client.GetStringAsync("/health/ready"));
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    [InlineData("/js/countdown.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task StaticAssets_AsABrowserAsksForThem_AreServedWithContent(string path, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Encoding", "gzip, br");
        var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task BlazorScript_AsThePageNamesIt_IsFingerprintedAndCachedForGood()
    {
        // A phone on a weak connection should not revalidate the framework's script on every full page load. The
        // setting makes a host on the build's manifest cache as a published one does.
        await using var host = await TestHost.StartAsync(
            TestDatabase.Create(DatabaseProvider.Sqlite, nameof(BlazorScript_AsThePageNamesIt_IsFingerprintedAndCachedForGood)),
            new TestClock(Now),
            settings: new Dictionary<string, string?> { ["EnableStaticAssetsDevelopmentCaching"] = "true" });
        var page = await host.Client.GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(page, "<script src=\"(_framework/blazor\\.web\\.[a-z0-9]+\\.js)\"").Groups[1].Value;
        Assert.NotEqual(string.Empty, script);

        var response = await host.Client.GetAsync("/" + script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string url)
    {
        var response = await _host.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task CreateElectionAsync(DateTime opens, DateTime closes)
    {
        var outcome = await _host.Get<CreateElection>().HandleAsync(
            new CreateElectionCommand(
                "Zgjedhjet lokale 2027", ElectionKind.Local, new DateOnly(2027, 4, 11), opens, closes, "test", "Lokalni izbori 2027", "Local elections 2027"));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }
}
