using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.SignIn;

/// <summary>
/// The sign-in tests' host over one provider with <see cref="SignInSeed"/>'s election and people, its clock before the
/// registration window until a test takes its slot, and its log in a file the tests read.
/// </summary>
/// <param name="provider">The database.</param>
/// <param name="behindProxy">Whether the host trusts X-Forwarded-For from the loopback address (<see cref="BrowserSession"/>'s
/// forwardedFor), so that one test can play browsers at many client addresses.</param>
public abstract class SignInHost(DatabaseProvider provider, bool behindProxy = false) : IAsyncLifetime
{
    public TestHost Host { get; private set; } = default!;

    public TestClock Clock => Host.Clock;

    public string LogFolder { get; } = Path.Combine(Path.GetTempPath(), "ke-signin-logs-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Each test runs in its own three-day slot of the registration window, so throttle windows never overlap.</summary>
    public void StartSlot(int slot)
    {
        Clock.Set(SignInSeed.Opens.AddDays(1 + (slot * 3)));
        Clock.ClearDelays();
    }

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?> { ["Logging:File"] = Path.Combine(LogFolder, "host-.log") };
        if (behindProxy)
        {
            settings["Network:KnownProxies:0"] = "127.0.0.1";
        }

        Host = await TestHost.StartAsync(TestDatabase.Create(provider, behindProxy ? "signin-proxied" : "signin"), new TestClock(SignInSeed.Opens.AddDays(-10)), settings: settings);
        await SignInSeed.SeedAsync(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class SqliteSignInHost() : SignInHost(DatabaseProvider.Sqlite);

public sealed class PostgresSignInHost() : SignInHost(DatabaseProvider.Postgres);

public sealed class SqliteProxiedSignInHost() : SignInHost(DatabaseProvider.Sqlite, behindProxy: true);

public sealed class PostgresProxiedSignInHost() : SignInHost(DatabaseProvider.Postgres, behindProxy: true);
