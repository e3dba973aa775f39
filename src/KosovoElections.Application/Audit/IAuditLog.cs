using KosovoElections.Domain.Audit;

namespace KosovoElections.Application.Audit;

/// <summary>Appends rows to the hash-chained audit log; safe to call from concurrent requests and server instances.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}

/// <summary>What happened, by whom; the log adds the time and the chain hashes. Details never hold a clear personal number.</summary>
public sealed record AuditEntry(ActorKind ActorKind, string Actor, string Action, Guid? ApplicationId = null, string Details = "");
