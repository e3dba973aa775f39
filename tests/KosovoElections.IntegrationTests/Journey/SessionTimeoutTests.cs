using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Journey;

/// <summary>
/// What the idle warning relies on (SECURITY T-SES-01): every page of a signed-in applicant carries the warning with the
/// seconds its session has left; asking how long is left does not keep an idle session alive, "Stay signed in" does,
/// and once 30 idle minutes have passed the session is over.
/// </summary>
public sealed partial class SessionTimeoutTests(JourneyHost fixture) : IClassFixture<JourneyHost>, IDisposable
{
    [Fact]
    public async Task Status_AskedWhileIdle_CountsDownWithoutExtendingTheSession()
    {
        using var browser = await fixture.SignInAsync(42);
        var page = await browser.GetPageAsync("/apply/address?culture=en");
        Assert.Equal("1800", Warning().Match(page).Groups["left"].Value);

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1200, await SecondsLeftAsync(browser));
        fixture.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(60, await SecondsLeftAsync(browser));
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, await SecondsLeftAsync(browser));
        var response = await browser.GetAsync("/apply/address");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/apply/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Extend_WithTheTokenBeforeTheEnd_GivesAnotherThirtyMinutes()
    {
        using var browser = await fixture.SignInAsync(43);
        var token = BrowserSession.TokenOf(await browser.GetPageAsync("/apply/address?culture=en"));
        fixture.Clock.Advance(TimeSpan.FromMinutes(29));

        var extended = await browser.PostAsync("/apply/session/extend", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var refused = await browser.PostAsync("/apply/session/extend", new Dictionary<string, string>());

        Assert.Equal(1800, (await extended.Content.ReadFromJsonAsync<TimeLeft>())!.SecondsLeft);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        fixture.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(60, await SecondsLeftAsync(browser));
        await browser.GetPageAsync("/apply/address?culture=en");
    }

    [Fact]
    public async Task Circuit_ReopenedByTheBrowserWhileIdle_DoesNotExtendTheSession()
    {
        using var browser = await fixture.SignInAsync(44);
        await browser.GetPageAsync("/apply/selfie?culture=en");
        fixture.Clock.Advance(TimeSpan.FromMinutes(20));

        // A phone waking from sleep reconnects the page's circuit by itself; that is not the applicant doing anything.
        var (socket, status) = await new CircuitClient(fixture.Host.BaseUrl, browser.CookieHeader).OpenAsync();
        Assert.Equal(HttpStatusCode.SwitchingProtocols, status);
        await CircuitClient.CloseAsync(socket!);

        Assert.Equal(600, await SecondsLeftAsync(browser));
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/js/session-timeout.js")]
    [InlineData("/app.css")]
    public async Task Asset_FetchedByThePageWhileIdle_DoesNotExtendTheSession(string asset)
    {
        using var browser = await fixture.SignInAsync(45);
        await browser.GetPageAsync("/apply/selfie?culture=en");
        fixture.Clock.Advance(TimeSpan.FromMinutes(20));

        // A script or style sheet the page loads late (its circuit's, the camera's) is the browser's doing, not the applicant's.
        using var response = await browser.GetAsync(asset);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Equal(600, await SecondsLeftAsync(browser));
    }

    [Fact]
    public async Task Page_Anonymous_NoWarningAndNoTimeLeft()
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        Assert.DoesNotMatch(Warning(), await browser.GetPageAsync("/?culture=en"));
        Assert.Equal(0, await SecondsLeftAsync(browser));
    }

    [Theory]
    [InlineData("sq", "Ju nxorëm nga sistemi")]
    [InlineData("sr-Latn", "Odjavili smo vas")]
    [InlineData("en", "You have been signed out")]
    public async Task SignedOut_InEachLanguage_SaysWhatHappenedAndLinksToSignIn(string culture, string title)
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);

        var page = WebUtility.HtmlDecode(await browser.GetPageAsync("/apply/signed-out?culture=" + culture));

        Assert.Contains($"<h1 data-testid=\"signed-out\">{title}</h1>", page);
        Assert.Contains("href=\"/apply/sign-in\" data-testid=\"signed-out-sign-in\"", page);
    }

    public void Dispose() => fixture.Clock.Set(JourneyHost.Now);

    private static async Task<int> SecondsLeftAsync(BrowserSession browser)
    {
        var response = await browser.GetAsync("/apply/session");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (await response.Content.ReadFromJsonAsync<TimeLeft>())!.SecondsLeft;
    }

    private sealed record TimeLeft(int SecondsLeft);

    [GeneratedRegex("""data-testid="session-timeout" data-seconds-left="(?<left>\d+)" data-warn-before="120" data-status="/apply/session" data-signed-out="/apply/signed-out\?culture=en">""")]
    private static partial Regex Warning();
}
