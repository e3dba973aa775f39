using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.SignIn;

namespace KosovoElections.IntegrationTests.Address;

/// <summary>The real host over one provider with the sign-in fixture's election (open February to June 2027) and people.</summary>
public abstract class AddressHost(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>Well inside the registration window.</summary>
    public static readonly DateTimeOffset Now = SignInHost.Opens.AddDays(10);

    public TestHost Host { get; private set; } = default!;

    public TestClock Clock => Host.Clock;

    public async Task InitializeAsync()
    {
        Host = await TestHost.StartAsync(TestDatabase.Create(provider, "address"), new TestClock(Now));
        await SignInHost.SeedAsync(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class SqliteAddressHost() : AddressHost(DatabaseProvider.Sqlite);

public sealed class PostgresAddressHost() : AddressHost(DatabaseProvider.Postgres);
