using KosovoElections.Application.Audit;
using KosovoElections.Domain.Audit;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Audit;

/// <summary>
/// Appends to the hash chain one writer at a time. Inside an instance a semaphore queues the writers; across
/// instances PostgreSQL's transaction-scoped advisory lock does (SQLite's single writer does it by itself). The unique
/// index on the previous hash remains the last line of defence: should two writers ever race for the same tail, one
/// insert fails and that writer reads the new tail and tries again, so the chain never forks.
/// </summary>
public sealed class DatabaseAuditLog(ElectionsDbFactory factory, TimeProvider clock) : IAuditLog, IDisposable
{
    // An arbitrary constant that names "the audit chain" among PostgreSQL advisory locks.
    private const long ChainLock = 0x4B45_4155_4449_54;
    private const int MaxAttempts = 5;

    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await AppendOnceAsync(entry, cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt < MaxAttempts)
                {
                    await Task.Delay(Random.Shared.Next(1, 3 * attempt), cancellationToken);
                }
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();

    private async Task AppendOnceAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (factory.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLock})", cancellationToken);
        }

        var tail = await db.AuditEvents.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken)
            ?? AuditEvent.GenesisHash;
        db.AuditEvents.Add(AuditEvent.Append(
            tail, clock.GetUtcNow().UtcDateTime, entry.ActorKind, entry.Actor, entry.Action, entry.ApplicationId, entry.Details));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
