namespace KosovoElections.Infrastructure.Email.Outbox;

/// <summary>
/// One e-mail waiting to be sent, saved in the same transaction as the change that caused it. The message itself is
/// held only as <see cref="Payload"/>, encrypted with Data Protection (a verification code must never sit in the
/// database in clear), and is blanked once the message is sent or given up on.
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail()
    {
    }

    public Guid Id { get; private set; }

    public string Payload { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    /// <summary>Not to be tried before this instant (the backoff after a failure).</summary>
    public DateTime DueAt { get; private set; }

    /// <summary>A dispatcher that claimed the message owns it until then; afterwards another may take it over.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? SentAt { get; private set; }

    public DateTime? GaveUpAt { get; private set; }

    /// <summary>The kind of the last failure (exception type and SMTP status), never a message text that could hold an address.</summary>
    public string? LastError { get; private set; }

    public static OutboxEmail Create(string protectedPayload, DateTime nowUtc) =>
        new() { Id = Guid.NewGuid(), Payload = protectedPayload, CreatedAt = nowUtc, DueAt = nowUtc };
}
