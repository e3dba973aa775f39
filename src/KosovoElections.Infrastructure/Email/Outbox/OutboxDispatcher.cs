using System.Net.Sockets;
using KosovoElections.Application.Email;
using KosovoElections.Infrastructure.Persistence;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Email.Outbox;

/// <summary>
/// Sends what is due in the outbox. Each message is first claimed by one conditional UPDATE (pending, due, and not
/// claimed by a live lease), which only one dispatcher can win on either provider, so instances may run side by side.
/// A failure releases the claim and schedules the next try with exponential backoff; after
/// <see cref="OutboxOptions.GiveUpAfter"/> the message is marked failed. A pass sends through one
/// <see cref="IEmailBatch"/>, so one connection to the relay serves all its messages. Logs carry the message id, never
/// the recipient, the subject or the body.
/// </summary>
public sealed partial class OutboxDispatcher(ElectionsDbFactory factory, IEmailSender sender, IDataProtectionProvider dataProtection, TimeProvider clock, EmailOptions options, ILogger<OutboxDispatcher> logger)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector(EmailOutbox.Purpose);

    private OutboxOptions Outbox => options.Outbox;

    /// <summary>One pass over the due messages; returns how many this dispatcher sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateAsync(cancellationToken);
        var due = await db.OutboxEmails.AsNoTracking()
            .Where(m => m.SentAt == null && m.GaveUpAt == null && m.DueAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => m.DueAt)
            .Select(m => m.Id)
            .Take(Outbox.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // One connection for the pass: each message still succeeds or fails (and is retried) on its own.
        await using var batch = await sender.OpenBatchAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            if (await DispatchAsync(db, batch, id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> DispatchAsync(ElectionsDbContext db, IEmailBatch batch, Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnds = now + Outbox.Lease;
        var claimed = await db.OutboxEmails
            .Where(m => m.Id == id && m.SentAt == null && m.GaveUpAt == null && m.DueAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, leaseEnds).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var message = await db.OutboxEmails.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Payload, m.CreatedAt, m.Attempts }).SingleAsync(cancellationToken);
        try
        {
            await batch.SendAsync(EmailOutbox.Read(_protector, message.Payload), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await FailAsync(db, id, message.CreatedAt, message.Attempts, Describe(e));
            return false;
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.OutboxEmails.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.ClaimedUntil, (DateTime?)null).SetProperty(m => m.Payload, string.Empty),
            CancellationToken.None);
        LogSent(id, message.Attempts);
        return true;
    }

    private async Task FailAsync(ElectionsDbContext db, Guid id, DateTime createdAt, int attempts, string error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - createdAt >= Outbox.GiveUpAfter)
        {
            await db.OutboxEmails.Where(m => m.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.GaveUpAt, now).SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                    .SetProperty(m => m.LastError, error).SetProperty(m => m.Payload, string.Empty),
                CancellationToken.None);
            LogGaveUp(id, attempts, error);
            return;
        }

        var next = now + Outbox.Backoff(attempts);
        await db.OutboxEmails.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.DueAt, next).SetProperty(m => m.ClaimedUntil, (DateTime?)null).SetProperty(m => m.LastError, error),
            CancellationToken.None);
        LogRetry(id, attempts, error, next);
    }

    /// <summary>
    /// The kind of failure only: the relay's reply text and <see cref="SmtpCommandException.Mailbox"/> can quote the
    /// recipient's address, so only exception types and SMTP codes are kept.
    /// </summary>
    internal static string Describe(Exception e) => e.InnerException is null ? Kind(e) : Kind(e) + " " + Kind(e.InnerException);

    private static string Kind(Exception e) => e switch
    {
        SmtpCommandException command => $"{nameof(SmtpCommandException)}({(int)command.StatusCode} {command.ErrorCode})",
        SocketException socket => $"{nameof(SocketException)}({socket.SocketErrorCode})",
        _ => e.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent e-mail {MessageId} on attempt {Attempt}")]
    private partial void LogSent(Guid messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} not sent on attempt {Attempt} ({Error}); next try at {NextAttempt:O}")]
    private partial void LogRetry(Guid messageId, int attempt, string error, DateTime nextAttempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on e-mail {MessageId} after {Attempts} attempts ({Error}); it is marked failed")]
    private partial void LogGaveUp(Guid messageId, int attempts, string error);
}
