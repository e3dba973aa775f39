using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Persistence;

/// <summary>Brings the schema up to date; SQLite is switched to write-ahead logging so readers never block the writer.</summary>
public sealed class DatabaseMigrator(ElectionsDbFactory factory, ILogger<DatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (factory.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Applied {Count} migration(s) on {Provider}: {Migrations}", pending.Count, factory.Provider, string.Join(", ", pending));
        }

        return pending;
    }

    /// <summary>
    /// Before anything uses the schema: applies pending migrations when <paramref name="migrate"/> (Database:MigrateAtStartup),
    /// otherwise refuses while any is pending, so nothing runs against tables that are missing or out of date.
    /// </summary>
    /// <returns>The migrations applied.</returns>
    public async Task<IReadOnlyList<string>> EnsureCurrentAsync(bool migrate, CancellationToken cancellationToken = default)
    {
        if (migrate)
        {
            return await MigrateAsync(cancellationToken);
        }

        return (await PendingAsync(cancellationToken)).Count == 0 ? []
            : throw new SetupException("The database has pending migrations: run `KosovoElections.Web migrate` first (Database:MigrateAtStartup is off).");
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateAsync(cancellationToken);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }
}
