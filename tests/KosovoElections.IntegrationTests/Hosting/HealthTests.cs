using System.Net;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Data.Sqlite;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>Readiness is honest: a database with pending migrations is not ready, and SQLite runs in WAL mode once migrated.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Ready_WithPendingMigrations_IsUnhealthyUntilMigrated()
    {
        var database = TestDatabase.Create(DatabaseProvider.Sqlite, nameof(HealthTests));
        await using (var host = await TestHost.StartAsync(database, new TestClock(DateTimeOffset.UtcNow), settings: new Dictionary<string, string?> { ["Database:MigrateAtStartup"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
            var ready = await host.Client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        await using (var host = await TestHost.StartAsync(database, new TestClock(DateTimeOffset.UtcNow)))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/ready")).StatusCode);
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
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
