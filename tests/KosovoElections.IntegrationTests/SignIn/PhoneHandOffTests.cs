using System.Net;
using KosovoElections.Application.Registration.HandOff;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.SignIn;

/// <summary>Continue on a phone: the one-time link signs the same applicant in once, within 15 minutes (issue 4).</summary>
public sealed class PhoneHandOffTests(SqliteSignInHost fixture) : IClassFixture<SqliteSignInHost>
{
    [Fact]
    public async Task Link_OpenedAndConfirmedOnThePhone_ContinuesTheSameApplicationOnce()
    {
        fixture.StartSlot(30);
        var token = await IssueAsync(SignInSeed.Numbered(45));

        using var preview = new BrowserSession(fixture.Host.BaseUrl);
        Assert.Contains("data-testid=\"hand-off-continue\"", await preview.GetPageAsync("/apply/continue/" + token));

        using var phone = new BrowserSession(fixture.Host.BaseUrl);
        var continued = await phone.SubmitAsync("/apply/continue/" + token, "continue", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, continued.StatusCode);
        Assert.Contains("data-step=\"Selfie\"", await phone.GetPageAsync("/apply"));

        using var second = new BrowserSession(fixture.Host.BaseUrl);
        var again = await second.SubmitAsync("/apply/continue/" + token, "continue", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("data-testid=\"hand-off-refused\"", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/apply")).StatusCode);
    }

    [Fact]
    public async Task Link_AfterFifteenMinutes_NoLongerWorks()
    {
        fixture.StartSlot(31);
        var token = await IssueAsync(SignInSeed.Numbered(46));
        fixture.Clock.Advance(TimeSpan.FromMinutes(15));

        using var phone = new BrowserSession(fixture.Host.BaseUrl);
        var response = await phone.SubmitAsync("/apply/continue/" + token, "continue", new Dictionary<string, string>());
        Assert.Contains("data-testid=\"hand-off-refused\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NewLink_CancelsTheEarlierOne()
    {
        fixture.StartSlot(32);
        var first = await IssueAsync(SignInSeed.Numbered(47));
        await IssueAsync(SignInSeed.Numbered(47));

        Assert.Null(await fixture.Host.Get<PhoneHandOffs>().RedeemAsync(first));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task MadeUpToken_IsRefused(string token) =>
        Assert.Null(await fixture.Host.Get<PhoneHandOffs>().RedeemAsync(token));

    /// <summary>Signs the person in on "the computer", as the page that offers the link requires, and issues a link.</summary>
    private async Task<string> IssueAsync(string number)
    {
        using var computer = new BrowserSession(fixture.Host.BaseUrl);
        var born = SignInSeed.AdultBorn.AddDays(int.Parse(number[^2..], System.Globalization.CultureInfo.InvariantCulture));
        await computer.SignInAsync(number, born);
        var identity = new ApplicantIdentity("unused", number, await ElectionIdAsync());
        var token = await fixture.Host.Get<PhoneHandOffs>().IssueAsync(identity);
        Assert.Equal(43, token.Length);
        return token;
    }

    private async Task<Guid> ElectionIdAsync()
    {
        await using var db = await fixture.Host.Get<KosovoElections.Infrastructure.Persistence.ElectionsDbFactory>().CreateAsync();
        return await db.Elections.Select(e => e.Id).SingleAsync();
    }
}
