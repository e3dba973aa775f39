using System.Net;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.SignIn;

/// <summary>What an attacker tries on the sign-in form that a person never would (T-BZ-07, T-DP-03, T-DP-04, T-BZ-05).</summary>
public sealed class SignInHardeningTests(SqliteSignInHost fixture) : IClassFixture<SqliteSignInHost>
{
    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        fixture.StartSlot(20);
        using var browser = new BrowserSession(fixture.Host.BaseUrl);
        await browser.GetPageAsync("/apply/sign-in");
        var response = await browser.PostAsync("/apply/sign-in", new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["Form.PersonalNumber"] = SignInSeed.Adult,
            ["Form.Day"] = "12",
            ["Form.Month"] = "4",
            ["Form.Year"] = "1990",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApplicantPages_AreNeverCached()
    {
        using var browser = new BrowserSession(fixture.Host.BaseUrl);
        var response = await browser.GetAsync("/apply/sign-in");
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_PersonalNumberIsNeverInAUrl()
    {
        fixture.StartSlot(21);
        using var browser = new BrowserSession(fixture.Host.BaseUrl);
        var response = await browser.SignInAsync(SignInSeed.Numbered(40), SignInSeed.AdultBorn.AddDays(40));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(SignInSeed.Numbered(40), response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    public async Task SignIn_ForeignReturnUrl_LandsOnTheApplicationInstead(string returnUrl)
    {
        fixture.StartSlot(22);
        using var browser = new BrowserSession(fixture.Host.BaseUrl);
        var born = SignInSeed.AdultBorn.AddDays(41);
        var response = await browser.SignInAsync(SignInSeed.Numbered(41), born, "/apply/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == "127.0.0.1", location.ToString());
        Assert.DoesNotContain("evil", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_BehindAKnownProxy_BudgetsEachForwardedAddressSeparately()
    {
        await using var host = await TestHost.StartAsync(
            TestDatabase.Create(KosovoElections.Infrastructure.Persistence.DatabaseProvider.Sqlite, "proxy"),
            new TestClock(SignInSeed.Opens.AddDays(1)),
            settings: new Dictionary<string, string?> { ["Network:KnownProxies:0"] = "127.0.0.1" });
        await SignInSeed.SeedAsync(host);
        var budget = host.Get<KosovoElections.Application.Registration.SignIn.SignInOptions>().AddressFailureBudget;
        using var guesser = new BrowserSession(host.BaseUrl, forwardedFor: "203.0.113.5");
        for (var i = 0; i < budget; i++)
        {
            await guesser.SignInAsync(SignInSeed.Numbered(i), new DateOnly(1985, 1, 1));
        }

        using var neighbour = new BrowserSession(host.BaseUrl, forwardedFor: "203.0.113.6");
        Assert.Equal(HttpStatusCode.Redirect, (await neighbour.SignInAsync(SignInSeed.Numbered(50), SignInSeed.AdultBorn.AddDays(50))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guesser.SignInAsync(SignInSeed.Numbered(51), SignInSeed.AdultBorn.AddDays(51))).StatusCode);
    }
}
