using KosovoElections.Application.Audit;
using KosovoElections.Domain.Audit;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Audit;

/// <summary>
/// Appends to the hash chain. The unique index on the previous hash lets only one writer extend a given tail;
/// a writer that loses the race reads the new tail and tries again, across threads and server instances alike.
/// </summary>
public sealed class DatabaseAuditLog(ElectionsDbFactory factory, TimeProvider clock) : IAuditLog
{
    private const int MaxAttempts = 20;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await factory.CreateAsync(cancellationToken);
            var tail = await db.AuditEvents.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken)
                ?? AuditEvent.GenesisHash;
            db.AuditEvents.Add(AuditEvent.Append(
                tail, clock.GetUtcNow().UtcDateTime, entry.ActorKind, entry.Actor, entry.Action, entry.ApplicationId, entry.Details));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }
}
