using System.Net;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Data.Sqlite;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>Readiness is honest: a database with pending migrations or none at all is not ready, and SQLite runs in WAL mode once migrated.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Ready_MigrationPendingWhileServing_IsUnhealthy()
    {
        var database = TestDatabase.Create(DatabaseProvider.Sqlite, nameof(HealthTests));
        await using var host = await TestHost.StartAsync(database, new TestClock(DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/ready")).StatusCode);

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var journal = connection.CreateCommand())
        {
            journal.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", (string?)await journal.ExecuteScalarAsync());
        }

        // As if a newer version's migration were still to run: the host started before it, readiness must notice.
        await using var forget = connection.CreateCommand();
        forget.CommandText = "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory);";
        Assert.Equal(1, await forget.ExecuteNonQueryAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Ready_PostgresUnreachable_IsUnhealthy()
    {
        var database = new TestDatabase(DatabaseProvider.Postgres, $"Host=127.0.0.1;Port={PostgresServer.FreePort()};Username=postgres;Database=none;Timeout=2");
        await using var host = await TestHost.StartAsync(database, new TestClock(DateTimeOffset.UtcNow), settings: new Dictionary<string, string?> { ["Database:MigrateAtStartup"] = "false" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
    }
}
