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

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateAsync(cancellationToken);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }
}
