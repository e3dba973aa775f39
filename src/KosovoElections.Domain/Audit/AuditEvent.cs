using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KosovoElections.Domain.Audit;

public enum ActorKind
{
    Applicant,
    Staff,
    System,
}

/// <summary>
/// One append-only audit row. Each row carries the hash of the row before it, so that changing, removing or
/// inserting a row anywhere breaks the chain (see <see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEvent
{
    /// <summary>The previous hash of the first row of the chain.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEvent(
        DateTime occurredAt,
        ActorKind actorKind,
        string actor,
        string action,
        Guid? applicationId,
        string details,
        string previousHash)
    {
        OccurredAt = occurredAt;
        ActorKind = actorKind;
        Actor = actor;
        Action = action;
        ApplicationId = applicationId;
        Details = details;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public ActorKind ActorKind { get; private set; }

    /// <summary>Who acted: a staff id, a masked personal number or the name of a system job. Never a clear personal number.</summary>
    public string Actor { get; private set; }

    public string Action { get; private set; }

    public Guid? ApplicationId { get; private set; }

    public string Details { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    public static AuditEvent Append(
        string previousHash,
        DateTime occurredAt,
        ActorKind actorKind,
        string actor,
        string action,
        Guid? applicationId,
        string details)
    {
        if (occurredAt.Kind != DateTimeKind.Utc)
        {
            throw new DomainException("Audit instants are UTC.");
        }

        return new AuditEvent(occurredAt, actorKind, actor, action, applicationId, details, previousHash);
    }

    /// <summary>The hash this row should carry given its content; differs from <see cref="Hash"/> once anything was changed.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join(
            '\u001f',
            PreviousHash,
            OccurredAt.ToString("O", CultureInfo.InvariantCulture),
            ActorKind.ToString(),
            Actor,
            Action,
            ApplicationId?.ToString("N") ?? string.Empty,
            Details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
