using System.Net;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// The real host over one provider with <see cref="SignInSeed"/>'s election (open February to June 2027) and people,
/// the clock well inside the registration window: what every test of an applicant's step starts from.
/// </summary>
public abstract class ApplicantSiteHost(DatabaseProvider provider, string name) : IAsyncLifetime
{
    /// <summary>Well inside the registration window.</summary>
    public static readonly DateTimeOffset Now = SignInSeed.Opens.AddDays(10);

    public TestHost Host { get; private set; } = default!;

    public TestClock Clock => Host.Clock;

    public virtual async Task InitializeAsync()
    {
        Host = await TestHost.StartAsync(TestDatabase.Create(provider, name), new TestClock(Now), settings: Settings(), services: ConfigureServices);
        await SeedAsync(Host);
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Settings beyond the test host's own (a mail server, a review option); none by default.</summary>
    protected virtual IDictionary<string, string?>? Settings() => null;

    /// <summary>Services replaced in the host (a gate in a port); none by default.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Signs person <paramref name="person"/> in (which opens or resumes their application) in a new browser.</summary>
    public async Task<BrowserSession> SignInAsync(int person)
    {
        var browser = new BrowserSession(Host.BaseUrl);
        var response = await browser.SignInAsync(SignInSeed.Numbered(person), SignInSeed.AdultBorn.AddDays(person));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>The election and people the tests need; <see cref="SignInSeed"/>'s by default.</summary>
    protected virtual Task SeedAsync(TestHost host) => SignInSeed.SeedAsync(host);
}
