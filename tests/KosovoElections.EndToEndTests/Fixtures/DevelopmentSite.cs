using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>The real host in the Development environment, for its diagnostic pages (/dev/camera); an empty SQLite database.</summary>
public sealed class DevelopmentSite : IAsyncLifetime
{
    public TestHost Host { get; private set; } = default!;

    public string BaseUrl => Host.BaseUrl;

    public async Task InitializeAsync() =>
        Host = await TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, "Camera"), new TestClock(DateTimeOffset.UtcNow), "Development");

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}
