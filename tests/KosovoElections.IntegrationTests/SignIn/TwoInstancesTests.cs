using System.Globalization;
using System.Net;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.KeyRing;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.SignIn;

/// <summary>Two server instances over one PostgreSQL database, as deployed behind a load balancer (T-AUTH-06, T-DP-02).</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private static readonly DateOnly Born = new(1988, 9, 30);
    private const string Number = "5200000001";
    private TestHost _a = default!;
    private TestHost _b = default!;

    public async Task InitializeAsync()
    {
        var database = TestDatabase.Create(DatabaseProvider.Postgres, "two_instances");
        var clock = new TestClock(SignInSeed.Opens.AddDays(3));
        _a = await TestHost.StartAsync(database, clock);
        _b = await TestHost.StartAsync(database, clock);
        var election = await _a.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Zgjedhjet 2027", ElectionKind.Local, SignInSeed.ElectionDay, SignInSeed.Opens.UtcDateTime, SignInSeed.Closes.UtcDateTime, "test"));
        Assert.True(election.Succeeded);
        await using var db = await _a.Get<ElectionsDbFactory>().CreateAsync();
        db.RegistryEntries.Add(new CivilRegistryEntry(Number, "Ilir", "Kelmendi", null, Born, Sex.Male, 14, RegistryStatus.Active));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task Cookie_IssuedByOneInstance_IsValidOnTheOther()
    {
        using var onA = new BrowserSession(_a.BaseUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(onA, Born)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/apply");
        request.Headers.Add("Cookie", onA.CookieHeader);
        Assert.Equal(HttpStatusCode.OK, (await _b.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task KeyRing_IsStoredInTheDatabaseEncrypted()
    {
        using var onA = new BrowserSession(_a.BaseUrl);
        await onA.GetPageAsync("/apply/sign-in");
        await using var db = await _a.Get<ElectionsDbFactory>().CreateAsync();
        var keys = await db.Set<DataProtectionKeyRow>().Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Failures_SpreadOverBothInstances_CountTogether()
    {
        var options = _a.Get<SignInOptions>();
        using var onA = new BrowserSession(_a.BaseUrl);
        using var onB = new BrowserSession(_b.BaseUrl);
        for (var failures = 1; failures <= options.MaxFailuresPerNumber; failures++)
        {
            await SignInAsync(failures % 2 == 0 ? onA : onB, Born.AddDays(1));
            _a.Clock.Advance(SignInThrottle.DelayAfter(failures) + TimeSpan.FromSeconds(1));
        }

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(onA, Born)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(onB, Born)).StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(BrowserSession browser, DateOnly born) =>
        browser.SignInAsync(Number, born);
}
