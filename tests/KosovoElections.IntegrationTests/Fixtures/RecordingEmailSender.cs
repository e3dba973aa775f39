using System.Collections.Concurrent;
using KosovoElections.Application.Email;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>Keeps what the outbox dispatcher sends, for tests about what a message says rather than how it travels.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
